// Benchmark: the syntax stage side by side with what it is built on, in one run over the same text.
//
//   node --import tsx bench/syntax.ts [--mb 2] [--rounds 3] [--baseline DIR]...
//
// DIR is another checkout with its own node_modules, for example the code before the syntax stage
// (`git worktree add /tmp/base 00a4bae`) or before a change to the stage: its pipeline (and its
// syntax stage, where it has one) runs in the same process over the same text. Give --baseline
// more than once to compare several; the passes of every checkout alternate within each round.
//
// Passes, each over the same in-memory corpus (the bundled samples and, when present, the dev
// articles, repeated to the size asked for):
//   wink-nlp's own pipeline (sentences, POS)          the floor of anything built on it
//   tagger + parser alone, on segmented sentences     the syntax stage's own cost
//   annotate with each --baseline checkout             the pipeline as it was
//   its tagger + parser alone, where it has them       the stage as it was
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

const { values: flags } = parseArgs({ options: { mb: { type: "string", default: "2" }, rounds: { type: "string", default: "3" }, baseline: { type: "string", multiple: true } } });
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

/** Runs each pass `rounds` times, the passes alternating within a round, and keeps each one's best. */
function measureAll(runs: Array<{ name: string; unit: string; run: () => number }>): Pass[] {
  const best: Array<Pass | undefined> = runs.map(() => undefined);
  for (let round = 0; round < Number(flags.rounds); round++) {
    runs.forEach(({ name, unit, run }, i) => {
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      const count = run();
      const cpu = process.cpuUsage(cpu0);
      const pass = { name, unit, count, cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wall0) / 1000 };
      if (!best[i] || pass.cpu < best[i]!.cpu) best[i] = pass;
    });
  }
  return best.map((p) => p!);
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
const baselines = await Promise.all((flags.baseline ?? []).map(async (dir) => ({ dir, ...(await baselineCode(dir)) })));

/** The pipeline of another checkout, with its own knowledge base, and its syntax stage where it has one. */
async function baselineCode(dir: string): Promise<{ annotate(a: Article): unknown; parseSegments?: (text: string, segments: unknown) => unknown }> {
  const pipeline = await import(join(dir, "src/pipeline/index.ts"));
  const kbModule = await import(join(dir, "src/kb/index.ts"));
  const built = pipeline.buildPipeline({ kb: kbModule.loadKnowledgeBase({}) });
  const syntaxPath = join(dir, "src/syntax/index.ts");
  if (!existsSync(syntaxPath)) return { annotate: (a) => built.annotate(a) };
  const syntax = await import(syntaxPath);
  syntax.syntaxModel();
  return { annotate: (a) => built.annotate(a), parseSegments: syntax.parseSegments };
}
let tokens = 0;
for (const { segments } of segmented) tokens += segments.tokens.pos.filter((p) => p !== "SPACE").length;

const passes = measureAll([
  { name: "wink-nlp's own pipeline (sentences, POS, tokens out)", unit: "words", run: () => {
    for (const a of articles) nlp.readDoc(a.text).tokens().out(its.pos);
    return totalWords;
  } },
  { name: "syntax stage alone: tagger + parser on segmented text", unit: "tokens", run: () => {
    for (const { text, segments } of segmented) parseSegments(text, segments);
    return tokens;
  } },
  { name: "annotate with the syntax stage", unit: "words", run: () => {
    for (const a of articles) withSyntax.annotate(a);
    return totalWords;
  } },
  ...baselines.flatMap((b) => [
    { name: `annotate, ${b.dir}`, unit: "words", run: () => {
      for (const a of articles) b.annotate(a);
      return totalWords;
    } },
    ...(b.parseSegments ? [{ name: `syntax stage alone, ${b.dir}`, unit: "tokens", run: () => {
      // The other checkout segments as this one does: the same tokens, read through its own stage.
      for (const { text, segments } of segmented) b.parseSegments!(text, segments);
      return tokens;
    } }] : []),
  ]),
]);
const rate = (p: Pass) => p.count / p.cpu;
console.log("\n| pass | per CPU second | wall s | ratio to wink |");
console.log("|---|---|---|---|");
for (const p of passes) console.log(`| ${p.name} | ${Math.round(rate(p)).toLocaleString("en")} ${p.unit}/s | ${p.wall.toFixed(2)} | ${(rate(p) / rate(passes[0])).toFixed(3)} |`);
for (const p of passes.slice(3)) {
  const mine = p.unit === "tokens" ? passes[1] : passes[2];
  console.log(`${mine.name} / ${p.name}: ${(rate(mine) / rate(p)).toFixed(3)}`);
}
console.log(`RSS before the syntax model ${rssBeforeModel} MB, after ${rssAfterModel} MB (+${rssAfterModel - rssBeforeModel} MB); peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
