// Where ingest time goes, one phase at a time on one thread, timed in CPU time so that a loaded
// machine skews the figures less than wall time would:
//
//   node --import tsx bench/ingest-phases.ts [articles=1000] [--db URL] [--profile FILE.cpuprofile]
//
// 1. annotate: the whole pipeline per article (what each worker thread does);
// 2. clone: the structured clone a document costs to cross from a worker to the main thread
//    (serialize + deserialize, as postMessage does);
// 3. write: Store.addDocument into a fresh store (a temporary SQLite file, or --db), with fusion;
//    on PostgreSQL, with the round trips to the server per document (calls of pg's Client.query,
//    each of which is one round trip, however many statements it sends).
// --profile writes a CPU profile of the write phase (open it in Chrome DevTools).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { deserialize, serialize } from "node:v8";
import pg from "pg";
import { corpusArticle } from "./ingest-corpus.ts";
import { buildPipeline } from "../src/pipeline/index.ts";
import { loadKnowledgeBase } from "../src/kb/index.ts";
import { readArticleText } from "../src/ingest/index.ts";
import { openStore } from "../src/store/index.ts";
import type { AnnotatedDocument } from "../src/model/index.ts";

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { db: { type: "string" }, profile: { type: "string" } } });
const n = Number(positionals[0] ?? 1000);

/** CPU milliseconds of this thread's process spent in `work` (user + system). */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const kb = loadKnowledgeBase({});
const pipeline = buildPipeline({ kb });
const docs: AnnotatedDocument[] = [];
let words = 0;
const annotateMs = cpuMs(() => {
  for (let i = 0; i < n; i++) {
    const doc = pipeline.annotate(readArticleText(corpusArticle(i), `bench#${i}`));
    words += doc.text.match(/\S+/g)?.length ?? 0;
    docs.push(doc);
  }
});
let bytes = 0;
const cloneMs = cpuMs(() => {
  for (const doc of docs) {
    const wire = serialize(doc);
    bytes += wire.length;
    deserialize(wire);
  }
});

const dir = mkdtempSync(join(tmpdir(), "sitrep-phases-"));
const store = await openStore(flags.db ?? join(dir, "bench.db"));
const session = flags.profile ? new (await import("node:inspector/promises")).Session() : undefined;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  roundTrips++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (const doc of docs) await store.addDocument(doc);
const writeWallMs = performance.now() - wallBefore;
const writeCpu = process.cpuUsage(cpuBefore);
const writeRoundTrips = roundTrips;
if (session) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(flags.profile!, JSON.stringify(profile));
}
const stats = await store.stats();
await store.close();
rmSync(dir, { recursive: true, force: true });

const per = (ms: number) => `${(ms / n).toFixed(2)} ms/article`;
const rate = (ms: number) => `${Math.round((words / ms) * 1000).toLocaleString("en")} words/s`;
console.log(`${n} articles, ${words.toLocaleString("en")} words, store ${store.kind}: ${JSON.stringify(stats)}`);
console.log(`annotate  ${per(annotateMs)} CPU  (${rate(annotateMs)} per core)`);
console.log(`clone     ${per(cloneMs)} CPU  (${(bytes / n / 1024).toFixed(1)} KB per document)`);
console.log(`write     ${per((writeCpu.user + writeCpu.system) / 1000)} CPU of this process, ${per(writeWallMs)} wall  (${rate(writeWallMs)} wall, ${(n / writeWallMs * 1000).toFixed(0)} articles/s)`);
if (store.kind === "postgres") console.log(`          ${(writeRoundTrips / n).toFixed(1)} round trips to PostgreSQL per document`);
console.log(`peak RSS  ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
