// Export benchmark: `node --import tsx bench/export.ts [events=10000] [--db PATH]`. Fills a fresh
// SQLite store with generated events (or uses the store given), then runs `sitrep export` in every
// format as a user runs it and reports, per format, the wall time (process start included), the
// size of the file and the resident memory of the process over the run (sampled from /proc), to show
// that it stays flat as the export streams; then the time of the export alone, in this process.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { exportAs, EXPORT_FORMATS } from "../src/export/index.ts";
import { openStore } from "../src/store/index.ts";
import { generatedDocuments } from "../test/ui/generated.ts";

const events = Number(process.argv[2] ?? 10000);
const dbFlag = process.argv.indexOf("--db");
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-export-"));
const db = dbFlag > 0 ? process.argv[dbFlag + 1]! : join(dir, "bench.db");
if (dbFlag < 0) {
  const filling = Date.now();
  const store = await openStore(db);
  for (const doc of generatedDocuments(events)) await store.addDocument(doc);
  console.log(`store: ${(await store.stats()).events} fused events from ${events} generated, filled in ${((Date.now() - filling) / 1000).toFixed(1)} s`);
  await store.close();
}

console.log(`machine load average (1 min) at start: ${loadavg()[0].toFixed(1)}`);
console.log("format      seconds  MB out  RSS MB at 25/50/75/100% of the run, peak");
for (const format of EXPORT_FORMATS) {
  const out = join(dir, `export.${format}`);
  const started = Date.now();
  const child = spawn(new URL("../bin/sitrep", import.meta.url).pathname, ["export", "--format", format, "--all", "--db", db, "--out", out], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const samples: number[] = [];
  const sampler = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
      if (kb) samples.push(kb / 1024);
    } catch {
      // the process has ended between two samples
    }
  }, 100);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  if (code !== 0) {
    process.stderr.write(stderr);
    process.exitCode = code;
    continue;
  }
  const seconds = (Date.now() - started) / 1000;
  const quartile = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]?.toFixed(0);
  console.log(`${format.padEnd(10)} ${seconds.toFixed(2).padStart(8)}  ${(statSync(out).size / 2 ** 20).toFixed(1).padStart(6)}  ${quartile(0.25)} / ${quartile(0.5)} / ${quartile(0.75)} / ${quartile(0.999)}, peak ${Math.max(...samples).toFixed(0)}`);
}

console.log("in process (no start-up), to a sink that drops the bytes:");
const store = await openStore(db);
for (const format of EXPORT_FORMATS) {
  const started = process.hrtime.bigint();
  await exportAs(store, format, { write: () => true }, { all: true });
  console.log(`${format.padEnd(10)} ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2).padStart(8)} s`);
}
await store.close();
rmSync(dir, { recursive: true, force: true });

