import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentText } from "../../src/segment/index.ts";

const words = (text: string) => {
  const { tokens } = segmentText(text);
  return tokens.start.map((s, i) => text.slice(s, tokens.end[i])).filter((w) => w.trim());
};

test("a word with letters beyond Latin-1 is one token, with its own spelling", () => {
  assert.deepEqual(words("Erdoğan met Lajčák, Radosław, Nicușor, Đặng and Əliyev."),
    ["Erdoğan", "met", "Lajčák", ",", "Radosław", ",", "Nicușor", ",", "Đặng", "and", "Əliyev", "."]);
});

test("names in Cyrillic, Greek and Arabic script are proper nouns, one token a word", () => {
  const text = "Сергей Лавров, Κυριάκος Μητσοτάκης and محمد السوداني spoke.";
  const { tokens } = segmentText(text);
  const names = tokens.start.map((s, i) => [text.slice(s, tokens.end[i]), tokens.pos[i]]).filter(([w]) => /[^\x00-\x7f]/.test(w));
  assert.deepEqual(names.map(([w]) => w), ["Сергей", "Лавров", "Κυριάκος", "Μητσοτάκης", "محمد", "السوداني"]);
  assert.ok(names.every(([, pos]) => pos === "PROPN"), JSON.stringify(names));
});

test("a word read through stand-in letters keeps its own lemma", () => {
  const text = "Erdoğan said.";
  assert.equal(segmentText(text).tokens.lemma[0], "erdoğan");
});

test("a zero-width joiner inside a word keeps it whole; zero-width spaces and direction marks part words", () => {
  assert.deepEqual(words("Ali\u200creza met Mi\u200dkhail."), ["Ali\u200creza", "met", "Mi\u200dkhail", "."]);
  assert.deepEqual(words("\u200fNetanyahu\u200e and\u200bGantz"), ["Netanyahu", "and", "Gantz"]);
});
