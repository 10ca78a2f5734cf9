// The fixed expressions whose tags the syntax stage knows before its tagger (data/syntax/expressions.yaml).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixedExpressions } from "../../src/syntax/expressions.ts";

test("the bundled fixed expressions load, by their first word", () => {
  const shot = fixedExpressions().get("shot");
  assert.deepEqual(shot?.[0], { words: ["shot", "dead"], tags: ["VERB", "ADJ"] });
});

test("an expression with a tag that is no UPOS tag, or tags and words that do not pair, is an error naming the file", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-expressions-"));
  try {
    const file = join(dir, "expressions.yaml");
    writeFileSync(file, "expressions:\n  - words: [shot, dead]\n    tags: [VERB, DEAD]\n");
    assert.throws(() => fixedExpressions(file), (e: Error) => e.message.includes(file) && e.message.includes("DEAD"));
    writeFileSync(file, "expressions:\n  - words: [shot, dead]\n    tags: [VERB]\n");
    assert.throws(() => fixedExpressions(file), /as many tags as words/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
