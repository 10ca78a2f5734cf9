// Bounded work: time and peak memory of `annotate` on very large articles and on deeply nested HTML,
// each case in a fresh process (peak RSS is per process).
//
//   nice -n 10 node --import tsx bench/bounded-work.ts                      # every case below
//   nice -n 10 node --import tsx bench/bounded-work.ts --cases mb:1,mb:4,depth:1000
//
// mb:N is a plain-text article of N MB made of the bundled samples' paragraphs, read by ingest and
// annotated whole, its JSON serialised as `sitrep annotate` does; depth:N is an HTML page whose one
// paragraph sits inside N nested <div>s. The target: the 45 MB article in under 10 times the 4 MB
// time, under 2 GB; every depth in well under a second.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readArticles } from "../src/ingest/index.ts";
import { loadKnowledgeBase } from "../src/kb/index.ts";
import { buildPipeline } from "../src/pipeline/index.ts";
import { sampleTexts } from "../test/pipeline/fuzz-inputs.ts";

const { values: flags } = parseArgs({
  options: { cases: { type: "string", default: "mb:1,mb:4,mb:16,mb:45,depth:100,depth:1000,depth:10000,depth:100000" }, one: { type: "string" } },
});

interface Figures { case: string; chars: number; readMs: number; annotateMs: number; totalMs: number; peakRssMb: number; entities: number; events: number }

if (flags.one) {
  console.log(JSON.stringify(await runCase(flags.one)));
} else {
  console.log("case           chars        read s   annotate s  total s   peak RSS MB  entities  events");
  for (const name of flags.cases!.split(",")) {
    const child = spawnSync(process.execPath, ["--import", "tsx", new URL(import.meta.url).pathname, "--one", name], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.log(`${name.padEnd(14)} failed: ${child.stderr.trim().split("\n").slice(-3).join(" | ")}`);
      continue;
    }
    const f = JSON.parse(child.stdout.trim().split("\n").pop()!) as Figures;
    const s = (ms: number) => (ms / 1000).toFixed(2).padStart(9);
    console.log(`${f.case.padEnd(14)} ${String(f.chars).padStart(10)} ${s(f.readMs)} ${s(f.annotateMs)} ${s(f.totalMs)} ${String(f.peakRssMb).padStart(12)} ${String(f.entities).padStart(9)} ${String(f.events).padStart(7)}`);
  }
}

async function runCase(name: string): Promise<Figures> {
  const [kind, size] = name.split(":") as [string, string];
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
  try {
    const file = join(dir, kind === "mb" ? "long.txt" : "deep.html");
    writeFileSync(file, kind === "mb" ? await longArticle(Number(size) * 2 ** 20) : deepPage(Number(size)));
    const pipeline = buildPipeline({ kb: loadKnowledgeBase() });
    const started = performance.now();
    let readMs = 0, annotateMs = 0, chars = 0, entities = 0, events = 0;
    for await (const result of readArticles([file], { maxBytes: 2 ** 30 })) {
      readMs = performance.now() - started;
      if ("error" in result) throw result.error;
      const t = performance.now();
      const doc = pipeline.annotate(result.article);
      JSON.stringify(doc);
      annotateMs = performance.now() - t;
      chars = doc.text.length;
      entities = doc.entities.length;
      events = doc.events.length;
    }
    return { case: name, chars, readMs, annotateMs, totalMs: performance.now() - started, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), entities, events };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Paragraphs of the samples, in a shuffled round, until `bytes`; one publication date for all. */
async function longArticle(bytes: number): Promise<string> {
  const paragraphs = (await sampleTexts()).flatMap((s) => s.text.split(/\n\n+/)).filter((p) => p.length > 40);
  const parts = ["---\ntitle: A very long article\npublished: 2025-08-16\n---\n"];
  let size = parts[0]!.length;
  for (let n = 0; size < bytes; n++) {
    const p = paragraphs[(n * 7919) % paragraphs.length]!;
    parts.push(p, "\n\n");
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("");
}

function deepPage(depth: number): string {
  return `<html><head><title>Deep</title></head><body>${"<div>".repeat(depth)}<p>Russian forces attacked Kyiv on Monday, Ukrainian officials said.</p>${"</div>".repeat(depth)}</body></html>`;
}
