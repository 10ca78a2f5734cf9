// Worker processes as users run them: killed with SIGKILL five times mid-run and then run to the end,
// four at once on overlapping stories, and one whose database connections are cut under it. Each
// ends with the same corpus as a single clean run: nothing lost, nothing stored twice.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { writeCorpus } from "../../bench/ingest-corpus.ts";
import { closeQueue, connectQueue, queueStatus, type QueueStatus } from "../../src/queue/index.ts";
import { loadCorpus } from "../../src/store/load-corpus.ts";
import { openStore } from "../../src/store/index.ts";
import { runSitrep, startSitrep } from "../cli/run-sitrep.ts";
import { POSTGRES_URL } from "../store/backends.ts";
import { corpusSnapshot, queueBackend, writeOverlappingStories } from "./queue-fixtures.ts";

const backend = await queueBackend();
/** Short time-outs so that a killed worker's jobs come back within seconds. */
const ENQUEUE_FLAGS = ["--tries", "20", "--retry-delay", "1", "--job-timeout", "6"];
const WORKER_FLAGS = ["--workers", "1", "--supervise", "1"];

describe("worker processes (PostgreSQL)", { skip: backend.skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-workers-"));
  after(async () => {
    await backend.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A corpus stored by one process with plain `ingest`-like loading: what every run must end with. */
  async function cleanRun(corpus: string) {
    const db = await backend.location();
    const store = await openStore(db);
    try {
      await loadCorpus(store, [corpus], { workers: 1 });
    } finally {
      await store.close();
    }
    return corpusSnapshot(db);
  }

  async function enqueue(db: string, corpus: string): Promise<void> {
    const run = await runSitrep(["enqueue", corpus, "--db", db, ...ENQUEUE_FLAGS]);
    assert.equal(run.code, 0, run.stderr);
  }

  test("kill -9 five times mid-run, then run to the end: the same corpus as a clean run, nothing twice", { timeout: 240_000 }, async () => {
    const corpus = join(dir, "corpus");
    writeCorpus(corpus, 30);
    const expected = await cleanRun(corpus);
    const db = await backend.location();
    await enqueue(db, corpus);
    for (let kill = 0; kill < 5; kill++) {
      const before = (await status(db)).done;
      const worker = startSitrep(["worker", "--db", db, ...WORKER_FLAGS]);
      // Mid-run: once this worker has finished a job, with more in flight.
      while ((await status(db)).done <= before && worker.exitCode === null) await pause(100);
      worker.kill("SIGKILL");
      await new Promise((r) => worker.on("close", r));
    }
    const midway = await status(db);
    assert.ok(midway.done < 30, `the kills came too late: ${midway.done} of 30 jobs done`);
    const last = await runSitrep(["worker", "--db", db, ...WORKER_FLAGS, "--exit-when-done"]);
    assert.equal(last.code, 0, last.stderr);
    const final = await status(db);
    assert.deepEqual([final.done, final.failed, final.queued, final.running], [30, 0, 0, 0]);
    assert.deepEqual(await corpusSnapshot(db), expected);
  });

  test("four workers on overlapping stories end with one event and one actor each, as one process does", { timeout: 240_000 }, async () => {
    const corpus = join(dir, "stories");
    writeOverlappingStories(corpus, 6, 4);
    const expected = await cleanRun(corpus);
    assert.equal(expected.stats.documents, 24);
    const db = await backend.location();
    await enqueue(db, corpus);
    const runs = await Promise.all([1, 2, 3, 4].map(() => runSitrep(["worker", "--db", db, ...WORKER_FLAGS, "--exit-when-done"])));
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(await corpusSnapshot(db), expected);
    // Reports of one story stored at the same moment by different workers were fused into one event,
    // and each person stored at once by four workers is one actor.
    const together = await corpusSnapshot(db);
    assert.ok(together.events.some((e) => e.endsWith("x4")), together.events.join("\n"));
    const actors = together.actors.map((a) => a.replace(/ \d+\/\d+$/, ""));
    assert.equal(new Set(actors).size, actors.length, actors.join("\n"));
  });

  test("a worker whose database connections are cut keeps going and reconnects", { timeout: 240_000 }, async () => {
    const corpus = join(dir, "reconnect");
    writeCorpus(corpus, 20);
    const expected = await cleanRun(corpus);
    const app = `sitrep_test_${randomBytes(4).toString("hex")}`;
    const db = `${await backend.location()}&application_name=${app}`;
    await enqueue(db, corpus);
    const worker = startSitrep(["worker", "--db", db, ...WORKER_FLAGS, "--exit-when-done"]);
    let stderr = "";
    worker.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<number>((r) => worker.on("close", (code) => r(code ?? 1)));
    // Cut every connection of the worker each time a few more jobs are done, four times.
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    let cuts = 0;
    try {
      for (let done = 0; cuts < 4 && worker.exitCode === null; ) {
        const now = (await status(db)).done;
        if (now < done + 3) {
          await pause(100);
          continue;
        }
        done = now;
        const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [app]);
        if (rowCount) cuts++;
      }
    } finally {
      await admin.end();
    }
    assert.equal(await exited, 0, stderr);
    assert.ok(cuts >= 2, `only ${cuts} cuts before the worker finished`);
    const final = await status(db);
    assert.deepEqual([final.done, final.failed, final.queued, final.running], [20, 0, 0, 0]);
    assert.deepEqual(await corpusSnapshot(db), expected);
  });
});

async function status(db: string): Promise<QueueStatus> {
  const queue = await connectQueue(db);
  try {
    return await queueStatus(queue);
  } finally {
    await closeQueue(queue);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
