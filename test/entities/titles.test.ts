import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, named, mentionTexts } from "./helpers.ts";

test("a title with a nationality before a known name gives the person, role and country", () => {
  const es = entitiesOf("Russian Foreign Minister Sergei Lavrov flew to Pyongyang on Friday for talks with his North Korean hosts.");
  const lavrov = named(es, "Sergei Lavrov");
  assert.ok(lavrov, "Lavrov found");
  assert.equal(lavrov.type, "PERSON");
  assert.equal(lavrov.country, "RUS");
  assert.equal(lavrov.role, "Foreign Minister");
  assert.deepEqual(mentionTexts(lavrov), ["Sergei Lavrov"]);
});

test("an unknown person after a title is a person with that title and the qualifier's country", () => {
  const es = entitiesOf("Nigerian Defence Minister Adamu Okoro told reporters in Abuja that the army had retaken the town.");
  const okoro = named(es, "Adamu Okoro");
  assert.ok(okoro);
  assert.equal(okoro.type, "PERSON");
  assert.equal(okoro.country, "NGA");
  assert.equal(okoro.role, "Defence Minister");
  assert.equal((okoro as { cameo?: string }).cameo, "NGAMIL");
});

test("lower-case role words between an organisation and a name: spokesman, envoy, chief", () => {
  const es = entitiesOf("State Department spokesman Jonah Whitfield said the talks were useful. Trump's Ukraine envoy Keith Kellogg arrived later.");
  const whitfield = named(es, "Jonah Whitfield");
  assert.equal(whitfield?.type, "PERSON");
  assert.equal(whitfield?.country, "USA");
  assert.equal(whitfield?.role, "spokesman");
  assert.ok(named(es, "United States Department of State"), "the department is an organisation of its own");
  const kellogg = named(es, "Keith Kellogg");
  assert.equal(kellogg?.country, "USA", "the envoy is American even though 'Ukraine' stands before the title");
});

test("a military rank makes a person, and a portfolio before 'Minister' is part of the title", () => {
  const es = entitiesOf("Lieutenant General Tariq Mahmood briefed journalists. Communications Minister Elena Duarte rejected the report.");
  assert.equal(named(es, "Tariq Mahmood")?.type, "PERSON");
  assert.equal(named(es, "Elena Duarte")?.role, "Communications Minister");
});

test("an organisation and the person after its name are split: commander of X Headquarters NAME", () => {
  const es = entitiesOf("The strike killed the commander of the Southern Front Central Headquarters Omid Rahmani, state media said.");
  assert.equal(named(es, "Southern Front Central Headquarters")?.type, "ORG");
  assert.equal(named(es, "Omid Rahmani")?.type, "PERSON");
});

test("a possessive country before a lower-case title gives the person its country", () => {
  const es = entitiesOf("Russia's deputy foreign minister Sergei Ryabkov called the measures illegal.");
  const ryabkov = named(es, "Sergei Ryabkov");
  assert.equal(ryabkov?.country, "RUS");
  assert.equal(ryabkov?.role, "deputy foreign minister");
});

test("a former title does not make a description resolve to the current holder", () => {
  const es = entitiesOf("Gordon Brown, the former British prime minister, joined the panel.", "2025-06-01");
  assert.equal(named(es, "Keir Starmer"), undefined);
});

test("an apposition after an unknown name gives the person a country", () => {
  const es = entitiesOf("Oleh Petrenko, a Ukrainian army spokesman, said the attack failed. Olga Marchenko, Ukraine's ambassador, agreed.");
  assert.equal(named(es, "Oleh Petrenko")?.country, "UKR");
  assert.equal(named(es, "Olga Marchenko")?.country, "UKR");
});

test("a person named with what she belongs to: the person, then the organisation", () => {
  const es = entitiesOf("Opposition Leader Ana Moraru of the Free Citizens Union backed him, and Ion Vasile of the Farmers Party did too.");
  assert.equal(named(es, "Ana Moraru")?.type, "PERSON");
  assert.equal(named(es, "Free Citizens Union")?.type, "ORG");
  assert.equal(named(es, "Ion Vasile")?.type, "PERSON");
  assert.equal(named(es, "Farmers Party")?.type, "ORG");
});
