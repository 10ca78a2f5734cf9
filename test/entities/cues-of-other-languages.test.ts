// Typing cues that carry over to unseen news: toponymic heads, organisation words of other languages,
// descriptors and labels that are not part of anyone's name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, mentionTexts, named } from "./helpers.ts";

const typeOf = (text: string, name: string) => named(entitiesOf(text), name)?.type;

test("a name opened by an Arabic toponymic head is a place, with or without a preposition", () => {
  assert.equal(typeOf("Wadi Qandil has been without power for a week, residents said.", "Wadi Qandil"), "GPE");
  assert.equal(typeOf("Drones struck the Jebel Harun area overnight.", "Jebel Harun"), "GPE");
  assert.equal(typeOf("Aid trucks queued at Bab al-Salama before dawn.", "Bab al-Salama"), "GPE");
  assert.equal(typeOf("Beit Ummar was placed under curfew.", "Beit Ummar"), "GPE");
});

test("a name ending in a palace, office or square of South Asia is a facility", () => {
  assert.equal(typeOf("Protesters set fire to parts of Singha Durbar on Tuesday.", "Singha Durbar"), "FAC");
  assert.equal(typeOf("Krishi Bhavan was cordoned off by the police.", "Krishi Bhavan"), "FAC");
});

test("an organisation's word of another language makes the name an organisation", () => {
  assert.equal(typeOf("Officials from Frente Amplio welcomed the result.", "Frente Amplio"), "ORG");
  assert.equal(typeOf("Partido Liberal Radical said it would appeal.", "Partido Liberal Radical"), "ORG");
  const es = entitiesOf("Leftist parties of the region met at the Foro de Sao Paulo in Caracas.");
  assert.equal(named(es, "Foro de Sao Paulo")?.type, "ORG");
  assert.equal(named(es, "São Paulo"), undefined, "the city is part of the forum's name here");
});

test("a political descriptor opening a sentence is not part of the name", () => {
  const es = entitiesOf("Centrist Maria Ionescu conceded defeat on Sunday.");
  assert.equal(named(es, "Maria Ionescu")?.type, "PERSON");
  assert.equal(named(es, "Centrist Maria Ionescu"), undefined);
  assert.equal(typeOf("Conservative Party officials met on Monday.", "Conservative Party"), "ORG");
});

test("a quoted phrase, a letter after a title and a generation are nobody", () => {
  const es = entitiesOf('He called the inquiry a "Political Circus" and said Gen Z voters and Generation Z activists would decide.');
  assert.equal(es.filter((e) => e.type === "PERSON").length, 0, JSON.stringify(es.map((e) => e.name)));
  assert.deepEqual(entitiesOf("Critics called the trial a Show Trial.").filter((e) => e.type === "PERSON"), []);
});

test("a treaty named with 'on' is one name, not an organisation", () => {
  const es = entitiesOf("Both sides cited the Vienna Convention on Consular Relations.");
  assert.equal(named(es, "Consular Relations"), undefined);
  assert.equal(named(es, "Vienna Convention on Consular Relations")?.type, "EVENT");
});

test("a given name before a city's name is a person, and the family name alone then means the person", () => {
  const es = entitiesOf("Journalist Pedro Cali was attacked outside his home. Cali had reported on the cartels.");
  assert.equal(named(es, "Pedro Cali")?.type, "PERSON");
  assert.deepEqual(mentionTexts(named(es, "Pedro Cali")), ["Pedro Cali", "Cali"]);
});

test("an organisation's body named in lower-case words is that body", () => {
  const es = entitiesOf("The UN human rights office said the arrests were arbitrary.");
  assert.equal(named(es, "Office of the United Nations High Commissioner for Human Rights")?.type, "ORG");
  assert.equal(named(es, "United Nations"), undefined);
});

test("a toponymic head and a known place after it are one place", () => {
  const es = entitiesOf("Strikes on Tuesday hit Ras Beirut and Bint Jbeil.");
  assert.equal(named(es, "Ras Beirut")?.type, "GPE");
  assert.equal(named(es, "Bint Jbeil")?.type, "GPE");
  assert.equal(named(es, "Beirut"), undefined);
});

test("a capital after a place noun and 'of' is a place, not its state", () => {
  const es = entitiesOf("The senator was shot in the Fontibon district of Bogota on Saturday.");
  assert.equal(named(es, "Bogotá")?.type, "GPE");
  assert.equal(named(es, "Colombia"), undefined);
});
