import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, named, mentionTexts } from "./helpers.ts";

test("a capital that acts is its state; where something happens it stays a place", () => {
  const es = entitiesOf("Moscow said it would respond. Diplomats met in Moscow on Tuesday, and Washington's envoy left.");
  const russia = named(es, "Russia");
  assert.deepEqual(mentionTexts(russia), ["Moscow"]);
  const city = named(es, "Moscow");
  assert.equal(city?.type, "GPE");
  assert.deepEqual(mentionTexts(city), ["Moscow"]);
  assert.ok(city?.geo, "the city has coordinates");
  assert.deepEqual(mentionTexts(named(es, "United States")), ["Washington"]);
});

test("a dateline is a place, never an actor", () => {
  const es = entitiesOf("KYIV (Reuters) - Russian drones struck power stations overnight, officials said.");
  assert.equal(named(es, "Kyiv")?.type, "GPE");
  assert.equal(named(es, "Ukraine"), undefined);
});

test("the Kremlin is an organisation of Russia, not the country", () => {
  const es = entitiesOf("The Kremlin said the proposal was unacceptable.");
  const kremlin = named(es, "Kremlin");
  assert.equal(kremlin?.type, "ORG");
  assert.equal(kremlin?.country, "RUS");
});

test("nationality words are NORP with their country; a country's forces link to the knowledge base", () => {
  const es = entitiesOf("Russian drones hit the port. The Israeli military said it had intercepted a missile.");
  const russian = es.find((e) => e.type === "NORP");
  assert.equal(russian?.country, "RUS");
  assert.equal(named(es, "Israel Defense Forces")?.country, "ISR");
});

test("an unknown name is a place after a locative preposition or before a place noun", () => {
  const es = entitiesOf("Shelling hit Tal Abyadh village again, residents said.");
  assert.equal(named(es, "Tal Abyadh village")?.type ?? named(es, "Tal Abyadh")?.type, "GPE");
});

test("acronyms and multi-word names from the gazetteers: ASEAN, Trinidad and Tobago, the Gaza Strip", () => {
  const es = entitiesOf("Ministers of the Association of Southeast Asian Nations met ASEAN partners while Trinidad and Tobago watched events in the Gaza Strip.");
  assert.deepEqual(mentionTexts(named(es, "Association of Southeast Asian Nations")), ["Association of Southeast Asian Nations", "ASEAN"]);
  assert.ok(named(es, "Trinidad and Tobago"));
  assert.equal(named(es, "Gaza Strip")?.type, "GPE");
});

test("a title-case headline only yields known names", () => {
  const es = entitiesOf("Kremlin Rejects Trump Claim That Ukraine Can Win Back Territory\n\nThe statement came late.");
  const names = es.map((e) => e.name).sort();
  assert.deepEqual(names, ["Donald Trump", "Kremlin", "Ukraine"]);
});

test("a known place whose name starts with 'The' is found whole", () => {
  const es = entitiesOf("Allies met in The Hague to discuss defence spending.");
  assert.equal(named(es, "The Hague")?.country, "NLD");
});

test("a country's official name runs on through its possessive, and another country's official name inside it stays that country", () => {
  const es = entitiesOf("The Democratic People's Republic of Korea fired two missiles. The Republic of Korea condemned the launch.");
  assert.deepEqual(mentionTexts(named(es, "North Korea")), ["Democratic People's Republic of Korea"]);
  assert.deepEqual(mentionTexts(named(es, "South Korea")), ["Republic of Korea"]);
  // A short form the knowledge base gives to another country still means the one named in full.
  const congo = entitiesOf("The Democratic Republic of Congo signed the deal. Congo also asked for aid.");
  assert.deepEqual(mentionTexts(named(congo, "DR Congo")), ["Democratic Republic of Congo", "Congo"]);
});
