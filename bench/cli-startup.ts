// Benchmark: how long the CLI takes to answer, as a ratio to a bare `node -e 0` timed in the same run
// (the machine's load moves both alike). Median of 5 runs of each, taken in interleaved rounds.
//
//   npm run bench:startup                          # ./bin/sitrep (compiled JavaScript: run npm run build:cli)
//   npm run bench:startup -- --compare OTHER/bin/sitrep   # and another build of sitrep, side by side
//
// The sample store is the bundled samples/ ingested into a temporary SQLite file first (not timed).
// Targets (issue 16): --help at most 3x, annotate of one sample article at most 10x, events at most 6x.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: flags } = parseArgs({ options: { compare: { type: "string" }, runs: { type: "string", default: "5" } } });
const ROOT = new URL("../", import.meta.url).pathname;
const SITREP = join(ROOT, "bin/sitrep");
const ARTICLE = join(ROOT, "samples/2025-08-15-alaska-summit.txt");
const RUNS = Number(flags.runs);

interface Case {
  label: string;
  args: string[];
  target?: number;
}

function cases(db: string): Case[] {
  return [
    { label: "--help", args: ["--help"], target: 3 },
    { label: "annotate (one sample article)", args: ["annotate", ARTICLE], target: 10 },
    { label: "events (sample store)", args: ["events", "--db", db], target: 6 },
    { label: "export --format geojson", args: ["export", "--format", "geojson", "--db", db] },
  ];
}

function timeRun(command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), "sitrep-startup-"));
try {
  const db = join(dir, "samples.db");
  const ingest = spawnSync(SITREP, ["ingest", join(ROOT, "samples"), "--db", db], { stdio: ["ignore", "ignore", "inherit"] });
  if (ingest.status !== 0) throw new Error("could not ingest the samples");
  const clis: Array<[string, string]> = [["sitrep", SITREP]];
  if (flags.compare) clis.push(["compared", flags.compare]);
  const times = new Map<string, number[]>();
  const record = (key: string, ms: number) => times.set(key, [...(times.get(key) ?? []), ms]);
  for (let round = 0; round < RUNS; round++) {
    record("node -e 0", timeRun(process.execPath, ["-e", "0"]));
    for (const [name, cli] of clis) for (const c of cases(db)) record(`${name} ${c.label}`, timeRun(cli, c.args));
  }
  const base = median(times.get("node -e 0")!);
  console.log(`node -e 0: ${base.toFixed(0)} ms (median of ${RUNS})\n`);
  console.log(["command".padEnd(48), "median ms".padStart(10), "ratio".padStart(7), "target".padStart(7)].join(""));
  for (const [name] of clis) {
    for (const c of cases(db)) {
      const ms = median(times.get(`${name} ${c.label}`)!);
      const ratio = ms / base;
      const verdict = c.target === undefined ? "" : `${ratio <= c.target ? "≤" : ">"}${c.target}x`;
      console.log([`${name} ${c.label}`.padEnd(48), ms.toFixed(0).padStart(10), `${ratio.toFixed(1)}x`.padStart(7), verdict.padStart(7)].join(""));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
