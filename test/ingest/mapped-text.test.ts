import { test } from "node:test";
import assert from "node:assert/strict";
import { MappedText, rawOffsetOf } from "../../src/ingest/mapped-text.ts";

test("replacements keep the raw offsets of what they keep; inserted characters map nowhere", () => {
  const raw = `Medinsky said talks were '"useful" and would go on.`;
  const cleaned = MappedText.fromRaw(raw).replace(/'"/g, () => '"');
  assert.equal(cleaned.text, `Medinsky said talks were "useful" and would go on.`);
  const map = cleaned.toOffsetMap();
  const at = cleaned.text.indexOf("useful");
  assert.equal(raw.slice(rawOffsetOf(map, at)!, rawOffsetOf(map, at)! + 6), "useful");
  assert.equal(raw[rawOffsetOf(map, cleaned.text.indexOf('"'))!], '"', "the kept quote mark is the raw one");
  const joined = MappedText.join([MappedText.fromRaw("first", 0), MappedText.fromRaw("xx second", 3)], "\n\n");
  assert.equal(joined.text, "first\n\nsecond");
  assert.equal(rawOffsetOf(joined.toOffsetMap(), 5), undefined);
  assert.equal(rawOffsetOf(joined.toOffsetMap(), 7), 3);
});
