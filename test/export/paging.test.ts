// Exports read the store by key, a page at a time: every event exactly once, by first day, undated
// last, on SQLite and PostgreSQL alike, however small the page.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type EventCursor, type EventRecord, type Store } from "../../src/store/index.ts";
import { postgresBackend, sqliteBackend, type Backend } from "../store/backends.ts";
import { article, CORPUS } from "../store/fixtures.ts";
import { hostileReport, sumyStrike, sumyToll } from "./fixtures.ts";

/** Two undated events, so that the read goes on past the dated ones. */
const undated = article({ title: "Aid pledged", source: "Desk", published: "2025-06-02" },
  "Japan has sent aid to Ukraine, and Canada has sent aid to Moldova, officials said.", {
    entities: [
      { id: "e1", name: "Japan", type: "GPE", country: "JPN", find: ["Japan"] },
      { id: "e2", name: "Ukraine", type: "GPE", country: "UKR", find: ["Ukraine"] },
      { id: "e3", name: "Canada", type: "GPE", country: "CAN", find: ["Canada"] },
      { id: "e4", name: "Moldova", type: "GPE", country: "MDA", find: ["Moldova"] },
    ],
    events: [
      { type: "AID", source: "e1", target: "e2", evidence: "Japan has sent aid to Ukraine" },
      { type: "AID", source: "e3", target: "e4", evidence: "Canada has sent aid to Moldova" },
    ],
  });

for (const backend of [sqliteBackend(), await postgresBackend()]) paging(backend);

function paging(backend: Backend): void {
  describe(`keyset paging on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await openStore(await backend.location());
      for (const doc of [...CORPUS, sumyStrike, sumyToll, hostileReport, undated]) await store.addDocument(doc);
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    test("pages of 2 give every event once, by first day then id, undated last", async () => {
      const read: EventRecord[] = [];
      for (let cursor: EventCursor = {}; ;) {
        const page = await store.listEvents({ limit: 2, after: cursor });
        read.push(...page);
        if (page.length < 2) break;
        cursor = { dateStart: page[1]!.dateStart ?? null, id: page[1]!.id };
      }
      const all = await store.listEvents({ limit: 1000 });
      assert.equal(read.length, all.length);
      assert.deepEqual(new Set(read.map((e) => e.id)), new Set(all.map((e) => e.id)));
      const key = (e: EventRecord) => `${e.dateStart ? `0${e.dateStart}` : "1"}|${e.id}`;
      const keys = read.map(key);
      assert.deepEqual(keys, [...keys].sort(), "in key order");
      assert.equal(read.filter((e) => !e.dateStart).length, 2, "the undated events are read, last");
    });

    test("filters hold across pages", async () => {
      const first = await store.listEvents({ type: ["CONSULT"], limit: 2, after: {} });
      const next = await store.listEvents({ type: ["CONSULT"], limit: 10, after: { dateStart: first[1]!.dateStart ?? null, id: first[1]!.id } });
      assert.ok([...first, ...next].every((e) => e.type === "CONSULT"));
      assert.equal(first.length + next.length, (await store.listEvents({ type: ["CONSULT"], limit: 100 })).length);
    });
  });
}
