// The queue's connection: pg-boss on the store's PostgreSQL database. The queue's tables live in the
// store's schema (`?schema=NAME` in the URL), so that one URL names a corpus and its queue; without a
// schema they live in "sitrep_queue", apart from the store's tables in "public".
import PgBoss from "pg-boss";
import { AppError } from "../model/index.ts";
import type { Pool } from "pg";
import { openGuardedPool, redact } from "../store/index.ts";

/** The one queue every job goes to: an input to annotate and store. */
export const QUEUE = "sitrep-articles";

const DEFAULT_QUEUE_SCHEMA = "sitrep_queue";

export interface QueueConnection {
  boss: PgBoss;
  /** The connections pg-boss runs its statements on (ours, so that a cut connection never ends the process). */
  pool: Pool;
  /** The schema holding pg-boss's tables, for the status queries pg-boss has no API for. */
  schema: string;
  location: string;
}

export interface ConnectOptions {
  /** Workers only: return the jobs of dead workers to the queue every this many seconds. */
  superviseSeconds?: number;
  /** Connections in pg-boss's pool. */
  connections?: number;
}

/** Opens the queue of the PostgreSQL store at `url`, creating its tables and the queue if needed. */
export async function connectQueue(url: string, options: ConnectOptions = {}): Promise<QueueConnection> {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new AppError("BAD_ARGUMENT", "the work queue needs a PostgreSQL store (--db postgres://...)", redact(url));
  }
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? DEFAULT_QUEUE_SCHEMA;
  parsed.searchParams.delete("schema");
  if (!/^[a-z_]\w{0,49}$/i.test(schema)) throw new AppError("BAD_ARGUMENT", `schema "${schema}" is not a plain SQL name of at most 50 characters`, redact(url));
  const supervise = options.superviseSeconds !== undefined;
  const pool = await openGuardedPool({ connectionString: parsed.toString(), max: options.connections ?? 2 });
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema,
    supervise,
    ...(supervise ? { maintenanceIntervalSeconds: options.superviseSeconds } : {}),
    schedule: false,
    // Done and failed jobs stay in the job table for a week, so that `status` and idempotent enqueue see them.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
  });
  // A lost connection is reported here and the pool reconnects on the next query; without a
  // listener, EventEmitter would throw it and end the process.
  boss.on("error", (e) => process.stderr.write(`sitrep: queue: ${e.message}\n`));
  try {
    await boss.start();
    await boss.createQueue(QUEUE, { name: QUEUE, policy: "standard" });
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await pool.end().catch(() => {});
    throw new AppError("STORE", `cannot open the work queue: ${e instanceof Error ? e.message : String(e)}`, redact(url), { cause: e });
  }
  return { boss, pool, schema, location: redact(url) };
}

export async function closeQueue(queue: QueueConnection): Promise<void> {
  await queue.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  await queue.pool.end();
}
