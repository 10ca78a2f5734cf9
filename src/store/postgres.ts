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
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on("error", () => {});
  return openSqlStore(postgresDriver(pool), redact(url));
}

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const bind = (params: SqlValue[]) => params.map((p) => (p === undefined ? null : typeof p === "boolean" ? Number(p) : p));

function clientDriver(query: (sql: string, params: unknown[]) => Promise<pg.QueryResult>): Omit<SqlDriver, "transaction" | "close"> {
  return {
    dialect: "postgres",
    async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
      return (await query(numbered(sql), bind(params))).rows as T[];
    },
    async run(sql, params = []) {
      return (await query(numbered(sql), bind(params))).rowCount ?? 0;
    },
  };
}

function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    ...clientDriver((sql, params) => pool.query(sql, params)),
    async transaction(work) {
      const client = await pool.connect();
      const tx: SqlDriver = {
        ...clientDriver((sql, params) => client.query(sql, params)),
        transaction: (inner) => inner(tx),
        close: async () => {},
      };
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
        const result = await work(tx);
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
