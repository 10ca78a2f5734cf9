// `sitrep ingest` end to end, on SQLite and PostgreSQL: idempotent by content, the same story from
// two files stored once, and a run killed with SIGKILL resumed without loss or duplicates.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type CorpusStats } from "../../src/store/index.ts";
import { postgresBackend, sqliteBackend, type Backend } from "../store/backends.ts";
import { writeCorpus } from "../../bench/ingest-corpus.ts";
import { runSitrep, startSitrep } from "./run-sitrep.ts";

const MEETING = `---
title: Stubb and Tusk discuss Baltic security in Helsinki
published: 2025-03-03
source: Helsinki Times
---
HELSINKI - Finnish President Alexander Stubb met Polish Prime Minister Donald Tusk in Helsinki on Monday to discuss security in the Baltic Sea region.
"We stand together," Tusk told reporters after the talks.
`;
const STRIKE = `---
title: Drones hit Odesa port
published: 2025-03-05
source: Kyiv Post
---
ODESA - Russian drones struck port facilities in Odesa overnight, regional governor Oleh Kiper said on Wednesday, injuring three workers.
`;

for (const backend of [sqliteBackend(), await postgresBackend()]) ingestCommand(backend);

function ingestCommand(backend: Backend): void {
  describe(`sitrep ingest on ${backend.name}`, { skip: backend.skip }, () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await backend.cleanup();
    });

    test("re-ingesting, or the same story in a second file, adds nothing", async () => {
      const db = await backend.location();
      const articles = join(dir, "articles");
      mkdirSync(articles);
      writeFileSync(join(articles, "meeting.txt"), MEETING);
      writeFileSync(join(articles, "strike.txt"), STRIKE);
      // The same story saved again with Windows line ends and extra spaces.
      writeFileSync(join(articles, "meeting-copy.txt"), MEETING.replace(/\n/g, "\r\n").replace("on Monday", "on  Monday"));
      const first = await runSitrep(["ingest", "--db", db, articles]);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stderr, /2 stored, 1 already there, 0 failed/);
      const afterFirst = await stats(db);
      const second = await runSitrep(["ingest", "--db", db, articles, join(articles, "strike.txt")]);
      assert.match(second.stderr, /0 stored, 4 already there, 0 failed/);
      assert.deepEqual(await stats(db), afterFirst);
      assert.equal(afterFirst.documents, 2);
    });

    test("a broken input is reported and skipped; the others are stored", async () => {
      const db = await backend.location();
      const { code, stderr } = await runSitrep(["ingest", "--db", db, join(dir, "no-such-file.txt"), join(dir, "articles", "strike.txt")]);
      assert.equal(code, 1);
      assert.match(stderr, /no-such-file\.txt: /);
      assert.match(stderr, /1 stored, 0 already there, 1 failed/);
    });

    test("kill -9 in the middle of a run, then re-run: nothing lost, nothing duplicated", { timeout: 240_000 }, async () => {
      const corpus = join(dir, "corpus");
      writeCorpus(corpus, 120);
      const clean = await backend.location();
      assert.equal((await runSitrep(["ingest", "--db", clean, corpus])).code, 0);
      const expected = await stats(clean);
      assert.equal(expected.documents, 120);

      const crashed = await backend.location();
      const run = startSitrep(["ingest", "--db", crashed, corpus]);
      // Drained, so that a run writing much progress never waits on a full pipe.
      run.stdout?.resume();
      run.stderr?.resume();
      const closed = new Promise((r) => run.on("close", r));
      let running = true;
      void closed.then(() => (running = false));
      // Kill as soon as part of the corpus is stored, mid-run (a run that ends first fails below, not hangs).
      for (let stored = 0; stored < 15 && running; stored = (await stats(crashed).catch(() => undefined))?.documents ?? 0) {
        await new Promise((r) => setTimeout(r, 100));
      }
      run.kill("SIGKILL");
      await closed;
      const partial = await stats(crashed);
      assert.ok(partial.documents < 120, `killed too late: ${partial.documents} stored`);
      const resumed = await runSitrep(["ingest", "--db", crashed, corpus]);
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.match(resumed.stderr, new RegExp(`${120 - partial.documents} stored, ${partial.documents} already there`));
      const final = await stats(crashed);
      assert.equal(final.documents, expected.documents);
      assert.equal(final.reports, expected.reports);
      assert.equal(final.quotes, expected.quotes);
      assert.equal(final.events, expected.events);
    });

    test("two ingest processes writing the same corpus at once store each document once", { timeout: 240_000 }, async () => {
      const corpus = join(dir, "shared-corpus");
      writeCorpus(corpus, 60);
      const db = await backend.location();
      await stats(db); // create the schema before the race
      const [a, b] = await Promise.all([runSitrep(["ingest", "--db", db, corpus]), runSitrep(["ingest", "--db", db, corpus])]);
      assert.equal(a.code, 0, a.stderr);
      assert.equal(b.code, 0, b.stderr);
      const together = await stats(db);
      assert.equal(together.documents, 60);
      const alone = await backend.location();
      await runSitrep(["ingest", "--db", alone, corpus]);
      const expected = await stats(alone);
      assert.equal(together.reports, expected.reports);
      assert.equal(together.actors, expected.actors);
    });
  });
}

async function stats(db: string): Promise<CorpusStats> {
  const store = await openStore(db);
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}
