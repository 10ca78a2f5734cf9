// Benchmark: CPU time of each pipeline stage over the evaluation articles, for this checkout and any
// number of others side by side (their own stages and knowledge base), the passes alternating.
//
//   node --import tsx bench/stages.ts [--rounds 3] [--baseline DIR]...
//
// DIR is another checkout with its node_modules (`git worktree add DIR COMMIT`, `cp -al node_modules
// DIR/`). Prints, for each checkout and stage, the best round's milliseconds per 1,000 words.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: flags } = parseArgs({ options: { rounds: { type: "string", default: "3" }, baseline: { type: "string", multiple: true } } });
const ROOT = new URL("../", import.meta.url).pathname;
const ARTICLE_DIRS = [join(ROOT, "../shared/eval/dev/articles"), join(ROOT, "eval/own/articles"), join(ROOT, "eval/fresh/articles")];
const files = ARTICLE_DIRS.flatMap((dir) => readdirSync(dir).sort().map((f) => join(dir, f)));

interface Checkout { name: string; annotate: (raw: string, input: string) => void; stageMs: Map<string, number> }

async function checkout(dir: string, name: string): Promise<Checkout> {
  const { buildPipeline, DEFAULT_STAGES } = await import(join(dir, "src/pipeline/index.ts"));
  const { loadKnowledgeBase } = await import(join(dir, "src/kb/index.ts"));
  const { readArticleText } = await import(join(dir, "src/ingest/index.ts"));
  const stageMs = new Map<string, number>();
  type Stage = { name: string; run: (doc: unknown, ctx: unknown) => unknown };
  const timed = DEFAULT_STAGES.map((stage: Stage) => ({
    ...stage,
    run(doc: unknown, ctx: unknown) {
      const started = process.cpuUsage();
      const layer = stage.run(doc, ctx);
      const used = process.cpuUsage(started);
      stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + (used.user + used.system) / 1000);
      return layer;
    },
  }));
  const pipeline = buildPipeline({ kb: loadKnowledgeBase() }, timed);
  return { name, annotate: (raw, input) => pipeline.annotate(readArticleText(raw, input)), stageMs };
}

const checkouts = [await checkout(ROOT, "this checkout"), ...await Promise.all((flags.baseline ?? []).map((dir) => checkout(dir, dir)))];
const texts = files.map((f) => ({ raw: readFileSync(f, "utf8"), input: f }));
const words = texts.reduce((n, t) => n + t.raw.split(/\s+/).length, 0);
// A first pass loads lexicons and models: not counted.
for (const c of checkouts) for (const t of texts) c.annotate(t.raw, t.input);
const best = checkouts.map(() => new Map<string, number>());
for (let round = 0; round < Number(flags.rounds); round++) {
  checkouts.forEach((c, i) => {
    c.stageMs.clear();
    for (const t of texts) c.annotate(t.raw, t.input);
    for (const [stage, ms] of c.stageMs) best[i].set(stage, Math.min(best[i].get(stage) ?? Infinity, ms));
  });
}
console.log(`${files.length} articles, ${words.toLocaleString("en")} words; CPU ms per 1,000 words, best of ${flags.rounds} rounds\n`);
const stages = [...new Set(best.flatMap((b) => [...b.keys()]))];
console.log(`| stage | ${checkouts.map((c) => c.name).join(" | ")} |`);
console.log(`|---|${checkouts.map(() => "---").join("|")}|`);
for (const stage of stages) console.log(`| ${stage} | ${best.map((b) => (b.has(stage) ? ((b.get(stage)! * 1000) / words).toFixed(2) : "-")).join(" | ")} |`);
