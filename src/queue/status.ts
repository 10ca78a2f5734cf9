// How far a run has come: jobs by state, throughput, and the failed jobs with their errors. pg-boss
// has no API for counts by state or for listing failures, so these read its job and archive tables
// (pg-boss 10's schema, pinned by package.json).
import { QUEUE, type QueueConnection } from "./connection.ts";

export interface QueueStatus {
  /** Waiting for a worker (new, or due to be retried after a failed try). */
  queued: number;
  /** Of the queued, those waiting for a retry after a failed try. */
  retrying: number;
  running: number;
  done: number;
  failed: number;
  /** Documents stored by done jobs, and found already stored. */
  stored: number;
  existing: number;
  /** Jobs finished (done or failed) per minute over the last minute and the last ten. */
  perMinute: { lastMinute: number; lastTenMinutes: number };
  /** The most recent failures, newest first. */
  failures: Array<{ input: string; error: string; tries: number; at: string }>;
}

export async function queueStatus(queue: QueueConnection, failureLimit = 20): Promise<QueueStatus> {
  const db = queue.boss.getDb();
  const jobs = `(SELECT state, data, output, retry_count, completed_on FROM ${queue.schema}.job WHERE name = $1
    UNION ALL SELECT state, data, output, retry_count, completed_on FROM ${queue.schema}.archive WHERE name = $1) j`;
  const { rows: counts } = await db.executeSql(
    `SELECT state::text AS state, count(*)::int AS n,
       sum(CASE WHEN state = 'retry' THEN 1 ELSE 0 END)::int AS retrying,
       coalesce(sum((output->>'stored')::int), 0)::int AS stored, coalesce(sum((output->>'existing')::int), 0)::int AS existing,
       count(*) FILTER (WHERE completed_on > now() - interval '1 minute')::int AS last_minute,
       count(*) FILTER (WHERE completed_on > now() - interval '10 minutes')::int AS last_ten
     FROM ${jobs} GROUP BY state`,
    [QUEUE],
  );
  const { rows: failures } = await db.executeSql(
    `SELECT data->>'input' AS input, output->>'message' AS error, retry_count + 1 AS tries, completed_on
     FROM ${jobs} WHERE state = 'failed' ORDER BY completed_on DESC LIMIT $2`,
    [QUEUE, failureLimit],
  );
  const status: QueueStatus = {
    queued: 0, retrying: 0, running: 0, done: 0, failed: 0, stored: 0, existing: 0,
    perMinute: { lastMinute: 0, lastTenMinutes: 0 },
    failures: failures.map((r: Record<string, unknown>) => ({
      input: String(r.input),
      error: String(r.error ?? "unknown error"),
      tries: Number(r.tries),
      at: new Date(r.completed_on as string).toISOString(),
    })),
  };
  for (const r of counts as Array<Record<string, number | string>>) {
    const n = Number(r.n);
    if (r.state === "created" || r.state === "retry") status.queued += n;
    else if (r.state === "active") status.running += n;
    else if (r.state === "completed") status.done += n;
    else if (r.state === "failed") status.failed += n;
    status.retrying += Number(r.retrying);
    if (r.state === "completed" || r.state === "failed") {
      status.stored += Number(r.stored);
      status.existing += Number(r.existing);
      status.perMinute.lastMinute += Number(r.last_minute);
      status.perMinute.lastTenMinutes += Number(r.last_ten) / 10;
    }
  }
  return status;
}
