// Keyset pages (listEvents with `after`, what exports read), on SQLite and PostgreSQL: events with ties
// on their first day, NULL date_end and first_published, and undated events are read each once, in the
// order of one ORDER BY over the whole table, whatever the page size. On SQLite every page is a walk of
// the index of that order (schema v10), never a sort of the events after the cursor; and a store made
// before v10 gets the index when it is opened.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { openStore, type EventCursor, type EventRecord, type Store } from "../../src/store/index.ts";
import { SCHEMA_VERSION } from "../../src/store/schema.ts";
import { eachEvent } from "../../src/export/sink.ts";
import type { AnnotatedDocument } from "../../src/model/index.ts";
import { syntheticDocument } from "../../bench/synthetic-corpus.ts";
import { postgresBackend, rawSql, sqliteBackend, type Backend } from "./backends.ts";

/** The keyset order, stated once over the whole table. */
const WHOLE_TABLE = "SELECT id FROM events ORDER BY CASE WHEN date_start IS NULL THEN 1 ELSE 0 END, date_start, id";

/**
 * Synthetic article n with its events bunched on three first days of January 2020 (some at month
 * precision: same first day, later last day), every fourth event undated, and every third article
 * without a publication date (its events' first_published NULL).
 */
function bunched(n: number): AnnotatedDocument {
  const doc = syntheticDocument(n);
  const events = doc.events.map(({ date: _, ...event }, k) =>
    k % 4 === 0 ? event : { ...event, date: k % 3 === 0 ? "2020-01" : `2020-01-0${1 + (k % 2)}` });
  const { published: __, ...unpublished } = doc;
  return { ...(n % 3 === 0 ? unpublished : doc), events };
}

/** Every event, read `size` at a time from cursors made as the export makes them. */
async function readByKey(store: Store, size: number): Promise<string[]> {
  const read: string[] = [];
  for (let cursor: EventCursor = {}; ;) {
    const page: EventRecord[] = await store.listEvents({ limit: size, after: cursor });
    read.push(...page.map((e) => e.id));
    if (page.length < size) return read;
    const last = page[page.length - 1]!;
    cursor = { dateStart: last.dateStart ?? null, id: last.id };
  }
}

for (const backend of [sqliteBackend(), await postgresBackend()]) keysetPages(backend);

function keysetPages(backend: Backend): void {
  describe(`keyset pages on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    let location: string;
    let expected: string[];
    before(async () => {
      location = await backend.location();
      store = await openStore(location);
      for (let n = 0; n < 60; n++) await store.addDocument(bunched(n));
      // The write path always sets date_end with date_start; the order must not depend on it.
      await rawSql(location, ["UPDATE events SET date_end = NULL WHERE id IN (SELECT id FROM events WHERE date_start = '2020-01-01' ORDER BY id LIMIT 5)"]);
      [expected] = (await rawSql(location, [WHOLE_TABLE])).map((rows) => rows.map((r) => String(r.id)));
    });
    after(async () => {
      await store?.close();
      await backend.cleanup();
    });

    test("the store holds what the pages must get through", async () => {
      const [[counts]] = await rawSql(location, [
        `SELECT count(*) AS events, count(DISTINCT date_start) AS days, sum(CASE WHEN date_start IS NULL THEN 1 ELSE 0 END) AS undated,
           sum(CASE WHEN date_start IS NOT NULL AND date_end IS NULL THEN 1 ELSE 0 END) AS no_end,
           sum(CASE WHEN first_published IS NULL THEN 1 ELSE 0 END) AS unpublished FROM events`,
      ]);
      const n = (key: string) => Number(counts![key]);
      assert.ok(n("events") > 300, `${n("events")} events`);
      assert.ok(n("days") <= 3 && n("events") - n("undated") > 100, "dated events share three first days");
      assert.ok(n("undated") > 50, `${n("undated")} undated`);
      assert.equal(n("no_end"), 5);
      assert.ok(n("unpublished") > 50, `${n("unpublished")} without a first publication`);
    });

    test("pages of any size read every event once, in the order of one ORDER BY over the table", async () => {
      assert.equal(new Set(expected).size, expected.length);
      for (const size of [1, 3, 10, 100, 1000]) assert.deepEqual(await readByKey(store, size), expected, `pages of ${size}`);
      const exported: string[] = [];
      for await (const e of eachEvent(store)) exported.push(e.id);
      assert.deepEqual(exported, expected, "the export's pages");
    });

    test("a filter holds across pages, in the same order", async () => {
      const [type] = (await store.listEvents({ limit: 1 })).map((e) => e.type);
      const [rows] = await rawSql(location, [WHOLE_TABLE.replace("ORDER BY", `WHERE type = '${type}' ORDER BY`)]);
      const read: string[] = [];
      for await (const e of eachEvent(store, { type: [type!] })) read.push(e.id);
      assert.deepEqual(read, rows!.map((r) => String(r.id)));
    });

    test("each page seeks in the index of the keyset order and sorts nothing (SQLite's plans)", { skip: backend.name !== "sqlite" }, async () => {
      const [firstUndated] = await store.listEvents({ limit: 1, after: { dateStart: null, id: "" } });
      const [[lastDated]] = await rawSql(location, ["SELECT date_start, id FROM events WHERE date_start IS NOT NULL ORDER BY date_start DESC, id DESC LIMIT 1"]);
      const cursors: EventCursor[] = [
        {},
        { dateStart: "2020-01-01", id: expected[Math.floor(expected.length / 4)]! },
        // the last dated event: its page goes on into the undated ones
        { dateStart: String(lastDated!.date_start), id: String(lastDated!.id) },
        { dateStart: null, id: firstUndated!.id },
      ];
      const statements = await statementsRun(async () => {
        for (const cursor of cursors) await store.listEvents({ limit: 20, after: cursor });
      });
      assert.ok(statements.length >= 5, `${statements.length} statements`);
      const db = new Database(location, { readonly: true });
      try {
        for (const { sql, params } of statements) {
          const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
          assert.ok(!plan.some((line) => line.includes("TEMP B-TREE")), `${sql}\n${plan.join("\n")}`);
          assert.match(plan[0]!, /^SEARCH e USING INDEX events_by_start \(/, `${sql}\n${plan.join("\n")}`);
        }
      } finally {
        db.close();
      }
    });
    test("a store made before schema v10 gets the index of the keyset order when opened", async () => {
      await store.close();
      await rawSql(location, ["DROP INDEX events_by_start", "DELETE FROM schema_version WHERE version >= 10"]);
      store = await openStore(location);
      const [[version], indexes] = await rawSql(location, [
        "SELECT max(version) AS version FROM schema_version",
        backend.name === "sqlite"
          ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"
          : "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'events'",
      ]);
      assert.equal(Number(version!.version), SCHEMA_VERSION);
      assert.ok(indexes!.some((r) => r.name === "events_by_start"));
      assert.deepEqual(await readByKey(store, 7), expected);
    });

  });
}

/** The statements better-sqlite3 ran (their SQL and parameters) while `work` ran. */
async function statementsRun(work: () => Promise<void>): Promise<Array<{ sql: string; params: unknown[] }>> {
  const prototype = Object.getPrototypeOf(new Database(":memory:").prepare("SELECT 1"));
  const all = prototype.all;
  const run: Array<{ sql: string; params: unknown[] }> = [];
  prototype.all = function (this: { source: string }, ...params: unknown[]) {
    if (/\bFROM events e\b/.test(this.source)) run.push({ sql: this.source, params });
    return all.apply(this, params);
  };
  try {
    await work();
  } finally {
    prototype.all = all;
  }
  return run;
}
