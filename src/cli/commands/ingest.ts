import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { AppError } from "../../model/index.ts";
import { openStore } from "../../store/index.ts";
import { loadCorpus, type LoadProgress } from "../../store/load-corpus.ts";
import { DB_OPTION, KB_OPTION, type CommandSpec } from "../command.ts";
import { ingestOptions, INGEST_OPTIONS } from "../meta-options.ts";
import { reportInputError, reportInputWarning } from "../report.ts";

export const ingestCommand: CommandSpec = {
  args: "<inputs...>",
  options: [
    DB_OPTION,
    { flags: "--workers <n>", description: "annotating threads (default and most: one per core)" },
    ...INGEST_OPTIONS,
    KB_OPTION,
  ],
  async run(inputs, options) {
    const workers = workerCount(options.workers);
    const store = await openStore(options.db as string | undefined);
    const progress = new ProgressLine(countLocalFiles(inputs));
    try {
      const result = await loadCorpus(store, inputs, {
        ...ingestOptions(options),
        workers,
        kbPaths: options.kb as string[] | undefined,
        onProgress: (p) => progress.update(p),
        onError: (e) => progress.interrupt(() => reportInputError(e, options)),
        onWarning: (input, warning) => progress.interrupt(() => process.stderr.write(`sitrep: ${input}: warning: ${warning}\n`)),
      });
      progress.finish(result, store.location);
      // Fused as they came, the new documents' actors and events depend on their order (and on other
      // writers'): fusing again in a canonical order makes the corpus the same however it was ingested.
      const started = Date.now();
      const refused = await store.refuse({ onlyWhenNeeded: true });
      if (refused) process.stderr.write(`sitrep: ingest: ${refused} documents fused in canonical order in ${((Date.now() - started) / 1000).toFixed(1)} s
`);
      return result.failed ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

/**
 * Threads beyond the cores gain nothing and each holds its own model (~100 MB): the count is capped,
 * with a message, at one per core.
 */
function workerCount(option: unknown): number | undefined {
  if (option === undefined) return undefined;
  const asked = Number(option);
  if (!(Number.isInteger(asked) && asked > 0)) throw new AppError("BAD_ARGUMENT", `"${String(option)}" is not a number of threads`, "--workers");
  const cores = availableParallelism();
  if (asked <= cores) return asked;
  reportInputWarning("--workers", `${asked} threads asked for, but this machine has ${cores} cores: using ${cores}`);
  return cores;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
 * otherwise (logs, CI), and a summary at the end either way.
 */
class ProgressLine {
  private readonly tty = Boolean(process.stderr.isTTY);
  private readonly inputsDone = new Set<string>();
  private lastDraw = Date.now();
  private drawn = false;

  constructor(private readonly totalInputs: number | undefined) {}

  update(p: LoadProgress): void {
    this.inputsDone.add(p.input.replace(/#.*$/, ""));
    const now = Date.now();
    if (now - this.lastDraw < (this.tty ? 100 : 5000)) return;
    this.lastDraw = now;
    if (this.tty) {
      process.stderr.write(`\r\x1b[K${this.bar()}${counts(p)}`);
      this.drawn = true;
    } else process.stderr.write(`sitrep: ingest: ${counts(p)}\n`);
  }

  /** Writes a message on its own line, then lets the bar be redrawn below it. */
  interrupt(write: () => void): void {
    if (this.drawn) process.stderr.write("\r\x1b[K");
    this.drawn = false;
    write();
    if (this.tty) this.lastDraw = 0;
  }

  finish(p: LoadProgress, location: string): void {
    if (this.drawn) process.stderr.write("\r\x1b[K");
    process.stderr.write(`sitrep: ingest: ${counts(p)} into ${location}\n`);
  }

  private bar(): string {
    if (!this.totalInputs) return "";
    const share = Math.min(1, this.inputsDone.size / this.totalInputs);
    const width = 24;
    const full = Math.round(share * width);
    return `[${"#".repeat(full)}${"-".repeat(width - full)}] ${Math.round(share * 100)}% of ${this.totalInputs} files · `;
  }
}

function counts(p: LoadProgress): string {
  const seconds = Math.max(p.elapsedMs, 1) / 1000;
  const rate = (n: number) => Math.round(n / seconds).toLocaleString("en-US");
  return `${p.stored} stored, ${p.skipped} already there, ${p.failed} failed in ${seconds.toFixed(1)} s (${rate(p.stored)} articles/s, ${rate(p.words)} words/s)`;
}

/** How many files the local inputs hold (for the bar), or undefined when some input is a URL or stdin. */
function countLocalFiles(inputs: string[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    try {
      if (!statSync(input).isDirectory()) {
        total++;
        continue;
      }
      total += readdirSync(input, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.startsWith(".")).length;
    } catch {
      return undefined;
    }
  }
  return total;
}
