import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, named, mentionTexts } from "./helpers.ts";

test("a family name alone joins the full name mentioned earlier", () => {
  const es = entitiesOf("Chilean diplomat Rosa Valdivieso arrived in Geneva on Monday. Valdivieso said the talks would continue.");
  const rosa = named(es, "Rosa Valdivieso");
  assert.deepEqual(mentionTexts(rosa), ["Rosa Valdivieso", "Valdivieso"]);
  assert.equal(es.filter((e) => e.type === "PERSON").length, 1);
});

test("transliteration variants of one person are one entity", () => {
  const es = entitiesOf("Zelenskiy met European leaders in Brussels. Later Zelensky told reporters that President Zelenskyy's plan stood.");
  const z = es.filter((e) => e.type === "PERSON");
  assert.equal(z.length, 1);
  assert.equal(z[0].name, "Volodymyr Zelenskyy");
  assert.equal(z[0].mentions.length, 3);
});

test("an unknown name's spelling variants are merged by the general variant rule", () => {
  const es = entitiesOf("Rebel commander Yusuf Abdulkhakimov said his men held the bridge. Yusuf Abdulhakimov later denied it.");
  assert.equal(es.filter((e) => e.type === "PERSON").length, 1);
});

test("descriptions join the person holding that role in the article", () => {
  const es = entitiesOf("Ukrainian President Volodymyr Zelenskiy thanked his allies. The Ukrainian leader also said the wartime leader's office would publish the list.");
  const z = named(es, "Volodymyr Zelenskyy");
  assert.ok(mentionTexts(z).includes("The Ukrainian leader"));
  assert.ok(z?.aliases.includes("The Ukrainian leader"));
});

test("a description resolves through the knowledge base's dated roles", () => {
  const text = "The talks in Riyadh were led by the U.S. secretary of state, officials said.";
  const in2025 = entitiesOf(text, "2025-03-01").filter((e) => e.type === "PERSON").map((e) => e.name);
  const in2023 = entitiesOf(text, "2023-03-01").filter((e) => e.type === "PERSON").map((e) => e.name);
  assert.deepEqual(in2025, ["Marco Rubio"]);
  assert.deepEqual(in2023, ["Antony Blinken"]);
});

test("a description set off after a person's name is that person, not the role's holder ('Wang Yi, China's top diplomat,')", () => {
  const es = entitiesOf("The talks were hosted by Wang Yi, China's top diplomat, who hailed the outcome.", "2023-03-10");
  assert.deepEqual(es.filter((e) => e.type === "PERSON").map((e) => e.name), ["Wang Yi"]);
  assert.deepEqual(mentionTexts(named(es, "Wang Yi")), ["Wang Yi", "China's top diplomat"]);
  // Not set off after a name, it is the holder of the role on that day.
  const alone = entitiesOf("The talks were hosted by China's top diplomat, who hailed the outcome.", "2023-03-10");
  assert.deepEqual(alone.filter((e) => e.type === "PERSON").map((e) => e.name), ["Qin Gang"]);
});

test("'his Russian counterpart' is the Russian holder of the named person's role", () => {
  const es = entitiesOf("U.S. Secretary of State Marco Rubio urged his Russian counterpart to end the fighting.", "2025-09-24");
  assert.ok(named(es, "Sergei Lavrov"), "Lavrov found through the counterpart");
});

test("an acronym in brackets and its later uses join the organisation", () => {
  const es = entitiesOf("The National Unity Front (NUF) rejected the vote. A NUF spokesman said the result was rigged.");
  const front = named(es, "National Unity Front");
  assert.equal(front?.type, "ORG");
  assert.deepEqual(mentionTexts(front), ["National Unity Front", "NUF", "NUF"]);
});

test("a month written like a family name is not the person", () => {
  const es = entitiesOf("Former Prime Minister Theresa May spoke in Oxford. Talks resumed in May and again on June 12.");
  assert.deepEqual(mentionTexts(named(es, "Theresa May")), ["Theresa May"]);
});

test("a lone name shared by several people is the article's principal one, not the last named", () => {
  const es = entitiesOf("Lee Jae-myung won the election with 49.4% of the vote. Lee Jun-seok came third. " +
    "In a brief ceremony, Lee promised to heal the nation.", "2025-06-04");
  assert.deepEqual(mentionTexts(named(es, "Lee Jae-myung")), ["Lee Jae-myung", "Lee"]);
  assert.deepEqual(mentionTexts(named(es, "Lee Jun-seok")), ["Lee Jun-seok"]);
});

test("a family name alone may be the word before the last of a Spanish name", () => {
  const es = entitiesOf("Senator Miguel Uribe Turbay was shot at a rally in Bogota. Uribe, 39, was taken to hospital.");
  assert.deepEqual(mentionTexts(named(es, "Miguel Uribe Turbay")), ["Miguel Uribe Turbay", "Uribe"]);
});

test("an institution named by its bare kind is the known one only in an article about its country", () => {
  assert.equal(named(entitiesOf("Trump urged the Senate to act."), "United States Senate")?.type, "ORG");
  const es = entitiesOf("Lawmakers in Manila said the Senate would vote on Monday.");
  assert.equal(named(es, "United States Senate"), undefined);
  assert.equal(named(es, "Senate")?.type, "ORG");
});

test("the tree's subject of the main verb is the topic a later pronoun stands for, however far from its verb", async () => {
  const { annotateText } = await import("./helpers.ts");
  const doc = annotateText("Congress removed Pedro Castillo on Wednesday and swore in Dina Boluarte. Boluarte, 60, a lawyer who " +
    "becomes Peru's first woman president, called for calm. \"I assume the office in accordance with the constitution,\" she told Congress.", "2022-12-08");
  assert.equal(doc.quotes.find((q) => q.text.startsWith("I assume"))?.speaker?.name, "Dina Boluarte");
  // A reported clause's subject is what "it" stands for next; an adverbial clause's is not.
  const japan = annotateText("Kamikawa said Japan had contacted the Houthis, and that it had also asked Oman to press the group.", "2023-11-20");
  assert.ok(japan.events.some((e) => e.type === "REQUEST" && e.source?.name === "Japan" && e.target?.name === "Oman"),
    JSON.stringify(japan.events.map((e) => [e.type, e.source?.name, e.target?.name])));
  const spain = annotateText("NATO leaders agreed on Wednesday to raise spending, while Spain insisted it would not be bound. " +
    "It describes Russia as a \"long-term threat\" to Euro-Atlantic security.", "2025-06-25");
  assert.notEqual(spain.quotes[0]?.speaker?.name, "Spain");
});

test("a reported clause's subject is 'it' only within its sentence; a ministry's 'it' is the state it acts as", async () => {
  const { annotateText } = await import("./helpers.ts");
  const doc = annotateText("North Korea's defence ministry replied that the army would never again be bound by the agreement. " +
    "It accused South Korea of a reckless provocation.", "2023-11-23");
  const accusation = doc.events.find((e) => e.type === "ACCUSE");
  assert.equal(accusation?.source?.name, "North Korea", JSON.stringify(doc.events.map((e) => [e.type, e.source?.name, e.target?.name])));
});

test("an institution named by its kind is the one of the country that owns it in the text ('Peru's Congress')", async () => {
  const { annotateText } = await import("./helpers.ts");
  const doc = annotateText("Peru's Congress removed Pedro Castillo on Wednesday. The United States had urged Castillo to step back.", "2022-12-08");
  const congress = doc.entities.find((e) => e.name === "Congress" || e.name === "United States Congress");
  assert.equal(congress?.country, "PER", JSON.stringify(congress));
  const us = annotateText("Congress passed the bill on Wednesday, and President Joe Biden of the United States signed it.", "2022-12-08");
  assert.equal(us.entities.find((e) => e.mentions.some((m) => m.text === "Congress"))?.country, "USA");
});

test("a name opening with a given name is a person even when a place word follows its comma", () => {
  const es = entitiesOf("Congress removed him and swore in his vice president, Dina Boluarte, in his place.");
  assert.equal(named(es, "Dina Boluarte")?.type, "PERSON");
  const places = entitiesOf("The missile struck Bilopillia, in the north of the region, on Sunday.");
  assert.notEqual(named(places, "Bilopillia")?.type, "PERSON");
});

test("'the South American country' is the country named last that the sentence's subject is not of; 'the Dominican Republic' is a name", async () => {
  const { annotateText } = await import("./helpers.ts");
  const doc = annotateText("Colombia refused two U.S. military flights on Sunday. Hours later, President Donald Trump threatened sweeping tariffs and sanctions on the South American country.", "2025-01-27");
  const shown = JSON.stringify(doc.events.map((e) => [e.type, e.source?.name, e.target?.name]));
  assert.ok(doc.events.some((e) => e.type === "THREATEN" && e.source?.name === "Donald Trump" && e.target?.country === "COL"), shown);
  const republic = annotateText("Venezuela expelled diplomats from Chile on Monday. It recalled its staff from the Dominican Republic on Tuesday.", "2024-07-30");
  assert.ok(!republic.events.some((e) => e.target?.country === "CHL" && e.date === "2024-07-30"), JSON.stringify(republic.events.map((e) => [e.type, e.target?.name, e.date])));
});

test("'it' after a subject that names no one is that thing, not an actor named before it", async () => {
  const { annotateText } = await import("./helpers.ts");
  const truce = annotateText("Hamas released the hostages on Monday. The ceasefire temporarily halts all fighting. It allows humanitarian aid into Gaza.", "2025-10-13");
  assert.ok(!truce.events.some((e) => e.type === "AID" && e.source?.country === "PSE"), JSON.stringify(truce.events.map((e) => [e.type, e.source?.name])));
  const state = annotateText("Egypt reopened the Rafah crossing on Monday. It allowed humanitarian aid into Gaza.", "2025-10-13");
  assert.ok(state.events.some((e) => e.type === "AID" && e.source?.country === "EGY"), JSON.stringify(state.events.map((e) => [e.type, e.source?.name])));
});
