import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnnotatedDocument } from "../../src/model/index.ts";
import { annotateText, mentioned } from "./helpers.ts";

/** Annotates without crashing, and checks that no span of any layer starts or ends inside a letter. */
function annotateWhole(text: string): AnnotatedDocument {
  const doc = annotateText(text);
  const boundaries = new Set([text.length]);
  for (const { index } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)) boundaries.add(index);
  const spans = [...doc.entities.flatMap((e) => e.mentions), ...doc.quotes, ...doc.timexes, ...doc.quantities, ...doc.events.flatMap((e) => e.evidence)];
  for (const s of spans) {
    assert.ok(boundaries.has(s.start) && boundaries.has(s.end), `span ${s.start}-${s.end} "${text.slice(s.start, s.end)}" cuts a letter`);
  }
  return doc;
}

test("mixed scripts in one token: the word stays one name", () => {
  const doc = annotateWhole("Foreign Minister Erdoğanовић met Lula in Ankara. Serbian minister Pеtrović (with a Cyrillic е) spoke.");
  assert.equal(mentioned(doc.entities, "Erdoğanовић")?.type, "PERSON");
  assert.equal(mentioned(doc.entities, "Pеtrović")?.type, "PERSON");
});

test("combining marks without a base letter, and names written with decomposed letters", () => {
  const decomposed = "Erdog\u0306an";
  const doc = annotateWhole(`\u0301\u0301 Turkish President ${decomposed} met Lula. \u0308Ali spoke, and ${decomposed} left.`);
  const erdogan = mentioned(doc.entities, decomposed);
  assert.equal(erdogan?.name, "Recep Tayyip Erdoğan", "the decomposed spelling finds the same actor");
});

test("zero-width joiners and spaces: a joiner stays inside the name, a zero-width space parts words", () => {
  const doc = annotateWhole("Iranian Navy commander Ali\u200dreza Tangsiri said on Monday the strait\u200bwould stay open. Hakan\u200b Fidan met Lula.");
  assert.equal(mentioned(doc.entities, "Ali\u200dreza Tangsiri")?.type, "PERSON");
  assert.ok(doc.entities.some((e) => e.name === "Hakan Fidan"), doc.entities.map((e) => e.name).join("; "));
});

test("right-to-left and left-to-right marks around names are not part of them", () => {
  const doc = annotateWhole("\u200fIsraeli Prime Minister Benjamin Netanyahu\u200e met \u202bمحمد شياع السوداني\u202c and Erdoğan\u200f on Sunday.");
  assert.ok(mentioned(doc.entities, "Benjamin Netanyahu"));
  assert.ok(mentioned(doc.entities, "Erdoğan"));
  assert.ok(mentioned(doc.entities, "محمد شياع السوداني"));
});

test("a name of 200 characters, and a 200-letter word, neither crash nor split", () => {
  const long = Array.from({ length: 20 }, (_, n) => `Ştefănescu${String.fromCharCode(97 + n)}`).join(" ").slice(0, 200);
  const word = "Ğ".repeat(200);
  const started = performance.now();
  const doc = annotateWhole(`Romanian lawmaker ${long} met Lula on Friday. ${word} said nothing. "No," said ${word}.`);
  assert.ok(performance.now() - started < 2000, "in reasonable time");
  assert.ok(doc.entities.some((e) => e.mentions.some((m) => m.text.startsWith("Ştefănescua"))));
  assert.ok(doc.entities.every((e) => e.mentions.every((m) => !m.text.includes("Ğ") || m.text === word)), "the long word is never cut");
});
