// Fills a store with synthetic fused events through the store's own write path (Store.addDocument,
// with fusion), for the query benchmark (bench/queries.ts):
//
//   node --import tsx bench/fill-store.ts --db FILE-OR-URL [--events 1000000] [--minutes 60]
//
// The documents are bench/synthetic-corpus.ts's. Resumable: it continues from the documents already
// stored (the generator is deterministic), and stops at --events fused events or after --minutes.
// On PostgreSQL it ends with VACUUM (ANALYZE): what autovacuum would do (the test server runs with
// autovacuum off; without statistics the planner scans whole tables and compiles queries with JIT).
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore } from "../src/store/index.ts";
import { syntheticDocument } from "./synthetic-corpus.ts";

const { values: flags } = parseArgs({ options: { db: { type: "string" }, events: { type: "string" }, minutes: { type: "string" } } });
if (!flags.db) throw new Error("name the store: --db FILE-OR-URL");
const targetEvents = Number(flags.events ?? 1_000_000);
const deadline = Date.now() + Number(flags.minutes ?? 60) * 60_000;

const store = await openStore(flags.db);
const started = Date.now();
let { documents, events } = await store.stats();
const first = documents;
process.stderr.write(`fill: ${documents} documents, ${events} events already in ${store.location}\n`);
try {
  for (let n = documents; events < targetEvents && Date.now() < deadline; n++) {
    await store.addDocument(syntheticDocument(n));
    if ((n + 1) % 1000 === 0) {
      ({ documents, events } = await store.stats());
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(`fill: ${documents} documents, ${events} events; ${((documents - first) / seconds).toFixed(0)} documents/s over ${seconds.toFixed(0)} s\n`);
    }
  }
} finally {
  ({ documents, events } = await store.stats());
  process.stderr.write(`fill: done: ${documents} documents, ${events} events in ${store.location} after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  await store.close();
}
if (store.kind === "postgres") {
  const url = new URL(flags.db);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  await client.query("VACUUM (ANALYZE) documents, document_sketches, actors, actor_aliases, actor_links, document_entities, mentions, events, event_reports, report_splits, quotes");
  await client.end();
}
