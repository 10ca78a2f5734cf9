// Hostile text never takes annotation down: a few hundred mutations of the bundled samples (fixed
// seed) each give a document, in bounded time, with every span inside its text.
// bench/fuzz.ts runs 10,000 of the same inputs and reports the figures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticleText } from "../../src/ingest/index.ts";
import { loadKnowledgeBase } from "../../src/kb/index.ts";
import { buildPipeline } from "../../src/pipeline/index.ts";
import { fuzzCases, sampleTexts, spansOutOfRange } from "./fuzz-inputs.ts";

const pipeline = buildPipeline({ kb: loadKnowledgeBase() });
// Models a stage loads on its first document (the parser's) are loaded here, outside the timing.
pipeline.annotate(readArticleText("Finland and Sweden signed a pact on Monday.", "warm-up"));
/** Far above the ~50 ms a sample article takes: only a runaway loop or a quadratic walk exceeds it. */
const SLOW_MS = 5000;

test("300 mutated sample articles: no crash, no hang, every offset in range", async () => {
  const failures: string[] = [];
  for (const c of fuzzCases(await sampleTexts(), 300)) {
    const label = `#${c.n} ${c.mutation} of ${c.input}`;
    const started = performance.now();
    try {
      const article = readArticleText(c.text, `fuzz-${c.n}`, { overrides: c.published ? { published: c.published } : {} });
      const doc = pipeline.annotate(article);
      const ms = performance.now() - started;
      if (ms > SLOW_MS) failures.push(`${label}: took ${Math.round(ms)} ms`);
      for (const bad of spansOutOfRange(doc)) failures.push(`${label}: ${bad}`);
    } catch (e) {
      // An input that ingest rightly refuses (only control characters, say) is not a crash.
      if ((e as { code?: string }).code?.startsWith("INPUT_")) continue;
      failures.push(`${label}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
});

test("every text cut right after a comma of the samples is annotated (the attributionFollows crash)", async () => {
  const samples = await sampleTexts();
  let cuts = 0;
  for (const sample of samples) {
    for (const m of sample.text.matchAll(/,/g)) {
      pipeline.annotate(readArticleText(sample.text.slice(0, m.index! + 1), `${sample.input}@${m.index}`));
      cuts++;
    }
  }
  assert.ok(cuts > 50, `only ${cuts} cuts tried`);
  const doc = pipeline.annotate(readArticleText("Russian forces attacked Kyiv,", "stdin"));
  assert.equal(doc.events[0]?.type, "ASSAULT");
});
