// The embedded default: a SQLite file through better-sqlite3, in WAL mode so that readers (the
// HTTP API) never wait for a writer (an ingest run), with FTS5 over article text.
import { statSync } from "node:fs";
import Database from "better-sqlite3";
import type { Statement } from "better-sqlite3";
import { AppError } from "../model/index.ts";
import type { Store } from "./types.ts";
import type { Row, SqlDriver, SqlValue } from "./driver.ts";
import { openSqlStore } from "./sql-store.ts";

export async function openSqliteStore(path: string): Promise<Store> {
  const db = new Database(path);
  // First: switching to WAL takes a lock, and another process opening the same store at the same
  // moment (an ingest and a reader) must wait for it rather than fail with SQLITE_BUSY.
  db.pragma("busy_timeout = 10000");
  db.pragma("journal_mode = WAL");
  // NORMAL keeps every committed transaction across a process crash (kill -9); only a power cut
  // may lose the last ones, never corrupting the file.
  db.pragma("synchronous = NORMAL");
  // Checkpoints are where WAL mode syncs to disk; one every ~80 MB of log instead of every 4 MB
  // keeps a bulk ingest from spending most of its time waiting on fsync.
  db.pragma("wal_autocheckpoint = 20000");
  const store = await openSqlStore(sqliteDriver(db, fileCheck(path)), path);
  // The query planner needs table statistics to pick, say, an actor's index over a type's at a
  // million events; this gathers them where missing or stale (cheap when they are current). Best
  // effort: a writer holding the lock only delays it to a later open.
  try {
    db.pragma("optimize=0x10002");
  } catch {
    // SQLITE_BUSY: another process is writing
  }
  return store;
}

/**
 * An open SQLite file goes on answering after it is deleted or replaced on disk: a server would then
 * show a store that is gone, and never the new one ingested at the same path. Each statement first
 * checks that the path still names the file opened (a stat, a few microseconds).
 */
function fileCheck(path: string): () => void {
  const inodeOf = (): number | undefined => {
    try {
      return statSync(path).ino;
    } catch {
      return undefined;
    }
  };
  const opened = path === ":memory:" || path === "" ? undefined : inodeOf();
  if (opened === undefined) return () => {};
  return () => {
    if (inodeOf() !== opened) {
      // no path in the message: it may be shown by the API
      throw new AppError("STORE", "the SQLite file was removed or replaced after it was opened; open it again (restart the server)", "store");
    }
  };
}

function sqliteDriver(db: Database.Database, checkFile: () => void): SqlDriver {
  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    checkFile();
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const bind = (params: SqlValue[]) => params.map((p) => (p === undefined ? null : typeof p === "boolean" ? Number(p) : p));
  let depth = 0;
  const driver: SqlDriver = {
    dialect: "sqlite",
    async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
      const statement = prepare(sql);
      if (statement.reader) return statement.all(...bind(params)) as T[];
      statement.run(...bind(params));
      return [];
    },
    async run(sql, params = []) {
      prepare(sql).run(...bind(params));
    },
    async batch(queries) {
      return Promise.all(queries.map(([sql, params]) => driver.all(sql, params)));
    },
    async transaction(work) {
      // Nested calls join the outer transaction (migrations inside openStore, for instance).
      if (depth > 0) return work(driver);
      checkFile();
      db.exec("BEGIN IMMEDIATE");
      depth++;
      try {
        const result = await work(driver);
        db.exec("COMMIT");
        return result;
      } catch (e) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw e;
      } finally {
        depth--;
      }
    },
    async close() {
      db.close();
    },
  };
  return driver;
}
