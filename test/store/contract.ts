// The one Store contract suite, run against every backend (sqlite.test.ts, postgres.test.ts).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../src/store/index.ts";
import { entityProfile, getDocument, getEvent, listEvents, listQuotes, searchDocuments, timeline } from "../../src/query/index.ts";
import type { Backend } from "./backends.ts";
import {
  CORPUS, dublinQuestion, kualaLumpurIndependent, kualaLumpurMeeting, kualaLumpurSyndicated, kyivStrike, riyadhTalks,
} from "./fixtures.ts";

export function storeContract(backend: Backend): void {
  describe(`Store contract on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await openStore(await backend.location());
      for (const doc of CORPUS) assert.equal(await store.addDocument(doc, { input: `${doc.id}.txt` }), "added");
    });
    after(async () => {
      await store?.close();
      await backend.cleanup();
    });

    test("adding a document twice changes nothing", async () => {
      const before = await store.stats();
      assert.equal(await store.addDocument(kualaLumpurMeeting), "exists");
      assert.deepEqual(await store.stats(), before);
    });

    test("a stored document comes back with every layer exactly as annotated", async () => {
      const stored = await getDocument(store, kualaLumpurMeeting.id);
      assert.deepEqual(stored.document, kualaLumpurMeeting);
      assert.equal(stored.summary.input, `${kualaLumpurMeeting.id}.txt`);
      assert.equal(Object.keys(stored.actors).length, kualaLumpurMeeting.entities.length);
      assert.equal(Object.keys(stored.events).length, kualaLumpurMeeting.events.length);
    });

    test("an unknown document or event id is NOT_FOUND", async () => {
      await assert.rejects(getDocument(store, "0000000000000000"), { code: "NOT_FOUND" });
      await assert.rejects(getEvent(store, "ev_nothing"), { code: "NOT_FOUND" });
    });

    test("one actor per person across documents, found by name or alias", async () => {
      const [rubio, ...others] = await store.findActors("Rubio");
      assert.equal(others.length, 0);
      assert.equal(rubio.name, "Marco Rubio");
      assert.equal(rubio.documents, 5);
      assert.ok(rubio.roles.includes("Secretary of State"));
      assert.equal((await store.findActors("marco rubio"))[0].id, rubio.id);
      // "Lavrov" in the September story has no knowledge-base id: it joins by its full-name alias.
      const lavrov = await store.findActors("Sergei Lavrov");
      assert.equal(lavrov.length, 1);
      assert.equal(lavrov[0].documents, 5);
    });

    test("a timeline lists each meeting and call once, in date order, with every source", async () => {
      const entries = await timeline(store, { actor: "Marco Rubio", with: "Lavrov" });
      assert.deepEqual(entries.map((e) => e.date), ["2025-02-18", "2025-05", "2025-06", "2025-07-10TEV", "2025-09-24"]);
      const [february, , , july] = entries;
      assert.equal(february.sources.length, 3);
      assert.deepEqual(new Set(february.sources.map((s) => s.document.id)), new Set([riyadhTalks.id, kualaLumpurMeeting.id, kualaLumpurSyndicated.id]));
      assert.match(february.sources[1].reason, /2025-02 compatible with 2025-02-18/);
      assert.equal(july.precision, "part-of-day");
      assert.ok(july.sources.every((s) => s.evidence.length > 0 && s.evidence[0].text.length > 0));
      // The other side's order does not matter for a meeting.
      assert.deepEqual((await timeline(store, { actor: "Lavrov", with: "Rubio" })).map((e) => e.id), entries.map((e) => e.id));
    });

    test("syndicated copies of one wire story count once; an independent report counts again", async () => {
      const [july] = await listEvents(store, { actor: "Rubio", from: "2025-07-10", to: "2025-07-10" });
      assert.equal(july.reports, 3);
      assert.equal(july.corroboration, 2);
      const copy = await getDocument(store, kualaLumpurSyndicated.id);
      assert.equal(copy.summary.story, kualaLumpurMeeting.id);
      const may = await listEvents(store, { actor: "Rubio", from: "2025-05", to: "2025-05" });
      assert.equal(may.length, 1);
      assert.equal(may[0].reports, 2);
      assert.equal(may[0].corroboration, 1);
    });

    test("a negated meeting is kept apart from the meetings that happened", async () => {
      const september = await listEvents(store, { actor: "Rubio", from: "2025-09", to: "2025-09" });
      assert.equal(september.length, 2);
      assert.deepEqual(september.find((e) => e.context)?.context, ["negated"]);
    });

    test("event filters: type, place, text, dates; an unknown actor is NOT_FOUND, with close names", async () => {
      assert.equal((await listEvents(store, { type: "ASSAULT" })).length, 1);
      assert.equal((await listEvents(store, { place: "kuala" }))[0].date, "2025-07-10TEV");
      assert.deepEqual((await listEvents(store, { text: "by telephone" })).map((e) => e.date), ["2025-05"]);
      assert.deepEqual((await listEvents(store, { from: "2025-08" })).map((e) => e.date), ["2025-09", "2025-09-24"]);
      await assert.rejects(listEvents(store, { actor: "Nobody Known" }), { code: "NOT_FOUND" });
      await assert.rejects(listEvents(store, { actor: "Rubio", with: "Sergei Lavrof" }), { message: /did you mean "Sergei Lavrov"\?/ });
      await assert.rejects(listEvents(store, { type: "PARTY" }), { code: "BAD_ARGUMENT" });
    });

    test("an event carries every source document with its evidence", async () => {
      const [strike] = await listEvents(store, { type: "ASSAULT" });
      const detail = await getEvent(store, strike.id);
      assert.equal(detail.sources.length, 1);
      assert.equal(detail.sources[0].document.id, kyivStrike.id);
      assert.equal(detail.sources[0].evidence[0].text, "launched hundreds of drones at Kyiv overnight");
      assert.deepEqual(detail.place, { name: "Kyiv", country: "UKR", lat: 50.45, lon: 30.52 });
    });

    test("quotes by speaker name", async () => {
      const quotes = await listQuotes(store, { speaker: "Lavrov" });
      assert.deepEqual(quotes.map((q) => q.text), ["useful"]);
      assert.equal(quotes[0].speaker?.name, "Sergei Lavrov");
      await assert.rejects(listQuotes(store, { speaker: "Nobody Known" }), { code: "NOT_FOUND" });
    });

    test("an entity profile gives aliases, roles, events, quotes and co-actors", async () => {
      const profile = await entityProfile(store, "Rubio");
      assert.ok(profile.aliases.includes("Rubio"));
      assert.ok(profile.events.length >= 6);
      assert.deepEqual(profile.quotes.map((q) => q.text), ["frank", "frank"]);
      assert.equal(profile.coActors[0].actor.name, "Sergei Lavrov");
      await assert.rejects(entityProfile(store, "Nobody Known"), { code: "NOT_FOUND" });
    });

    test("full-text search finds articles and marks the words", async () => {
      const hits = await searchDocuments(store, "Kuala Lumpur");
      assert.deepEqual(new Set(hits.map((h) => h.document.id)), new Set([kualaLumpurMeeting.id, kualaLumpurSyndicated.id, kualaLumpurIndependent.id]));
      assert.match(hits[0].snippet, /\[/);
      assert.deepEqual(await searchDocuments(store, "zeppelin"), []);
    });

    test("a merge can be undone, and re-adding the document does not redo it", async () => {
      const [july] = await listEvents(store, { actor: "Rubio", from: "2025-07-10", to: "2025-07-10" });
      const reportId = `${kualaLumpurIndependent.id}/ev1`;
      const split = await store.unmergeReport(reportId);
      assert.notEqual(split, july.id);
      assert.equal((await store.getEvent(july.id))?.reports, 2);
      assert.equal((await store.getEvent(split))?.reports, 1);
      assert.equal(await store.addDocument(kualaLumpurIndependent), "exists");
      await assert.rejects(store.unmergeReport("nothing/ev1"), { code: "NOT_FOUND" });
    });

    test("quotes, backslashes and question marks in text and names are stored exactly", async () => {
      assert.equal(await store.addDocument(dublinQuestion), "added");
      assert.deepEqual((await getDocument(store, dublinQuestion.id)).document, dublinQuestion);
      const [actor] = await store.findActors("O'Dowd");
      assert.equal(actor?.name, "Niamh O'Dowd");
      const [quote] = await listQuotes(store, { speaker: "Niamh O'Dowd" });
      assert.equal(quote?.text, "Who pays for the grain corridor? We do.");
      assert.deepEqual((await searchDocuments(store, "shrug"))[0]?.document.id, dublinQuestion.id);
    });

    test("a document with no entities, events or quotes is stored too", async () => {
      const bare = { id: "bare00000000000a", text: "Markets were calm on Friday.", entities: [], timexes: [], quantities: [], quotes: [], events: [] };
      assert.equal(await store.addDocument(bare), "added");
      assert.equal((await getDocument(store, bare.id)).document.text, bare.text);
    });
  });
}
