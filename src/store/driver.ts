// The little SQL the store needs from a database: one interface over better-sqlite3 and pg, so the
// store's logic (src/store/sql-store.ts) is written once. SQL uses `?` placeholders everywhere;
// the PostgreSQL driver numbers them.
export type SqlValue = string | number | boolean | null | undefined;
export type Row = Record<string, unknown>;
export type Query = [sql: string, params?: SqlValue[]];

export interface SqlDriver {
  readonly dialect: "sqlite" | "postgres";
  /** Rows of a query (an empty array for a statement without RETURNING). */
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  /**
   * Runs a statement whose result nobody reads. Inside a PostgreSQL transaction it is sent with the
   * next query or the COMMIT, several statements in one round trip, so its error (if any) surfaces
   * there; reads always see the writes made before them.
   */
  run(sql: string, params?: SqlValue[]): Promise<void>;
  /** The rows of several queries, in order; inside a PostgreSQL transaction they go in one round trip. */
  batch(queries: Query[]): Promise<Row[][]>;
  /**
   * Runs `work` in one transaction, committed when it resolves and rolled back when it throws.
   * Writers are serialised (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so that two
   * ingest processes never fuse the same actor or event twice.
   */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` placeholders for IN lists. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/** An IN list that may be empty: `(?, ?)`, or `(NULL)`, which matches nothing. */
export function inList(n: number): string {
  return n ? `(${placeholders(n)})` : "(NULL)";
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's limits on parameters per statement. */
const ROWS_PER_INSERT = 200;

/**
 * Inserts rows in as few statements as the parameter limits allow, skipping those already there, or
 * doing what `onConflict` says (`(key) DO UPDATE SET ...`; no key may come twice in `rows` then;
 * null: a row already there is an error).
 */
export async function insertRows(tx: SqlDriver, into: string, rows: SqlValue[][], onConflict: string | null = "DO NOTHING"): Promise<void> {
  if (!rows.length) return;
  const row = `(${placeholders(rows[0].length)})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await tx.run(`INSERT INTO ${into} VALUES ${batch.map(() => row).join(", ")}${onConflict ? ` ON CONFLICT ${onConflict}` : ""}`, batch.flat());
  }
}
