// The work queue in one process: idempotent enqueue, a worker that stores what it takes, and a job
// that cannot be read failing after its tries with its error shown by status.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeQueue, connectQueue, enqueueInputs, queueStatus, runWorker, type QueueConnection } from "../../src/queue/index.ts";
import { openStore } from "../../src/store/index.ts";
import { queueBackend } from "./queue-fixtures.ts";

const backend = await queueBackend();
const FAST_RETRY = { tries: 2, retryDelaySeconds: 1, timeoutSeconds: 60 };

const BRIEF = (n: number) =>
  JSON.stringify({
    title: `Ruto and Ishiba talk trade (${n})`,
    published: `2025-04-0${n}`,
    text: `NAIROBI - Kenyan President William Ruto met Japanese Prime Minister Shigeru Ishiba in Nairobi on Tuesday to discuss trade, officials said. Brief number ${n}.`,
  });

describe("the work queue (PostgreSQL)", { skip: backend.skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-queue-"));
  let db: string;
  let queue: QueueConnection;
  before(async () => {
    db = await backend.location();
    queue = await connectQueue(db, { superviseSeconds: 1 });
    mkdirSync(join(dir, "folder", "sub"), { recursive: true });
    writeFileSync(join(dir, "folder", "meeting.txt"), "---\npublished: 2025-03-03\n---\nHELSINKI - Finnish President Alexander Stubb met Polish Prime Minister Donald Tusk in Helsinki on Monday.\n");
    writeFileSync(join(dir, "folder", "sub", "strike.txt"), "---\npublished: 2025-03-05\n---\nODESA - Russian drones struck port facilities in Odesa overnight, regional governor Oleh Kiper said on Wednesday.\n");
    writeFileSync(join(dir, "briefs.jsonl"), `${BRIEF(1)}\n\n${BRIEF(2)}\n`);
    writeFileSync(join(dir, "more-briefs.jsonl"), `${BRIEF(2)}\n{"title": "no text at all"}\n`);
  });
  after(async () => {
    await closeQueue(queue);
    await backend.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the same input twice is one job: files by path, folders walked, JSON Lines items by content", async () => {
    const first = await enqueueInputs(queue, [join(dir, "folder"), join(dir, "briefs.jsonl")], { retry: FAST_RETRY });
    assert.deepEqual(first, { added: 4, present: 0, failed: 0 });
    // The folder's file named on its own, and brief 2 again from another file: nothing new but the broken line.
    const errors: string[] = [];
    const second = await enqueueInputs(queue, [join(dir, "folder", "meeting.txt"), join(dir, "more-briefs.jsonl"), join(dir, "missing.txt")], {
      retry: FAST_RETRY,
      onError: (e) => errors.push(e.message),
    });
    assert.deepEqual(second, { added: 1, present: 2, failed: 1 });
    assert.match(errors[0], /missing\.txt: no such file/);
    assert.equal((await queueStatus(queue)).queued, 5);
  });

  test("a worker stores every job's article; a broken item fails after its tries, with its error in status", { timeout: 60_000 }, async () => {
    const store = await openStore(db);
    const failed: string[] = [];
    try {
      const summary = await runWorker(store, queue, { workers: 1, exitWhenDone: true, pollSeconds: 0.5, onJob: (j) => j.error && failed.push(j.input) });
      assert.equal(summary.stored, 4);
      assert.equal(failed.length, 2, "the broken line is tried twice");
      assert.equal((await store.stats()).documents, 4);
      assert.equal((await store.findActors("William Ruto"))[0].documents, 2);
    } finally {
      await store.close();
    }
    const status = await queueStatus(queue);
    assert.equal(status.done, 4);
    assert.equal(status.failed, 1);
    assert.equal(status.queued + status.running, 0);
    assert.equal(status.stored, 4);
    assert.equal(status.failures[0].tries, 2);
    assert.match(status.failures[0].input, /more-briefs\.jsonl:2$/);
    assert.match(status.failures[0].error, /no "text" field/);
  });

  test("inputs already done are not queued again", async () => {
    const again = await enqueueInputs(queue, [join(dir, "folder"), join(dir, "briefs.jsonl")], { retry: FAST_RETRY });
    assert.deepEqual(again, { added: 0, present: 4, failed: 0 });
  });

  test("a SQLite store has no queue: the error says what is needed", async () => {
    await assert.rejects(connectQueue(join(dir, "corpus.db")), { code: "BAD_ARGUMENT", message: /needs a PostgreSQL store/ });
  });
});
