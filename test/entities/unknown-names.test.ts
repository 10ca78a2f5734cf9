// Names the knowledge base does not know must still come out right from the text alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, named } from "./helpers.ts";

const typeOf = (text: string, name: string) => named(entitiesOf(text), name)?.type;

test("one unknown word near, towards or outside somewhere, or before 'exclave', is a place", () => {
  assert.equal(typeOf("Thousands fled on foot towards Tawila, about 60 km to the west.", "Tawila"), "GPE");
  assert.equal(typeOf("Gunmen killed 26 men near Baisaran on Tuesday.", "Baisaran"), "GPE");
  assert.equal(typeOf("The road links Azerbaijan with its Nakhchivan exclave.", "Nakhchivan"), "GPE");
});

test("an unknown name after 'the' is an organisation, not a person", () => {
  const es = entitiesOf("The Sudan Doctors Network said the dead included patients at the Khartoum Teaching Hospital.");
  assert.equal(named(es, "Sudan Doctors Network")?.type, "ORG");
  assert.equal(typeOf("Figures compiled by the Sahel Security Monitor show a rise in attacks.", "Sahel Security Monitor"), "ORG");
});

test("'for' and lower-case words stay inside organisation and known names", () => {
  const es = entitiesOf("The Centre for Information Resilience and the Organization for Security and Co-operation in Europe published reports.");
  assert.equal(named(es, "Centre for Information Resilience")?.type, "ORG");
  assert.equal(named(es, "Organization for Security and Co-operation in Europe")?.type, "ORG");
  assert.equal(named(es, "Europe"), undefined, "Europe is part of the organisation's name here");
});

test("an event named with 'for' is one event, not a place and a person", () => {
  const es = entitiesOf("The leaders signed the Lobito Accords for Regional Prosperity in Luanda.");
  assert.equal(named(es, "Lobito Accords for Regional Prosperity")?.type, "EVENT");
  assert.equal(named(es, "Regional Prosperity"), undefined);
});

test("a known name may start with a lower-case particle", () => {
  assert.equal(typeOf("Militants linked to al Qaeda stormed the base.", "Al-Qaeda"), "ORG");
});

test("multi-word nationalities are NORP; a vehicle named with a number is nobody", () => {
  const es = entitiesOf("Trump spoke aboard Air Force One after talks in the South Korean port city of Busan with Latin American envoys.");
  assert.equal(named(es, "South Korean")?.type ?? "NORP", "NORP");
  assert.notEqual(named(es, "Latin American")?.type, "GPE");
  assert.notEqual(named(es, "Air Force One")?.type, "PERSON");
  assert.equal(named(es, "Busan")?.type, "GPE");
});

test("a capitalised modifier belongs to the title, and a nationality before a portfolio gives the country", () => {
  const es = entitiesOf("Vice Premier He Lifeng met Venezuelan Oil Minister Tareck El Aissami in Beijing.");
  assert.equal(named(es, "He Lifeng")?.type, "PERSON");
  const minister = named(es, "Tareck El Aissami");
  assert.equal(minister?.type, "PERSON");
  assert.equal(minister?.country, "VEN");
  assert.equal(named(es, "Venezuelan Oil"), undefined);
});

test("'his counterpart' needs a named person earlier in the same sentence", () => {
  const es = entitiesOf("Trump announced the truce. Pakistan's military operations chief called his Indian counterpart at 3:35 p.m.", "2025-05-11");
  assert.equal(named(es, "Droupadi Murmu"), undefined);
  assert.equal(named(es, "Narendra Modi"), undefined);
});

test("capitals opening the article before a comma are the dateline's places, known or not", () => {
  const es = entitiesOf("PUTRAJAYA, July 28 - The two sides met at the prime minister's residence in Putrajaya.", "2025-07-28");
  const place = named(es, "PUTRAJAYA") ?? named(es, "Putrajaya");
  assert.equal(place?.type, "GPE");
  assert.equal(place?.mentions.length, 2, "the later mention joins the dateline's place");
});

test("a hyphenated adjective made with Euro-, Sino-... names nothing; a qualifier in a title stays in the title", () => {
  const es = entitiesOf("Senior General Min Aung Hlaing said the quake was no threat to Euro-Atlantic security or Sino-Indian trade.");
  assert.equal(named(es, "Min Aung Hlaing")?.type, "PERSON");
  assert.equal(named(es, "Senior General"), undefined);
  assert.equal(named(es, "Euro-Atlantic"), undefined);
});

test("one unknown word described by an apposition, or placed by a known place after it, is typed by them", () => {
  assert.equal(typeOf("Most of the assets are held by Euroclear, a Brussels-based clearing house.", "Euroclear"), "ORG");
  assert.equal(typeOf("The next summit will be held at a golf resort in Doral, Florida.", "Doral"), "GPE");
  assert.equal(typeOf("The main border crossing at Torkham has been shut for a week.", "Torkham"), "GPE");
});

test("a ship's name after its prefix is a vessel, not an organisation", () => {
  const es = entitiesOf("The coast guard fired water cannon at the BRP Suluan near the shoal.");
  assert.ok(!["ORG", "PERSON"].includes(String(named(es, "BRP Suluan")?.type)));
});

test("party names: after 'the' and its adjectives, with 'party' after them, or as a qualified plural group", () => {
  const es = entitiesOf("Marine Le Pen, the leader of the far-right National Rally, and Jean-Luc Mélenchon of the hard-left France Unbowed " +
    "met the Left party and Olaf Scholz's Social Democrats.");
  assert.equal(named(es, "National Rally")?.type, "ORG");
  assert.equal(named(es, "France Unbowed")?.type, "ORG");
  assert.equal(named(es, "Left")?.type, "ORG");
  assert.equal(named(es, "Social Democrats")?.type, "ORG");
  assert.equal(named(es, "Democratic Party"), undefined, "not the US party");
  assert.equal(named(es, "Marine Le Pen")?.type, "PERSON");
});

test("a nationality-like word before a place noun stays a nationality word", () => {
  assert.notEqual(typeOf("Camp Mystic, a Christian camp for girls, lost 27 campers.", "Christian"), "GPE");
});

test("nicknames in quotes, an occupation opening the sentence and a city-like family name stay with the person", () => {
  const es = entitiesOf("Former President Jorge \"Tuto\" Quiroga came second. Businessman Samuel Doria Medina came third.", "2025-08-18");
  assert.equal(named(es, "Jorge \"Tuto\" Quiroga")?.type, "PERSON");
  assert.equal(named(es, "Samuel Doria Medina")?.type, "PERSON");
  assert.equal(named(es, "Medina"), undefined);
});

test("'the late' or 'the former' before a name leaves it a person; a shorter ending of a name is the same entity", () => {
  assert.equal(typeOf("She is a protégé of the late Shinzo Abe.", "Shinzo Abe"), "PERSON");
  const es = entitiesOf("Ethiopia opened the Grand Ethiopian Renaissance Dam. \"The Renaissance Dam is no threat,\" Abiy said.");
  assert.equal(named(es, "Renaissance Dam"), undefined);
  assert.equal(named(es, "Grand Ethiopian Renaissance Dam")?.mentions.length, 2);
});

test("an institution word written onto the next one is a modifier, not the institution", () => {
  const es = entitiesOf("Sudan's army-led government has been more cautious.");
  assert.equal(named(es, "Sudanese Armed Forces"), undefined);
});

test("an unknown name listed after a place that a preposition placed is a place too", () => {
  const es = entitiesOf("Curfews stayed in force in Lalitpur and Bhaktapur, and near Kherson, Bashtanka or Snihurivka.");
  for (const name of ["Lalitpur", "Bhaktapur", "Bashtanka", "Snihurivka"]) assert.equal(named(es, name)?.type, "GPE", name);
  assert.equal(named(entitiesOf("After the talks in Doha and Smith said no more."), "Smith")?.type, "PERSON");
  assert.equal(named(entitiesOf("Fighters shelled Tawila camp and Abu Hamra on Friday."), "Abu Hamra")?.type, "GPE");
  assert.equal(named(entitiesOf("Gunmen killed Abdi Musa near Garowe."), "Abdi Musa")?.type, "PERSON");
});

test("a person in apposition after a place stays a person", () => {
  assert.equal(named(entitiesOf("The ambassador in Manila, Jonna Velasquez, called the move reckless."), "Jonna Velasquez")?.type, "PERSON");
});

test("a place noun after the name, or after one lower-case word, makes it a place, titles and all", () => {
  const es = entitiesOf("Drones hit the Sheikh Jarrah neighbourhood and the Shuafat refugee camp, while police raided the Tora prison.");
  for (const name of ["Sheikh Jarrah", "Shuafat", "Tora"]) assert.equal(named(es, name)?.type, "GPE", name);
  assert.equal(named(entitiesOf("Sheikh Naim Qassem said the group would respond."), "Naim Qassem")?.type, "PERSON");
  assert.equal(named(entitiesOf("Thousands gathered at the Plaza de Mayo."), "Plaza de Mayo")?.type, "GPE");
  const listed = entitiesOf("Families were evacuated from Surin, Si Sa Ket and Ubon Ratchathani provinces.");
  for (const name of ["Surin", "Si Sa Ket", "Ubon Ratchathani"]) assert.equal(named(listed, name)?.type, "GPE", name);
});

test("a name opening with a given name is a person even after a preposition", () => {
  assert.equal(named(entitiesOf("The former premier lost to Victor Tanase in the runoff."), "Victor Tanase")?.type, "PERSON");
  assert.equal(named(entitiesOf("Troops shelled positions near Jorge Kuri village."), "Jorge Kuri")?.type, "GPE");
});

test("a word opening the sentence before a nationality describes the people after it; two nationality words stay one name", () => {
  const es = entitiesOf("Senior Iranian officials said on Monday that talks would resume. Top Russian diplomats met in Moscow.");
  assert.equal(named(es, "Senior Iranian"), undefined);
  assert.equal(named(es, "Top Russian"), undefined);
  assert.equal(named(es, "Iranian")?.type, "NORP");
  assert.ok(named(entitiesOf("Bosnian Serbs demanded a truce on Monday."), "Bosnian Serbs"));
});

test("a known given name opening three proper nouns makes one person, whatever places share the other names", () => {
  assert.equal(typeOf("Albert Ondo Ossa, the main opposition candidate, said the vote had been stolen.", "Albert Ondo Ossa"), "PERSON");
  const es = entitiesOf("María Lima Santos was arrested in Quito.");
  assert.equal(named(es, "María Lima Santos")?.type, "PERSON");
  assert.equal(named(es, "Peru"), undefined);
  // A given name before a country is no person's name: "Donald Trump" and "Ukraine" stay apart in a list.
  assert.ok(named(entitiesOf("Donald Trump Ukraine Russia talks resumed."), "Ukraine"));
});
