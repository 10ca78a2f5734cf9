// The server annotates posted articles off its request thread, with a time limit: a long upload
// does not stop other requests from being answered, and one over the limit fails alone.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { serveApi, type RunningServer } from "../../src/api/index.ts";
import type { Article } from "../../src/model/index.ts";
import { AnnotatorPool, openStore, type Store } from "../../src/store/index.ts";
import { sampleTexts } from "../pipeline/fuzz-inputs.ts";

let store: Store;
let pool: AnnotatorPool;
let server: RunningServer;

before(async () => {
  store = await openStore(":memory:");
  pool = new AnnotatorPool(1, { timeLimitMs: 120_000 });
  server = await serveApi({ store, annotator: async () => pool, allowWrite: true, port: 0 });
});
after(async () => {
  await server.close();
  await pool.close();
  await store.close();
});

test("while a long article is annotated, other requests are answered", async () => {
  const samples = await sampleTexts();
  const text = Array.from({ length: 60 }, (_, n) => samples[n % samples.length]!.text).join("\n\n");
  const finished: string[] = [];
  const post = fetch(`${server.url}/api/documents`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, published: "2025-08-16" }),
  }).then(async (r) => {
    finished.push("post");
    return r;
  });
  // Once the thread is busy with it, ask for something else.
  await new Promise((r) => setTimeout(r, 300));
  const stats = await fetch(`${server.url}/api/stats`);
  finished.push("stats");
  assert.equal(stats.status, 200);
  const stored = await post;
  assert.equal(stored.status, 201, await stored.clone().text());
  assert.deepEqual(finished, ["stats", "post"]);
});

test("an article over the time limit fails alone, and the next one is annotated", async () => {
  const hasty = new AnnotatorPool(1, { timeLimitMs: 1 });
  const article = (text: string): Article => ({ input: "posted", text, published: "2025-03-03", warnings: [] });
  try {
    await assert.rejects(hasty.annotate(article("Finland and Sweden signed a defence agreement on Monday.")), /posted: annotating took longer than the 0.001 s limit/);
  } finally {
    await hasty.close();
  }
  const doc = await pool.annotate(article("Finland and Sweden signed a defence agreement in Helsinki on Monday."));
  assert.equal(doc.events[0]?.type, "AGREE");
});
