// The store's public face: open a SQLite file (the embedded default) or a PostgreSQL database.
import { existsSync } from "node:fs";
import { AppError } from "../model/index.ts";
import { redact } from "./location.ts";
import type { Store } from "./types.ts";
import type { Pool, PoolConfig } from "pg";

export type * from "./types.ts";
export { AnnotatorPool, type AnnotatorPoolOptions } from "./annotator-pool.ts";
export { redact };

/** A PostgreSQL pool whose cut connections never end the process (for the work queue's connection). */
export async function openGuardedPool(config: PoolConfig): Promise<Pool> {
  const { guardedPool } = await import("./postgres.ts");
  return guardedPool(config);
}

/** The default store when neither --db nor $SITREP_DB names one. */
export const DEFAULT_DB = "./sitrep.db";

/**
 * Opens (creating and migrating if needed) the store named by `urlOrPath`, else $SITREP_DB, else
 * ./sitrep.db. A `postgres://` or `postgresql://` URL opens PostgreSQL; `?schema=NAME` in the URL
 * selects (and creates) a schema, so that several corpora or test runs share one database.
 * Anything else is a SQLite file path (":memory:" for a throw-away store).
 */
export async function openStore(urlOrPath?: string, options: OpenOptions = {}): Promise<Store> {
  const target = urlOrPath || process.env.SITREP_DB || DEFAULT_DB;
  const isPostgres = /^postgres(ql)?:\/\//i.test(target);
  if (options.mustExist && !isPostgres && target !== ":memory:" && !existsSync(target)) {
    throw new AppError("STORE", "no such store (`sitrep ingest` creates one; --db or $SITREP_DB names another)", target);
  }
  try {
    if (isPostgres) {
      const { openPostgresStore } = await import("./postgres.ts");
      return await openPostgresStore(target);
    }
    const { openSqliteStore } = await import("./sqlite.ts");
    return await openSqliteStore(target);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("STORE", `cannot open the store: ${e instanceof Error ? e.message : String(e)}`, redact(target), { cause: e });
  }
}

export interface OpenOptions {
  /**
   * Fail (STORE, naming the path) when the SQLite file does not exist, instead of creating an empty
   * store: a mistyped --db must not answer "nothing" to a command that only reads.
   */
  mustExist?: boolean;
}

/** Opens an existing store, runs `work` with it and closes it, whatever happens. */
export async function withStore<T>(urlOrPath: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(urlOrPath, { mustExist: true });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
