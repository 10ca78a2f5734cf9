// listEvents reads an actor's events from two indexes (as source, as target) a page at a time, and
// seeks by date under a date filter: the pages must add up to the whole list, in date order, each
// event once, and a filtered list must be the whole list filtered.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../src/store/index.ts";
import { syntheticDocument } from "../../bench/synthetic-corpus.ts";
import { postgresBackend, sqliteBackend, type Backend } from "./backends.ts";

for (const backend of [sqliteBackend(), await postgresBackend()]) eventPages(backend);

function eventPages(backend: Backend): void {
  describe(`event pages on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    let actorId: string;
    before(async () => {
      store = await openStore(await backend.location());
      for (let n = 0; n < 40; n++) await store.addDocument(syntheticDocument(n));
      [{ id: actorId }] = await store.listActors({ limit: 1 });
    });
    after(async () => {
      await store?.close();
      await backend.cleanup();
    });

    test("an actor's events page by page are its whole list, in date order, each once", async () => {
      const all = await store.listEvents({ actorIds: [actorId], limit: 10_000 });
      assert.ok(all.length >= 6, `only ${all.length} events`);
      assert.ok(all.every((e) => e.source?.id === actorId || e.target?.id === actorId));
      assert.equal(new Set(all.map((e) => e.id)).size, all.length);
      const days = all.map((e) => e.dateStart ?? "~");
      assert.deepEqual(days, [...days].sort());
      const pages = [];
      for (let offset = 0; offset < all.length; offset += 2) pages.push(...(await store.listEvents({ actorIds: [actorId], limit: 2, offset })));
      assert.deepEqual(pages.map((e) => e.id), all.map((e) => e.id));
    });

    test("a date and type filter gives the whole list filtered, with or without an actor", async () => {
      const all = await store.listEvents({ limit: 10_000 });
      const [{ type, dateStart }] = all;
      const from = dateStart!.slice(0, 4);
      const to = String(Number(from) + 3);
      const expected = all.filter((e) => e.type === type && e.dateEnd! >= `${from}-01-01` && e.dateStart! <= `${to}-12-31`);
      const got = await store.listEvents({ type: [type], from, to, limit: 10_000 });
      assert.deepEqual(got.map((e) => e.id), expected.map((e) => e.id));
      const mine = await store.listEvents({ actorIds: [actorId], from, to, limit: 10_000 });
      assert.deepEqual(mine.map((e) => e.id), all.filter((e) => (e.source?.id === actorId || e.target?.id === actorId) && e.dateEnd! >= `${from}-01-01` && e.dateStart! <= `${to}-12-31`).map((e) => e.id));
    });
  });
}
