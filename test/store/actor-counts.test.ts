// Schema v8: the counts the actor page reads (each actor's events, the events each pair of actors
// shares) are kept by the write path; they must always equal counting the events, after documents
// are added and merged, a merge is undone and the corpus fused again, and after a store made before
// v8 is opened. Full-text search ranks the most recently stored matches and lists the rest after
// them, newest first; its pages must add up to every match, each once.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../src/store/index.ts";
import { entityProfile } from "../../src/query/index.ts";
import { syntheticDocument } from "../../bench/synthetic-corpus.ts";
import { postgresBackend, rawSql, sqliteBackend, type Backend } from "./backends.ts";
import { CORPUS, kualaLumpurIndependent } from "./fixtures.ts";

for (const backend of [sqliteBackend(), await postgresBackend()]) actorCounts(backend);

/** Each actor's events and co-actor counts as the events themselves say. */
async function countedFromEvents(store: Store): Promise<Map<string, { events: number; links: Map<string, number> }>> {
  const counted = new Map<string, { events: number; links: Map<string, number> }>();
  const of = (id: string) => counted.get(id) ?? counted.set(id, { events: 0, links: new Map() }).get(id)!;
  for (const e of await store.listEvents({ limit: 100_000 })) {
    const [s, t] = [e.source?.id, e.target?.id];
    if (s) of(s).events++;
    if (t && t !== s) of(t).events++;
    if (s && t && s !== t) {
      of(s).links.set(t, (of(s).links.get(t) ?? 0) + 1);
      of(t).links.set(s, (of(t).links.get(s) ?? 0) + 1);
    }
  }
  return counted;
}

async function assertCountsKept(store: Store): Promise<void> {
  const counted = await countedFromEvents(store);
  const actors = await store.listActors({ limit: 100_000 });
  assert.ok(actors.length > 10);
  for (const actor of actors) {
    const expected = counted.get(actor.id) ?? { events: 0, links: new Map() };
    assert.equal(actor.events, expected.events, `events of ${actor.name}`);
    const kept = await store.coActors(actor.id, 100_000);
    assert.deepEqual(new Map(kept.map((c) => [c.id, c.events])), expected.links, `co-actors of ${actor.name}`);
    const order = kept.map((c) => [-c.events, c.id] as const);
    assert.deepEqual(order, [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)), "most shared first, then by id");
  }
}

function actorCounts(backend: Backend): void {
  describe(`kept actor counts and search order on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    let location: string;
    before(async () => {
      location = await backend.location();
      store = await openStore(location);
      for (const doc of CORPUS) await store.addDocument(doc);
      for (let n = 0; n < 40; n++) await store.addDocument(syntheticDocument(n));
    });
    after(async () => {
      await store?.close();
      await backend.cleanup();
    });

    test("each actor's events and co-actors equal counting its events, after merges", async () => {
      await assertCountsKept(store);
      const profile = await entityProfile(store, "Rubio");
      assert.equal(profile.coActors[0].actor.name, "Sergei Lavrov");
      assert.equal(profile.coActors[0].events, (await store.coActors(profile.actor.id, 1))[0].events);
    });

    test("... after a merge is undone and the corpus fused again", async () => {
      await store.unmergeReport(`${kualaLumpurIndependent.id}/ev1`);
      await assertCountsKept(store);
      await store.refuse();
      await assertCountsKept(store);
    });

    test("a store made before schema v8 gets its counts, quote order (and, on PostgreSQL, its search column) when opened", async () => {
      const quotes = (await store.listQuotes({ limit: 1000 })).map((q) => q.id);
      await store.close();
      await rawSql(location, [
        "DROP TABLE actor_links",
        "ALTER TABLE actors DROP COLUMN events",
        ...(backend.name === "postgres"
          ? [
            "DROP INDEX documents_search",
            "ALTER TABLE documents DROP COLUMN search",
            "CREATE INDEX documents_fts ON documents USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))",
          ]
          : []),
        // ...and schema v9's quote order
        "DROP INDEX quotes_speaker_latest",
        "DROP INDEX quotes_latest",
        "ALTER TABLE quotes DROP COLUMN published",
        "ALTER TABLE quotes DROP COLUMN doc_no",
        "CREATE INDEX quotes_speaker ON quotes (speaker_actor)",
        // ...and schema v10's index of the export's order
        "DROP INDEX events_by_start",
        "DELETE FROM schema_version WHERE version >= 8",
      ]);
      store = await openStore(location);
      await assertCountsKept(store);
      assert.ok((await store.searchDocuments("Kuala Lumpur")).length >= 3);
      assert.deepEqual((await store.listQuotes({ limit: 1000 })).map((q) => q.id), quotes);
    });

    test("quotes come newest first, of one speaker or all, and their pages add up", async () => {
      const all = await store.listQuotes({ limit: 1000 });
      const days = all.map((q) => q.document.published ?? "");
      assert.deepEqual(days, [...days].sort().reverse());
      const pages = [];
      for (let offset = 0; offset < all.length; offset += 4) pages.push(...(await store.listQuotes({ limit: 4, offset })));
      assert.deepEqual(pages.map((q) => q.id), all.map((q) => q.id));
      const speaker = all.find((q) => q.speaker?.id)!.speaker!.id!;
      assert.deepEqual((await store.listQuotes({ speakerIds: [speaker], limit: 1000 })).map((q) => q.id), all.filter((q) => q.speaker?.id === speaker).map((q) => q.id));
    });

    test("search ranks the most recently stored matches, then lists the rest newest first; pages add up", async () => {
      // Every synthetic article says "report"; they were stored in the order of their numbers.
      const all = await store.searchDocuments("report", { limit: 1000, ranked: 10 });
      const synthetic = all.filter((h) => h.document.id.startsWith("synthetic-"));
      assert.equal(synthetic.length, 40);
      assert.equal(new Set(all.map((h) => h.document.id)).size, all.length);
      const newest = [...synthetic].map((h) => h.document.id).sort().reverse();
      assert.deepEqual(new Set(all.slice(0, 10).map((h) => h.document.id)), new Set(newest.slice(0, 10)));
      const ranks = all.slice(0, 10).map((h) => h.rank);
      assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a), "best match first");
      // The fixture articles were stored before the synthetic ones: they come last.
      assert.deepEqual(all.slice(10, 40).map((h) => h.document.id), newest.slice(10), "then newest first");
      assert.ok(all.slice(40).every((h) => !h.document.id.startsWith("synthetic-")));
      for (const size of [3, 7]) {
        const pages = [];
        for (let offset = 0; offset < all.length + size; offset += size) {
          pages.push(...(await store.searchDocuments("report", { limit: size, offset, ranked: 10 })));
        }
        assert.deepEqual(pages.map((h) => h.document.id), all.map((h) => h.document.id), `pages of ${size}`);
      }
      // With every match ranked, the order is by rank alone (ties: newest first).
      const ranked = await store.searchDocuments("report", { limit: 1000 });
      assert.deepEqual(new Set(ranked.map((h) => h.document.id)), new Set(all.map((h) => h.document.id)));
      const byRank = ranked.map((h) => h.rank);
      assert.deepEqual(byRank, [...byRank].sort((a, b) => b - a));
      const both = await store.searchDocuments("Kyiv exports", { limit: 1000, ranked: 5 });
      assert.ok(both.length > 0);
      for (const hit of both) assert.match(hit.snippet, /\[/);
    });
  });
}
