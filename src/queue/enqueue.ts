// Adding inputs to the queue: idempotent (a job's id is a hash of what it is, and an id the queue has
// seen, waiting, done or failed, is not added again), batched (one statement per thousand jobs), and
// streaming (a folder of a million files never sits in memory).
import type { IngestOptions } from "../ingest/index.ts";
import { AppError } from "../model/index.ts";
import { QUEUE, type QueueConnection } from "./connection.ts";
import { jobsOf, type QueuedJob } from "./jobs.ts";

export interface RetryPolicy {
  /** Tries in all, the first included; after the last, the job is failed with its error. */
  tries: number;
  /** Seconds before the first retry; each later retry waits about twice as long (pg-boss's back-off, with jitter). */
  retryDelaySeconds: number;
  /** A job running longer than this is taken for lost (its worker died) and given to another worker. */
  timeoutSeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { tries: 4, retryDelaySeconds: 10, timeoutSeconds: 600 };

export interface EnqueueResult {
  added: number;
  /** Already in the queue (waiting, running, done or failed). */
  present: number;
  failed: number;
}

const BATCH = 1000;

export async function enqueueInputs(
  queue: QueueConnection,
  inputs: string[],
  options: { ingest?: IngestOptions; retry?: RetryPolicy; onError?(error: AppError): void } = {},
): Promise<EnqueueResult> {
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const result: EnqueueResult = { added: 0, present: 0, failed: 0 };
  let batch: QueuedJob[] = [];
  const flush = async () => {
    const added = await insertNew(queue, batch, retry);
    result.added += added;
    result.present += batch.length - added;
    batch = [];
  };
  for (const input of inputs) {
    try {
      for await (const job of jobsOf(input, options.ingest ?? {})) {
        batch.push(job);
        if (batch.length >= BATCH) await flush();
      }
    } catch (e) {
      result.failed++;
      options.onError?.(e instanceof AppError ? e : new AppError("INPUT_NOT_FOUND", String(e), input));
    }
  }
  if (batch.length) await flush();
  return result;
}

/** Inserts the jobs whose ids the queue has never seen; returns how many that was. */
async function insertNew(queue: QueueConnection, batch: QueuedJob[], retry: RetryPolicy): Promise<number> {
  const unique = [...new Map(batch.map((j) => [j.id, j])).values()];
  const ids = unique.map((j) => j.id);
  const { rows } = await queue.boss.getDb().executeSql(
    `SELECT id FROM ${queue.schema}.job WHERE name = $1 AND id = ANY($2::uuid[])
     UNION SELECT id FROM ${queue.schema}.archive WHERE name = $1 AND id = ANY($2::uuid[])`,
    [QUEUE, ids],
  );
  const seen = new Set(rows.map((r: { id: string }) => r.id));
  const fresh = unique.filter((j) => !seen.has(j.id));
  if (fresh.length) {
    await queue.boss.insert(fresh.map(({ id, job }) => ({
      id,
      name: QUEUE,
      data: job,
      retryLimit: retry.tries - 1,
      retryDelay: retry.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: retry.timeoutSeconds,
    })));
  }
  return fresh.length;
}
