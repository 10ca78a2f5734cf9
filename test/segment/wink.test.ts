import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentText, sentenceAt } from "../../src/segment/index.ts";

test("tokens carry offsets into the text and sentences end at blank lines", () => {
  const text = "Talks on the grain corridor\n\nTurkish officials said on Friday that talks would resume. Kyiv agreed.";
  const { tokens, sentences } = segmentText(text);
  for (let i = 0; i < tokens.start.length; i++) {
    assert.ok(text.slice(tokens.start[i], tokens.end[i]).trim().length > 0 || tokens.pos[i] === "SPACE");
  }
  const texts = sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(texts, [
    "Talks on the grain corridor",
    "Turkish officials said on Friday that talks would resume.",
    "Kyiv agreed.",
  ]);
  assert.equal(sentenceAt({ tokens, sentences }, text.indexOf("Friday"))?.start, text.indexOf("Turkish"));
});
