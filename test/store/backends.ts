// The store backends every shared suite runs against: SQLite (a temp file) and PostgreSQL (a fresh
// schema per test file, dropped afterwards, so parallel runs never collide). PostgreSQL is at
// $SITREP_TEST_PG or postgres://postgres@127.0.0.1:5432/test; when no server answers, its suites
// are skipped with a message (and fail under CI=true).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { missingPart } from "../requirements.ts";

export const POSTGRES_URL = process.env.SITREP_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

export interface Backend {
  name: "sqlite" | "postgres";
  /** A store location (path or URL) of its own, empty. */
  location(): Promise<string>;
  /** Removes every location made; call in `after`. */
  cleanup(): Promise<void>;
  /** Why the backend cannot run here, if it cannot. */
  skip?: string;
}

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
  let n = 0;
  return {
    name: "sqlite",
    location: async () => join(dir, `corpus-${++n}.db`),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresBackend(): Promise<Backend> {
  const schemas: string[] = [];
  const skip = missingPart(await unreachable());
  return {
    name: "postgres",
    skip,
    async location() {
      const schema = `sitrep_test_${randomBytes(6).toString("hex")}`;
      schemas.push(schema);
      return `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${schema}`;
    },
    async cleanup() {
      if (skip || !schemas.length) return;
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Runs SQL on a store's database directly (in its schema, on PostgreSQL): each statement's rows. */
export async function rawSql(location: string, statements: string[]): Promise<Array<Record<string, unknown>[]>> {
  const results: Array<Record<string, unknown>[]> = [];
  if (!location.startsWith("postgres")) {
    const db = new Database(location);
    try {
      for (const statement of statements) {
        const prepared = db.prepare(statement);
        results.push(prepared.reader ? prepared.all() as Record<string, unknown>[] : (prepared.run(), []));
      }
    } finally {
      db.close();
    }
    return results;
  }
  const url = new URL(location);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), options: `-c search_path=${schema}` });
  await client.connect();
  try {
    for (const statement of statements) results.push((await client.query(statement)).rows);
  } finally {
    await client.end();
  }
  return results;
}

async function unreachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (e) {
    return `PostgreSQL is not reachable at ${POSTGRES_URL} (${e instanceof Error ? e.message : e}); set SITREP_TEST_PG`;
  }
}
