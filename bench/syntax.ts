// Benchmark: the syntax stage side by side with what it is built on, in one run over the same text.
//
//   node --import tsx bench/syntax.ts [--mb 2] [--rounds 3] [--baseline DIR]
//
// DIR is a checkout of the code before the syntax stage (for example `git worktree add /tmp/base
// 00a4bae`, with its own node_modules): its pipeline runs in the same process over the same text.
//
// Passes, each over the same in-memory corpus (the bundled samples and, when present, the dev
// articles, repeated to the size asked for):
//   wink-nlp's own pipeline (sentences, POS)          the floor of anything built on it
//   tagger + parser alone, on segmented sentences     the syntax stage's own cost
//   annotate with the code before the stage (--baseline) the pipeline as it was
//   annotate with the syntax stage                    the pipeline now
// Each figure is words (or tokens) per second of CPU time of this process (process.cpuUsage), the
// best of the rounds, so that other work on a shared machine does not count against it; wall time
// is printed beside it. Memory: RSS before and after the model loads, and the peak.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { readArticleText } from "../src/ingest/index.ts";
import { loadKnowledgeBase } from "../src/kb/index.ts";
import type { Article } from "../src/model/index.ts";
import { buildPipeline } from "../src/pipeline/index.ts";
import { segmentText } from "../src/segment/index.ts";

const { values: flags } = parseArgs({ options: { mb: { type: "string", default: "2" }, rounds: { type: "string", default: "3" }, baseline: { type: "string" } } });
const ROOT = new URL("../", import.meta.url).pathname;
const MB = 1024 * 1024;
const rssMb = () => Math.round(process.memoryUsage().rss / MB);

function corpus(bytes: number): Article[] {
  const dirs = [join(ROOT, "samples"), join(ROOT, "../shared/eval/dev/articles")].filter(existsSync);
  const seeds = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readArticleText(readFileSync(join(d, f), "utf8"), join(d, f))));
  const out: Article[] = [];
  for (let size = 0; size < bytes; ) {
    const a = seeds[out.length % seeds.length];
    out.push(a);
    size += a.text.length;
  }
  return out;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Pass { name: string; unit: string; count: number; cpu: number; wall: number }

function measure(name: string, unit: string, run: () => number): Pass {
  let best: Pass | undefined;
  for (let round = 0; round < Number(flags.rounds); round++) {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const count = run();
    const cpu = process.cpuUsage(cpu0);
    const pass = { name, unit, count, cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wall0) / 1000 };
    if (!best || pass.cpu < best.cpu) best = pass;
  }
  return best!;
}

const articles = corpus(Number(flags.mb) * MB);
const totalWords = articles.reduce((n, a) => n + words(a.text), 0);
console.log(`corpus: ${articles.length} articles, ${totalWords.toLocaleString("en")} words; node ${process.version}, one thread`);

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
const segmented = articles.map((a) => ({ text: a.text, segments: segmentText(a.text) }));
const rssBeforeModel = rssMb();
const { parseSegments, syntaxModel } = await import("../src/syntax/index.ts");
syntaxModel();
const rssAfterModel = rssMb();
const kb = loadKnowledgeBase({});
const withSyntax = buildPipeline({ kb });
const baseline = flags.baseline ? await baselinePipeline(flags.baseline) : undefined;

/** The pipeline of another checkout (the code before the change), with its own knowledge base. */
async function baselinePipeline(dir: string): Promise<{ annotate(a: Article): unknown }> {
  const pipeline = await import(join(dir, "src/pipeline/index.ts"));
  const kbModule = await import(join(dir, "src/kb/index.ts"));
  return pipeline.buildPipeline({ kb: kbModule.loadKnowledgeBase({}) });
}
let tokens = 0;
for (const { segments } of segmented) tokens += segments.tokens.pos.filter((p) => p !== "SPACE").length;

const passes = [
  measure("wink-nlp's own pipeline (sentences, POS, tokens out)", "words", () => {
    for (const a of articles) nlp.readDoc(a.text).tokens().out(its.pos);
    return totalWords;
  }),
  measure("syntax stage alone: tagger + parser on segmented text", "tokens", () => {
    for (const { text, segments } of segmented) parseSegments(text, segments);
    return tokens;
  }),
  measure("annotate with the syntax stage", "words", () => {
    for (const a of articles) withSyntax.annotate(a);
    return totalWords;
  }),
  ...(baseline ? [measure(`annotate, the code before the stage (${flags.baseline})`, "words", () => {
    for (const a of articles) baseline.annotate(a);
    return totalWords;
  })] : []),
];
const rate = (p: Pass) => p.count / p.cpu;
console.log("\n| pass | per CPU second | wall s | ratio to wink |");
console.log("|---|---|---|---|");
for (const p of passes) console.log(`| ${p.name} | ${Math.round(rate(p)).toLocaleString("en")} ${p.unit}/s | ${p.wall.toFixed(2)} | ${(rate(p) / rate(passes[0])).toFixed(3)} |`);
if (passes[3]) console.log(`\nannotate now / before the stage: ${(rate(passes[2]) / rate(passes[3])).toFixed(3)}`);
console.log(`RSS before the syntax model ${rssBeforeModel} MB, after ${rssAfterModel} MB (+${rssAfterModel - rssBeforeModel} MB); peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
