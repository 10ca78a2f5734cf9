import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, named, mentionTexts } from "./helpers.ts";

test("organisation cues type unknown names: ministries, forces, committees", () => {
  const es = entitiesOf("The Somali Ministry of Ports said the Jubaland Security Forces had withdrawn.");
  assert.equal(named(es, "Somali Ministry of Ports")?.type, "ORG");
  assert.equal(named(es, "Somali Ministry of Ports")?.country, "SOM");
  assert.equal(named(es, "Jubaland Security Forces")?.type, "ORG");
});

test("'and' and a possessive inside an organisation's name do not split it", () => {
  const es = entitiesOf("The Department of Health and Human Services replied. In Beijing, the National People's Congress voted.");
  assert.equal(named(es, "Department of Health and Human Services")?.type, "ORG");
  assert.equal(named(es, "National People's Congress")?.type, "ORG");
});

test("a nationality before a known organisation links to it; a country's lower-case army too", () => {
  const es = entitiesOf("The Sudanese Rapid Support Forces shelled the town. Sudan's army said it repelled them.");
  assert.deepEqual(mentionTexts(named(es, "Rapid Support Forces")), ["Sudanese Rapid Support Forces"]);
  assert.deepEqual(mentionTexts(named(es, "Sudanese Armed Forces")), ["Sudan's army"]);
});

test("'the Colombian government' is the state itself", () => {
  const es = entitiesOf("The Colombian government recalled its ambassador.");
  assert.deepEqual(mentionTexts(named(es, "Colombia")), ["Colombian government"]);
});

test("the news agency in a dateline's brackets is an organisation", () => {
  const es = entitiesOf("MOGADISHU (Horn Wire Service) - Clashes erupted overnight.");
  assert.equal(named(es, "Horn Wire Service")?.type, "ORG");
  assert.equal(named(es, "Mogadishu")?.type, "GPE");
});

test("political and religious groups are NORP, events are not actors", () => {
  const es = entitiesOf("Senator Amy Klobuchar, a Minnesota Democrat, cited the Minsk Agreement.");
  assert.equal(named(es, "Amy Klobuchar")?.type, "PERSON");
  assert.equal(named(es, "Minnesota")?.country, "USA");
  assert.equal(named(es, "Minsk Agreement")?.type, "EVENT");
  assert.equal(es.filter((e) => e.type === "PERSON").length, 1);
});

test("a known family name with the person's first name links to the knowledge base", () => {
  const es = entitiesOf("Recep Erdogan hosted the talks. Erdogan said Ankara would mediate.", "2025-03-10");
  const erdogan = named(es, "Recep Tayyip Erdoğan");
  assert.deepEqual(mentionTexts(erdogan), ["Recep Erdogan", "Erdogan"]);
  assert.equal(erdogan?.country, "TUR");
});

test("a country's institution written with its possessive names the country too", () => {
  const es = entitiesOf("Russia's foreign ministry said on Saturday that the region's problems were for its countries to solve.");
  assert.equal(named(es, "Russia")?.type, "GPE");
  assert.equal(named(es, "Ministry of Foreign Affairs of Russia")?.type, "ORG");
});

test("names joined by the Urdu and Persian 'e'/'i', and a possessive inside a longer name, stay one organisation", () => {
  const es = entitiesOf("India blamed Jaish-e-Mohammed, while the Tigray People's Liberation Front and the Pakistan People's Party issued statements.");
  assert.equal(named(es, "Jaish-e-Mohammed")?.type, "ORG");
  assert.equal(named(es, "Tigray People's Liberation Front")?.type, "ORG");
  assert.equal(named(es, "Pakistan Peoples Party")?.type, "ORG");
  const kept = entitiesOf("China's Coast Guard fired water cannon.");
  assert.equal(named(kept, "China Coast Guard")?.type, "ORG");
});
