// Fuzz benchmark: annotate N hostile variants of the bundled samples (the generator of
// test/pipeline/fuzz.test.ts, same seed) and count crashes, hangs and spans out of range.
//
//   nice -n 10 node --import tsx bench/fuzz.ts               # 10,000 inputs, seed 14
//   nice -n 10 node --import tsx bench/fuzz.ts --count 1000 --seed 7
//
// A crash is any error other than ingest refusing the input (INPUT_*); a hang is an input that
// takes over --slow-ms. Each failure is printed with its number, so it can be replayed.
import { parseArgs } from "node:util";
import { readArticleText } from "../src/ingest/index.ts";
import { loadKnowledgeBase } from "../src/kb/index.ts";
import { buildPipeline } from "../src/pipeline/index.ts";
import { fuzzCases, sampleTexts, spansOutOfRange } from "../test/pipeline/fuzz-inputs.ts";

const { values: flags } = parseArgs({
  options: { count: { type: "string", default: "10000" }, seed: { type: "string", default: "14" }, "slow-ms": { type: "string", default: "5000" } },
});
const count = Number(flags.count);
const slowMs = Number(flags["slow-ms"]);

const pipeline = buildPipeline({ kb: loadKnowledgeBase() });
// Models a stage loads on its first document (the parser's) are loaded here, outside the timing.
pipeline.annotate(readArticleText("Finland and Sweden signed a pact on Monday.", "warm-up"));
const tally = { inputs: 0, annotated: 0, refused: 0, crashes: 0, hangs: 0, outOfRange: 0, chars: 0 };
const times: number[] = [];
const started = performance.now();
for (const c of fuzzCases(await sampleTexts(), count, Number(flags.seed))) {
  tally.inputs++;
  tally.chars += c.text.length;
  const label = `#${c.n} ${c.mutation} of ${c.input}`;
  const t0 = performance.now();
  try {
    const doc = pipeline.annotate(readArticleText(c.text, `fuzz-${c.n}`, { overrides: c.published ? { published: c.published } : {} }));
    tally.annotated++;
    const bad = spansOutOfRange(doc);
    if (bad.length) {
      tally.outOfRange++;
      console.log(`out of range: ${label}: ${bad[0]}`);
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith("INPUT_")) tally.refused++;
    else {
      tally.crashes++;
      console.log(`crash: ${label}: ${(e as Error).message}`);
    }
  }
  const ms = performance.now() - t0;
  times.push(ms);
  if (ms > slowMs) {
    tally.hangs++;
    console.log(`hang: ${label}: ${Math.round(ms)} ms`);
  }
}
times.sort((a, b) => a - b);
const seconds = (performance.now() - started) / 1000;
console.log(`${tally.inputs} inputs (${(tally.chars / 1e6).toFixed(1)}M chars) in ${seconds.toFixed(1)} s: ${tally.annotated} annotated, ${tally.refused} refused by ingest, ` +
  `${tally.crashes} crashes, ${tally.hangs} hangs (over ${slowMs} ms), ${tally.outOfRange} with offsets out of range; ` +
  `per input median ${times[times.length >> 1]!.toFixed(1)} ms, p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms; ` +
  `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
