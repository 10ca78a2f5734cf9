// Regression guard on the syntax model's accuracy over gold tokenisation (UD English EWT test, PUD):
// fails when a retrained model or a change to the features falls below these floors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { readConllu } from "../../src/syntax/conllu.ts";
import { syntaxModel } from "../../src/syntax/index.ts";
import { goldWords } from "../../src/syntax/train/align.ts";
import { scoreSyntax } from "../../src/syntax/train/score.ts";

const UD = new URL("../../../shared/ud/", import.meta.url).pathname;
const missing = !existsSync(`${UD}en_pud-ud-test.conllu`);
if (missing && process.env.CI === "true") throw new Error(`${UD} is missing: the syntax score tests need the UD treebanks in CI`);
const skip = missing && "../shared/ud is not here: syntax score regressions skipped";
if (skip) console.warn(`SKIPPED: ${skip}`);

const FLOORS: Record<string, { file: string; upos: number; uas: number; las: number }> = {
  "EWT test": { file: "en_ewt-ud-test.conllu", upos: 0.94, uas: 0.83, las: 0.80 },
  PUD: { file: "en_pud-ud-test.conllu", upos: 0.95, uas: 0.80, las: 0.77 },
};

for (const [name, floor] of Object.entries(FLOORS)) {
  test(`${name}: UPOS, UAS and LAS stay at their level`, { skip }, () => {
    const scores = scoreSyntax(syntaxModel(), readConllu(readFileSync(UD + floor.file, "utf8")).map(goldWords));
    assert.ok(scores.upos >= floor.upos, `UPOS ${scores.upos.toFixed(4)} < ${floor.upos}`);
    assert.ok(scores.uas >= floor.uas, `UAS ${scores.uas.toFixed(4)} < ${floor.uas}`);
    assert.ok(scores.las >= floor.las, `LAS ${scores.las.toFixed(4)} < ${floor.las}`);
  });
}
