// Query speed at scale, on a store filled by bench/fill-store.ts (SQLite or PostgreSQL):
//
//   node --import tsx bench/queries.ts --db FILE-OR-URL [--runs 200] [--plans FILE]
//
// Times what users run, through src/query as the CLI and the API do: the timeline of one actor and
// of a dyad (first page of 100), events with filters and paging, the actor page, and full-text
// search. Actors are drawn from the generator's names, most-mentioned ones included. Prints
// p50/p95/p99 in milliseconds of wall time and of this process's CPU time (on a loaded machine a
// niced process waits for a core: CPU time says what a query costs; on SQLite it is all of it, on
// PostgreSQL the server's share is in the EXPLAIN ANALYZE times), and writes the plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on
// PostgreSQL) of every SQL statement each query ran, to --plans (default: stdout).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { entityProfile, listEvents, searchDocuments, timeline } from "../src/query/index.ts";
import { openStore } from "../src/store/index.ts";
import { PLOVER_TYPES } from "../src/model/index.ts";
import { ACTORS, actorName, PLACES, TOPICS } from "./synthetic-corpus.ts";

const { values: flags } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string" }, plans: { type: "string" } } });
if (!flags.db) throw new Error("name the store: --db FILE-OR-URL");
const runs = Number(flags.runs ?? 200);
const store = await openStore(flags.db);
const stats = await store.stats();

/** The SQL each query sends, caught at the driver (pg's Client.query, better-sqlite3's Statement.all/run/get). */
let caught: Array<{ sql: string; params: unknown[] }> | undefined;
const catchSql = (sql: string, params: unknown[]) => caught?.push({ sql, params });
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (typeof args[0] === "string") catchSql(args[0], (args[1] as unknown[]) ?? []);
  return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pgQuery;
const statementProto = Object.getPrototypeOf(new Database(":memory:").prepare("SELECT 1"));
for (const method of ["all", "run", "get"] as const) {
  const original = statementProto[method];
  statementProto[method] = function (this: { source: string }, ...params: unknown[]) {
    catchSql(this.source, params);
    return original.apply(this, params);
  };
}

let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const top = (await store.listActors({ limit: 20 })).map((a) => a.name);
const stored: string[] = [];
for (let tries = 0; stored.length < 200 && tries < 5000; tries++) {
  const name = actorName(Math.floor(rand() * ACTORS));
  if ((await store.findActors(name)).length) stored.push(name);
}
/** Half the time one of the 20 most mentioned actors (the worst case), else any stored actor. */
const someActor = () => (rand() < 0.5 ? pick(top) : pick(stored));
const someMonth = () => `${2015 + Math.floor(rand() * 10)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}`;

const QUERIES: Record<string, () => Promise<unknown>> = {
  "timeline of an actor (first 100)": () => timeline(store, { actor: someActor(), limit: 100 }),
  "timeline of a dyad": async () => {
    const actor = someActor();
    const [event] = await listEvents(store, { actor, limit: 1, offset: Math.floor(rand() * 5) });
    const other = event && (event.source?.name === actor ? event.target?.name : event.source?.name);
    return other ? timeline(store, { actor, with: other, limit: 100 }) : [];
  },
  "events: type + month, page of 50 at offset 0-200": () =>
    listEvents(store, { type: pick(PLOVER_TYPES), from: someMonth(), to: undefined, limit: 50, offset: 50 * Math.floor(rand() * 5) }).then(() =>
      listEvents(store, { type: pick(PLOVER_TYPES), from: someMonth(), limit: 50 })),
  "events: actor + year + type, page of 50": () => {
    const year = String(2015 + Math.floor(rand() * 10));
    return listEvents(store, { actor: someActor(), type: pick(PLOVER_TYPES), from: year, to: year, limit: 50 });
  },
  "actor page": () => entityProfile(store, someActor()),
  "full-text search: a full name": () => searchDocuments(store, pick(stored)),
  // The generator's topics and places are in most documents: about half the corpus matches both words.
  "full-text search: two very common words": () => searchDocuments(store, `${pick(TOPICS).split(" ").pop()} ${pick(PLACES)}`),
};

const percentile = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const lines = [`${store.kind} store ${store.location}: ${stats.documents} documents, ${stats.events} events, ${stats.actors} actors; ${runs} runs each`];
const plans: string[] = [];
for (const [name, query] of Object.entries(QUERIES)) {
  for (let i = 0; i < 10; i++) await query();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await query();
    const used = process.cpuUsage(cpuBefore);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const row = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    return [50, 95, 99].map((p) => `p${p} ${percentile(xs, p).toFixed(1).padStart(6)}`).join("  ");
  };
  lines.push(`${name.padEnd(42)} wall ${row(times)} ms | CPU of this process ${row(cpu)} ms`);
  caught = [];
  await query();
  const statements = caught;
  caught = undefined;
  plans.push(`## ${name}`, ...(await Promise.all(statements.map(explain))));
  console.log(lines[lines.length - 1]);
}
await store.close();
console.log(lines[0]);
if (flags.plans) writeFileSync(flags.plans, [...lines, "", ...plans].join("\n") + "\n");
else console.log(plans.join("\n"));

async function explain({ sql, params }: { sql: string; params: unknown[] }): Promise<string> {
  if (store.kind === "sqlite") {
    const db = new Database(flags.db!, { readonly: true });
    try {
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
      return `${sql.replace(/\s+/g, " ")}\n${rows.map((r) => `  ${r.detail}`).join("\n")}\n`;
    } finally {
      db.close();
    }
  }
  const url = new URL(flags.db!);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  try {
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params);
    return `${sql.replace(/\s+/g, " ")}\n${rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}\n`;
  } finally {
    await client.end();
  }
}
