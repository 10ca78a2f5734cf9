// Test helper: the timexes of a sentence as a publication of `published` would give them.
import assert from "node:assert/strict";
import type { Timex } from "../../src/model/index.ts";
import { segmentText } from "../../src/segment/index.ts";
import { findTimexes } from "../../src/timex/index.ts";

export function timexesOf(text: string, published?: string): Timex[] {
  return findTimexes({ input: "test", text, warnings: [], published, segments: segmentText(text) });
}

/** Asserts in one line that `text` holds the expression `span` with TIMEX3 `value` (and `type` if given). */
export function assertTimex(text: string, published: string | undefined, span: string, value: string, type?: string): void {
  const found = timexesOf(text, published);
  const hit = found.find((t) => t.text === span);
  assert.ok(hit, `no timex "${span}" in ${JSON.stringify(text)}; found ${JSON.stringify(found.map((t) => t.text))}`);
  assert.equal(text.slice(hit.start, hit.end), span, "offsets point at the words");
  assert.equal(hit.value, value, `value of "${span}" in ${JSON.stringify(text)}`);
  if (type) assert.equal(hit.type, type);
}
