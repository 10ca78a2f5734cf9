// A worker: takes jobs from the queue, reads, annotates (on worker threads) and stores each article
// with fusion, and marks the job done, or failed with its error (pg-boss retries it with back-off
// until its last try). Safe to kill at any moment: a document is stored in one transaction keyed by
// its content hash, and a job left running by a dead worker expires and is taken again, when its
// stored documents are found already there. A database that goes away makes the worker wait: taking
// jobs finds none, marking them is retried, and pg's pool reconnects when the database is back.
import { availableParallelism } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { readArticleLine, readArticles, type IngestResult } from "../ingest/index.ts";
import { AppError, documentId, isAppError } from "../model/index.ts";
import { AnnotatorPool, type Store } from "../store/index.ts";
import { QUEUE, type QueueConnection } from "./connection.ts";
import type { ArticleJob } from "./jobs.ts";

export interface WorkerOptions {
  /** Annotating threads; default one per core. Jobs in flight: four per thread. */
  workers?: number;
  kbPaths?: string[];
  /** Stop when no job is waiting, running or due to be retried (a batch run); default: run until stopped. */
  exitWhenDone?: boolean;
  /** Seconds between looks at an empty queue. */
  pollSeconds?: number;
  /** Stops taking jobs, finishes those in flight, and returns. */
  signal?: AbortSignal;
  onJob?(report: JobReport): void;
  onWarning?(message: string): void;
}

export interface JobReport {
  input: string;
  /** Documents stored by this job, and those already there (an earlier try, another input). */
  stored: number;
  existing: number;
  error?: AppError;
}

export interface WorkerSummary {
  jobs: number;
  failed: number;
  stored: number;
  existing: number;
  elapsedMs: number;
}

/** Jobs in flight per annotating thread: enough to keep it busy while others are read and stored. */
const JOBS_PER_THREAD = 4;

export async function runWorker(store: Store, queue: QueueConnection, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const capacity = threads * JOBS_PER_THREAD;
  const pollMs = (options.pollSeconds ?? 1) * 1000;
  const started = Date.now();
  const summary: WorkerSummary = { jobs: 0, failed: 0, stored: 0, existing: 0, elapsedMs: 0 };
  // Started on the first job: a worker that finds nothing to do loads no model.
  let pool: AnnotatorPool | undefined;
  const annotator = () => (pool ??= new AnnotatorPool(threads, { kbPaths: options.kbPaths }));
  const inFlight = new Set<Promise<void>>();
  const warn = (message: string) => options.onWarning?.(message);

  const take = async (id: string, job: ArticleJob) => {
    let report = await processJob(store, annotator, job);
    // The database went away, not the job wrong: wait for it and do the job again (what was stored is found there).
    while (report.error && isConnectionLost(report.error) && !options.signal?.aborted) {
      warn(`${job.input}: the database is unreachable (${report.error.message}); waiting for it`);
      await waitForDatabase(store, options.signal);
      report = await processJob(store, annotator, job);
    }
    summary.jobs++;
    summary.stored += report.stored;
    summary.existing += report.existing;
    if (report.error) summary.failed++;
    options.onJob?.(report);
    const outcome = { stored: report.stored, existing: report.existing };
    await persist(
      () => report.error
        ? queue.boss.fail(QUEUE, id, { ...outcome, message: report.error.message, code: report.error.code })
        : queue.boss.complete(QUEUE, id, outcome),
      `${job.input}: cannot record the job's outcome`,
      warn,
    );
  };

  try {
    while (!options.signal?.aborted) {
      if (pool?.fatal) throw pool.fatal;
      if (inFlight.size >= capacity) {
        await Promise.race(inFlight);
        continue;
      }
      // pg-boss reports a failed fetch (a lost connection) as no jobs: the loop waits and asks again.
      const jobs = await queue.boss.fetch<ArticleJob>(QUEUE, { batchSize: capacity - inFlight.size });
      for (const { id, data } of jobs) {
        const running = take(id, data).finally(() => inFlight.delete(running));
        inFlight.add(running);
      }
      if (jobs.length) continue;
      if (options.exitWhenDone && !inFlight.size && (await queueDrained(queue, warn))) break;
      await Promise.race([sleep(pollMs, undefined, { signal: options.signal }).catch(() => {}), ...inFlight]);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** Reads, annotates and stores every article of a job; the error names each article that failed. */
async function processJob(store: Store, annotator: () => AnnotatorPool, job: ArticleJob): Promise<JobReport> {
  const report: JobReport = { input: job.input, stored: 0, existing: 0 };
  const errors: AppError[] = [];
  try {
    for await (const result of articlesOf(job)) {
      if ("error" in result) {
        errors.push(result.error);
        continue;
      }
      const { article } = result;
      try {
        if (await store.hasDocument(documentId(article.text, article.captions))) {
          report.existing++;
          continue;
        }
        const doc = await annotator().annotate(article);
        if ((await store.addDocument(doc, { input: article.input })) === "added") report.stored++;
        else report.existing++;
      } catch (e) {
        errors.push(asAppError(e, article.input));
      }
    }
  } catch (e) {
    errors.push(asAppError(e, job.input));
  }
  if (errors.length === 1) report.error = errors[0];
  else if (errors.length) {
    report.error = new AppError(errors[0].code, `${errors.length} articles failed: ${errors.map((e) => e.message).join("; ")}`, job.input, {
      cause: errors.find(isConnectionLost) ?? errors[0],
    });
  }
  return report;
}

async function* articlesOf(job: ArticleJob): AsyncGenerator<IngestResult> {
  if (job.line === undefined) {
    yield* readArticles([job.input], job.options);
    return;
  }
  try {
    yield { input: job.input, article: readArticleLine(job.line, job.input, job.options) };
  } catch (e) {
    yield { input: job.input, error: asAppError(e, job.input) };
  }
}

/** True when no job is waiting, running or due to be retried; false (and a warning) when the database cannot say. */
async function queueDrained(queue: QueueConnection, warn: (message: string) => void): Promise<boolean> {
  try {
    return (await queue.boss.getQueueSize(QUEUE, { before: "completed" })) === 0;
  } catch (e) {
    warn(`cannot read the queue (${e instanceof Error ? e.message : e}); waiting for the database`);
    return false;
  }
}

/**
 * Runs a queue update, retrying for about a minute while the database is away. If it never gets
 * through, the job stays marked running, expires, and is taken again: its documents are found stored.
 */
async function persist(update: () => Promise<unknown>, what: string, warn: (message: string) => void): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await update();
      return;
    } catch (e) {
      if (attempt === 6) {
        warn(`${what} (${e instanceof Error ? e.message : e}); it will be retried when it times out`);
        return;
      }
      await sleep(500 * 2 ** attempt);
    }
  }
}

/** Waits (checking every few seconds) until the store answers again. */
async function waitForDatabase(store: Store, signal?: AbortSignal): Promise<void> {
  for (let attempt = 0; !signal?.aborted; attempt++) {
    try {
      await store.hasDocument("");
      return;
    } catch {
      await sleep(Math.min(5000, 250 * 2 ** attempt), undefined, { signal }).catch(() => {});
    }
  }
}

/** pg's codes for a connection lost or refused: class 08 (connection exception), 57P01-03 (server shut down). */
const CONNECTION_LOST = /^(08...|57P0[123]|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/;

/** True when an error (or what caused it) is the database connection failing, not the job. */
export function isConnectionLost(e: unknown): boolean {
  for (let cause = e; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_LOST.test(code)) return true;
    if (/Connection terminated|connection timeout|Client has encountered a connection error/i.test(cause.message)) return true;
  }
  return false;
}

function asAppError(e: unknown, input: string): AppError {
  if (isAppError(e)) return e.subject ? e : new AppError(e.code, e.message, input, { cause: e });
  return new AppError("PIPELINE", e instanceof Error ? e.message : String(e), input, { cause: e });
}
