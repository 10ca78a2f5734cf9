import assert from "node:assert/strict";
import { test } from "node:test";
import { sentenceAround, splitAtMarks, type Mark } from "../../web/src/highlight.ts";

const TEXT = "Kyiv was hit overnight. Rubio met Lavrov on Thursday in Kuala Lumpur. Talks lasted 50 minutes.";

function mark(phrase: string, kind: Mark["kind"]): Mark {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, kind, label: phrase };
}

test("overlapping marks cut the text into pieces that know every mark covering them", () => {
  const evidence = mark("Rubio met Lavrov on Thursday", "event");
  const thursday = mark("Thursday", "timex");
  const rubio = mark("Rubio", "entity");
  const pieces = splitAtMarks(TEXT.length, [thursday, evidence, rubio]);
  assert.equal(pieces.map((p) => TEXT.slice(p.start, p.end)).join(""), TEXT, "no character lost or repeated");
  const described = pieces.map((p) => [TEXT.slice(p.start, p.end), p.marks.map((m) => m.kind).sort().join("+")]);
  assert.deepEqual(described.filter(([, kinds]) => kinds), [
    ["Rubio", "entity+event"],
    [" met Lavrov on ", "event"],
    ["Thursday", "event+timex"],
  ]);
});

test("marks outside the text are ignored rather than breaking the reader", () => {
  const pieces = splitAtMarks(10, [{ start: 5, end: 50, kind: "quote", label: "" }, { start: 3, end: 3, kind: "timex", label: "" }]);
  assert.deepEqual(pieces, [{ start: 0, end: 10, marks: [] }]);
});

test("the sentence around evidence words runs from the previous sentence end to the next", () => {
  const words = mark("met Lavrov", "event");
  const sentence = sentenceAround(TEXT, words.start, words.end);
  assert.equal(TEXT.slice(sentence.start, sentence.end), "Rubio met Lavrov on Thursday in Kuala Lumpur.");
  const first = sentenceAround(TEXT, 0, 4);
  assert.equal(TEXT.slice(first.start, first.end), "Kyiv was hit overnight.");
  const paragraphs = "Headline without a stop\nBody sentence here";
  const body = sentenceAround(paragraphs, paragraphs.indexOf("sentence"), paragraphs.indexOf("sentence") + 8);
  assert.equal(paragraphs.slice(body.start, body.end), "Body sentence here");
});
