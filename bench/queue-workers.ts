// Work-queue throughput with 1 and with 2 worker processes, side by side, on PostgreSQL:
//
//   node --import tsx bench/queue-workers.ts [articles=600] [--processes 1,2] [--db postgres://...]
//
// For each count of processes: a fresh schema, the generated corpus enqueued, that many
// `sitrep worker --workers 1 --exit-when-done` started at once. Throughput is jobs over the time from
// the first job taken to the last one done (from the queue's own timestamps), so that process start-up
// (loading the model) is left out; wall time with start-up is shown too.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { writeCorpus } from "./ingest-corpus.ts";

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { db: { type: "string" }, processes: { type: "string" } } });
const n = Number(positionals[0] ?? 600);
const base = flags.db ?? "postgres://postgres@127.0.0.1:5432/test";
const SITREP = new URL("../bin/sitrep", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "sitrep-queue-bench-"));
writeCorpus(join(dir, "articles"), n);

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(SITREP, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`sitrep ${args[0]} exited ${code}: ${stderr}`))));
  });
}

const admin = new pg.Client({ connectionString: base });
await admin.connect();
try {
  for (const processes of (flags.processes ?? "1,2").split(",").map(Number)) {
    const schema = `sitrep_bench_${randomBytes(4).toString("hex")}`;
    const db = `${base}${base.includes("?") ? "&" : "?"}schema=${schema}`;
    try {
      await run(["enqueue", join(dir, "articles"), "--db", db]);
      const load = loadavg()[0];
      const started = Date.now();
      await Promise.all(Array.from({ length: processes }, () => run(["worker", "--db", db, "--workers", "1", "--exit-when-done"])));
      const wall = (Date.now() - started) / 1000;
      const { rows: [span] } = await admin.query(
        `SELECT count(*)::int AS jobs, extract(epoch FROM max(completed_on) - min(started_on))::float AS seconds
         FROM ${schema}.job WHERE state = 'completed'`,
      );
      const { rows: [docs] } = await admin.query(`SELECT count(*)::int AS n FROM ${schema}.documents`);
      console.log(
        `${processes} worker process${processes > 1 ? "es" : ""}: ${span.jobs} jobs, ${docs.n} documents in ${span.seconds.toFixed(1)} s ` +
          `= ${(span.jobs / span.seconds).toFixed(1)} articles/s (wall with start-up ${wall.toFixed(1)} s; load average ${load.toFixed(1)} -> ${loadavg()[0].toFixed(1)})`,
      );
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  }
} finally {
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
