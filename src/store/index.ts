// The store's public face: open a SQLite file (the embedded default) or a PostgreSQL database.
import { AppError } from "../model/index.ts";
import { redact } from "./location.ts";
import type { Store } from "./types.ts";

export type * from "./types.ts";
export { AnnotatorPool, type AnnotatorPoolOptions } from "./annotator-pool.ts";
export { redact };

/** The default store when neither --db nor $SITREP_DB names one. */
export const DEFAULT_DB = "./sitrep.db";

/**
 * Opens (creating and migrating if needed) the store named by `urlOrPath`, else $SITREP_DB, else
 * ./sitrep.db. A `postgres://` or `postgresql://` URL opens PostgreSQL; `?schema=NAME` in the URL
 * selects (and creates) a schema, so that several corpora or test runs share one database.
 * Anything else is a SQLite file path (":memory:" for a throw-away store).
 */
export async function openStore(urlOrPath?: string): Promise<Store> {
  const target = urlOrPath || process.env.SITREP_DB || DEFAULT_DB;
  try {
    if (/^postgres(ql)?:\/\//i.test(target)) {
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

/** Opens the store, runs `work` with it and closes it, whatever happens. */
export async function withStore<T>(urlOrPath: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(urlOrPath);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
