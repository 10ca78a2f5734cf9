// Platforms and institutions that news names every day are known actors with their countries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase, lookupName } from "../../src/kb/index.ts";

const kb = loadKnowledgeBase();
const known = (name: string) => lookupName(kb, name)[0];

test("social platforms are known organisations, under their old names too", () => {
  assert.equal(known("Twitter")?.name, "X");
  assert.equal(known("X")?.country, "USA");
  assert.equal(known("YouTube")?.type, "ORG");
  assert.equal(known("Telegram")?.type, "ORG");
});

test("UN bodies are known by the words news uses for them", () => {
  assert.equal(known("UN human rights office")?.name, "Office of the United Nations High Commissioner for Human Rights");
  assert.equal(known("OHCHR")?.name, "Office of the United Nations High Commissioner for Human Rights");
  assert.equal(known("SWIFT")?.country, "BEL");
});

test("the first names of people known by their last name count as given names, family names first do not", () => {
  assert.ok(kb.lexicon.givenNames.has("keir"));
  assert.ok(!kb.lexicon.givenNames.has("xi"));
  assert.ok(!kb.lexicon.givenNames.has("king"));
});
