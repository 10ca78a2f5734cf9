// Export throughput at scale, this checkout against another one (the code before a change), in the
// same run, on stores filled by bench/fill-store.ts:
//
//   node --import tsx bench/export-scale.ts --before DIR --db STORE [--db STORE ...] [--format jsonl]
//
// DIR is a checkout of the other code with its node_modules (e.g. `git archive PARENT | tar -x -C DIR`
// and a link to this node_modules); STORE a SQLite file or a PostgreSQL URL, at the other code's schema.
// A SQLite store is copied for each code; a PostgreSQL one is exported by the other code first. This
// code then opens it (its migrations run then, timed on their own) and exports it. Each export is
// `sitrep export --format F --out /dev/null` from the checkout's sources (both through tsx), under
// /usr/bin/time: wall seconds, events a second, peak RSS.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openStore } from "../src/store/index.ts";

const { values: flags } = parseArgs({
  options: { before: { type: "string" }, db: { type: "string", multiple: true }, format: { type: "string" } },
});
if (!flags.before || !flags.db?.length) throw new Error("usage: --before DIR --db STORE [--db STORE ...] [--format jsonl]");
const format = flags.format ?? "jsonl";
const codes = { before: resolve(flags.before), after: resolve(new URL("..", import.meta.url).pathname) };
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-export-scale-"));

/** A copy of a SQLite store (and its WAL, if another process left one). */
function copyStore(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

function exportOnce(code: string, db: string): { seconds: number; peakMb: number } {
  const report = join(dir, "time.txt");
  execFileSync("/usr/bin/time", ["-o", report, "-f", "%e %M", process.execPath, "--import", "tsx", join(code, "src/cli/main.ts"),
    "export", "--format", format, "--db", db, "--out", "/dev/null"], { cwd: code, stdio: ["ignore", "ignore", "inherit"] });
  const [seconds, kb] = execFileSync("tail", ["-1", report], { encoding: "utf8" }).trim().split(" ").map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

console.log(`export --format ${format}; load average (1 min) at start ${loadavg()[0].toFixed(1)}`);
try {
  for (const db of flags.db) {
    // A PostgreSQL store is read by the other code first, then migrated by this code and read again.
    const postgres = db.startsWith("postgres");
    const stores = postgres ? { before: db, after: db } : { before: join(dir, `before-${basename(db)}`), after: join(dir, `after-${basename(db)}`) };
    if (!postgres) {
      copyStore(db, stores.before);
      copyStore(db, stores.after);
    }
    const before = exportOnce(codes.before, stores.before);
    const opening = Date.now();
    const store = await openStore(stores.after);
    const { events } = await store.stats();
    await store.close();
    const migration = (Date.now() - opening) / 1000;
    const after = exportOnce(codes.after, stores.after);
    console.log(`${postgres ? "PostgreSQL store" : basename(db)}: ${events} events; opening it with this code (its migrations included): ${migration.toFixed(1)} s`);
    for (const [name, { seconds, peakMb }] of Object.entries({ before, after })) {
      console.log(`  ${name.padEnd(6)} ${seconds.toFixed(1).padStart(7)} s  ${(events / seconds).toFixed(0).padStart(6)} events/s  peak RSS ${peakMb.toFixed(0)} MB`);
    }
    if (!postgres) for (const path of Object.values(stores)) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
  console.log(`load average (1 min) at the end ${loadavg()[0].toFixed(1)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
