// The same articles give the same fused data set whatever the order, concurrency or interruptions of
// their ingest: after `refuse` (which `sitrep ingest` runs when it has added documents), three orders
// and two concurrent writers give identical event groupings and actors, on SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { promisify } from "node:util";
import type { AnnotatedDocument } from "../../src/model/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { postgresBackend, sqliteBackend, type Backend } from "./backends.ts";
import { scratchDir } from "../scratch.ts";
import { article } from "./fixtures.ts";

const execFileAsync = promisify(execFile);
const WRITER = new URL("./add-documents.ts", import.meta.url).pathname;
const dir = scratchDir("fusion");

const LAVROV = { id: "e2", name: "Sergei Lavrov", type: "PERSON", country: "RUS", kb: "actor:sergei-lavrov", aliases: ["Lavrov"], find: ["Lavrov"] };
const meeting = (published: string, rubio: string, date: string, text: string): AnnotatedDocument =>
  article({ title: `Rubio and Lavrov, ${published}`, published }, text, {
    entities: [
      // No knowledge-base id: which name an actor gets, and whether "Rubio" joins "Marco Rubio", is up to fusion.
      { id: "e1", name: rubio, type: "PERSON", country: "USA", aliases: rubio === "Rubio" ? [] : ["Rubio"], find: [rubio] },
      LAVROV,
    ],
    events: [{ type: "CONSULT", source: "e1", target: "e2", date, evidence: text.split(".")[0]! }],
  });

/**
 * "2025-07" holds both 2025-07-10 and 2025-07-11, which do not hold each other: fused as they come,
 * the month report joins whichever day came first, and the other day stays apart.
 */
const CORPUS = [
  meeting("2025-07-11", "Rubio", "2025-07-10", "Rubio met Lavrov in Kuala Lumpur on Thursday. The talks lasted 50 minutes."),
  meeting("2025-07-25", "Marco Rubio", "2025-07", "Marco Rubio met Lavrov in July, his aides said. Both sides called the talks useful."),
  meeting("2025-07-12", "Marco Rubio", "2025-07-11", "Marco Rubio and Lavrov met again on Friday. The second meeting was short."),
  meeting("2025-07-26", "Rubio", "2025-07", "Rubio said he had met Lavrov twice this month. He gave no details."),
];

/** What a researcher gets: the reports of each fused event, and every actor with its names. */
async function dataSet(store: Store): Promise<unknown> {
  const events = await store.listEvents({});
  const reports = await store.eventReports(events.map((e) => e.id));
  const groups = events.map((e) => ({
    id: e.id, date: e.date, source: e.source?.id, target: e.target?.id,
    reports: reports.filter((r) => r.eventId === e.id).map((r) => r.id).sort(),
  }));
  const actors = (await store.listActors({ limit: 1000 })).map((a) => ({ id: a.id, name: a.name, country: a.country, aliases: [...a.aliases].sort(), documents: a.documents }));
  return { groups: groups.sort((a, b) => a.id.localeCompare(b.id)), actors: actors.sort((a, b) => a.id.localeCompare(b.id)) };
}

for (const backend of [sqliteBackend(), await postgresBackend()]) fusionOrder(backend);

function fusionOrder(backend: Backend): void {
  describe(`fusion independent of ingest order on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    async function ingestInOrder(order: number[]): Promise<{ before: unknown; after: unknown }> {
      const store = await openStore(await backend.location());
      try {
        for (const i of order) await store.addDocument(CORPUS[i]!);
        const before = await dataSet(store);
        assert.equal(await store.refuse({ onlyWhenNeeded: true }), CORPUS.length);
        assert.equal(await store.refuse({ onlyWhenNeeded: true }), 0, "nothing to do once canonical");
        return { before, after: await dataSet(store) };
      } finally {
        await store.close();
      }
    }

    test("three ingest orders and two concurrent writers give identical events and actors", async () => {
      const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 2, 0, 3]];
      const results = [];
      for (const order of orders) results.push(await ingestInOrder(order));
      // Fused as they came, the orders disagree: the test would pass for nothing if they did not.
      assert.notDeepEqual(results[0]!.before, results[1]!.before);
      for (const r of results.slice(1)) assert.deepEqual(r.after, results[0]!.after);

      // Two writer processes on one database at once, each refusing at its end, as two `sitrep ingest` runs do.
      const location = await backend.location();
      await openStore(location).then((s) => s.close()); // created before the writers race to open it
      const writer = (docs: number[]) => {
        const file = join(dir, `writer-${docs.join("")}.json`);
        writeFileSync(file, JSON.stringify(docs.map((i) => CORPUS[i])));
        return execFileAsync(process.execPath, ["--import", "tsx", WRITER, location, file]);
      };
      await Promise.all([writer([0, 2]), writer([3, 1])]);
      const store = await openStore(location);
      try {
        assert.deepEqual(await dataSet(store), results[0]!.after);
      } finally {
        await store.close();
      }
    });

    test("a merge undone by hand stays undone when the corpus is fused again", async () => {
      const store = await openStore(await backend.location());
      try {
        for (const doc of CORPUS) await store.addDocument(doc);
        await store.refuse();
        const [merged] = (await store.listEvents({})).filter((e) => e.reports > 1);
        assert.ok(merged, "some event has two reports");
        const [first, second, ...rest] = (await store.eventReports([merged.id])).map((r) => r.id);
        await store.unmergeReport(second!);
        await store.refuse();
        // It may join another event it fits, never one holding a report it was split from.
        const { groups } = await dataSet(store) as { groups: Array<{ reports: string[] }> };
        const home = groups.find((g) => g.reports.includes(second!))!;
        assert.deepEqual(home.reports.filter((r) => r === first || rest.includes(r)), []);
      } finally {
        await store.close();
      }
    });
  });
}
