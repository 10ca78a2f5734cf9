// Ingest benchmark: `node --import tsx bench/ingest.ts [articles=20000] [--db URL]`. Generates a
// corpus, runs `sitrep ingest` on it into a fresh store and reports articles/s, words/s and the
// resident memory of the process over the run (sampled from /proc), to show that it stays flat.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "./ingest-corpus.ts";

const n = Number(process.argv[2] ?? 20000);
const dbFlag = process.argv.indexOf("--db");
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
const db = dbFlag > 0 ? process.argv[dbFlag + 1] : join(dir, "bench.db");
writeCorpus(join(dir, "articles"), n);

const loadAtStart = loadavg()[0];
const started = Date.now();
const child = spawn(new URL("../bin/sitrep", import.meta.url).pathname, ["ingest", "--db", db, join(dir, "articles")], { stdio: ["ignore", "ignore", "pipe"] });
let stderr = "";
child.stderr.on("data", (d) => (stderr += d));
const samples: Array<{ s: number; mb: number }> = [];
const sampler = setInterval(() => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
    samples.push({ s: (Date.now() - started) / 1000, mb: kb / 1024 });
  } catch {
    // the process has ended between two samples
  }
}, 250);
const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
clearInterval(sampler);
const seconds = (Date.now() - started) / 1000;
if (code !== 0) process.stderr.write(stderr);
const summary = stderr.trim().split("\n").pop() ?? "";
const words = Number(/([\d,]+) words\/s/.exec(summary)?.[1]?.replace(/,/g, "")) * Number(/in ([\d.]+) s/.exec(summary)?.[1]);
const quartile = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]?.mb.toFixed(0);
console.log(summary);
console.log(`${n} articles, ${Math.round(words)} words in ${seconds.toFixed(1)} s wall (process start included): ${(n / seconds).toFixed(0)} articles/s, ${(words / seconds).toFixed(0)} words/s`);
console.log(`machine load average (1 min) at start / end: ${loadAtStart.toFixed(1)} / ${loadavg()[0].toFixed(1)}`);
console.log(`RSS MB at 25/50/75/100% of the run: ${quartile(0.25)} / ${quartile(0.5)} / ${quartile(0.75)} / ${quartile(0.999)}; peak ${Math.max(...samples.map((s) => s.mb)).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
process.exit(code);
