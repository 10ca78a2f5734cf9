// Inputs -> jobs. A job is one thing a worker can read on its own: a file (by absolute path, so every
// worker sharing the file system finds it), a URL or feed (fetched by the worker), or one item of a
// JSON Lines file (carried in the job, so any machine can take it). A job's id is a hash of what it
// is, so that enqueueing the same input twice adds one job.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { extname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { inputFiles, isUrl, type IngestOptions } from "../ingest/index.ts";
import { AppError } from "../model/index.ts";

export interface ArticleJob {
  /** The input as messages name it: a path, a URL, or "file.jsonl:LINE". */
  input: string;
  /** A JSON Lines item: the line itself. */
  line?: string;
  /** How to read it (metadata overrides, size cap, time-out): JSON, as the user gave it to enqueue. */
  options: IngestOptions;
}

const JSON_LINES = new Set([".jsonl", ".ndjson"]);

export interface QueuedJob {
  /** pg-boss's job id: a UUID made from a hash of what the job is. */
  id: string;
  job: ArticleJob;
}

/** The jobs one input stands for, in order: a folder is walked, a JSON Lines file split into items. */
export async function* jobsOf(input: string, options: IngestOptions): AsyncGenerator<QueuedJob> {
  if (input === "-") throw new AppError("BAD_ARGUMENT", "standard input cannot be queued (a worker elsewhere cannot read it); save it to a file", "-");
  for await (const source of inputFiles(input)) {
    // A folder's unreadable entry fails the enqueue of its input; the walk's other files are queued first.
    if (typeof source !== "string") throw "error" in source ? source.error : new AppError("INPUT_MALFORMED", "not a file", input);
    if (isUrl(source)) yield { id: jobId("url", source), job: { input: source, options } };
    else if (JSON_LINES.has(extname(source).toLowerCase())) yield* jsonLinesJobs(source, options);
    else {
      const path = resolve(source);
      yield { id: jobId("file", path), job: { input: path, options } };
    }
  }
}

/** One job per non-empty line, keyed by the line's content: the same item in two files is one job. */
async function* jsonLinesJobs(path: string, options: IngestOptions): AsyncGenerator<QueuedJob> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim()) yield { id: jobId("item", line.trim()), job: { input: `${resolve(path)}:${lineNumber}`, line, options } };
  }
}

/** A UUID (pg-boss's id type) from a hash of the job's kind and key. */
function jobId(kind: string, key: string): string {
  const hex = createHash("sha256").update(`${kind}\u0000${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
