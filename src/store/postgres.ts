// PostgreSQL for shared and scaled-out use: several `sitrep ingest` processes on different machines
// write to one database; each document's transaction holds an advisory lock while it fuses, so
// actors and events are never created twice. `?schema=NAME` in the URL selects (and creates) a schema.
import pg from "pg";
import type { Store } from "./types.ts";
import type { Row, SqlDriver, SqlValue } from "./driver.ts";
import { openSqlStore } from "./sql-store.ts";
import { redact } from "./location.ts";

/** The advisory lock key writers share ("sitrep" in ASCII, fits in a bigint). */
const WRITE_LOCK = 0x736974726570;

export async function openPostgresStore(url: string): Promise<Store> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  if (schema && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`schema "${schema}" is not a plain SQL name`);
  if (schema) {
    const admin = new pg.Client({ connectionString: parsed.toString() });
    admin.on("error", () => {}); // a cut connection: the query or end() that follows reports it
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = guardedPool({
    connectionString: parsed.toString(),
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return openSqlStore(postgresDriver(pool), redact(url));
}

/**
 * A pool whose clients never end the process when their connection is cut. A cut connection is an
 * 'error' event on its client; pg's pool listens for it on idle clients and once per query, so a
 * second event (the server's "terminating connection" and then the socket's end) found no listener
 * and, as an unhandled 'error', ended a worker. The next query reports the loss instead.
 */
export function guardedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const bind = (params: SqlValue[]) => params.map((p) => (p === undefined ? null : typeof p === "boolean" ? Number(p) : p));

/**
 * A statement with its values written in as quoted literals, for the simple query protocol (the only
 * one that takes several statements in one round trip). Quoted literals take the type their place
 * needs, as bound parameters do; escapeLiteral handles quotes and backslashes.
 */
function inlined(client: pg.PoolClient, sql: string, params: SqlValue[]): string {
  const values = bind(params);
  let n = 0;
  return sql.replace(/\?/g, () => {
    const value = values[n++];
    return value === null ? "NULL" : client.escapeLiteral(String(value));
  });
}

function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    dialect: "postgres",
    async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
      return (await pool.query(numbered(sql), bind(params))).rows as T[];
    },
    async run(sql, params = []) {
      await pool.query(numbered(sql), bind(params));
    },
    async batch(queries) {
      return Promise.all(queries.map(async ([sql, params = []]) => (await pool.query(numbered(sql), bind(params))).rows));
    },
    async transaction(work) {
      const client = await pool.connect();
      // A connection cut while the transaction waits between statements is an 'error' event on the
      // checked-out client (the pool listens only to idle ones); the next statement reports it.
      const onLost = () => {};
      client.on("error", onLost);
      // Statements whose results nobody reads wait here and go with the next read or the COMMIT:
      // a document's transaction costs one round trip per read instead of one per statement.
      const waiting: string[] = ["BEGIN", `SELECT pg_advisory_xact_lock(${WRITE_LOCK})`];
      /** Sends the waiting statements and `reads` in one round trip; the results of `reads`. */
      const send = async (...reads: string[]): Promise<pg.QueryResult[]> => {
        waiting.push(...reads);
        const text = waiting.join(";\n");
        waiting.length = 0;
        const results = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
        return (Array.isArray(results) ? results : [results]).slice(-reads.length);
      };
      const tx: SqlDriver = {
        dialect: "postgres",
        async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
          if (!waiting.length) return (await client.query(numbered(sql), bind(params))).rows as T[];
          return (await send(inlined(client, sql, params)))[0].rows as T[];
        },
        async run(sql, params = []) {
          waiting.push(inlined(client, sql, params));
        },
        async batch(queries) {
          if (!queries.length) return [];
          return (await send(...queries.map(([sql, params = []]) => inlined(client, sql, params)))).map((r) => r.rows);
        },
        transaction: (inner) => inner(tx),
        close: async () => {},
      };
      try {
        const result = await work(tx);
        await send("COMMIT");
        return result;
      } catch (e) {
        waiting.length = 0;
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.off("error", onLost);
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
