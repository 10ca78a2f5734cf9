import { test } from "node:test";
import assert from "node:assert/strict";
import { buildPipeline, defineStage, DEFAULT_STAGES } from "../../src/pipeline/index.ts";
import { loadKnowledgeBase } from "../../src/kb/index.ts";

const ctx = { kb: loadKnowledgeBase() };
const article = {
  input: "test",
  text: "Finnish President Alexander Stubb met Polish Prime Minister Donald Tusk in Helsinki on Monday.",
  published: "2025-03-03",
  warnings: [],
};

test("a stage that needs a layer no earlier stage adds is refused before anything runs", () => {
  const orphan = defineStage({ name: "events.orphan", needs: ["quotes"], adds: "events", run: () => [] });
  assert.throws(() => buildPipeline(ctx, [orphan]), /events\.orphan needs layer "quotes"/);
});

test("two stages adding the same layer are refused", () => {
  const twice = [DEFAULT_STAGES[0], DEFAULT_STAGES[0]];
  assert.throws(() => buildPipeline(ctx, twice), /already adds/);
});

test("the default pipeline gives every contract layer and a content-hash id", () => {
  const doc = buildPipeline(ctx).annotate(article);
  for (const key of ["entities", "timexes", "quantities", "quotes", "events"] as const) {
    assert.ok(Array.isArray(doc[key]), key);
  }
  assert.match(doc.id, /^[0-9a-f]{16}$/);
  const again = buildPipeline(ctx).annotate({ ...article, text: `  ${article.text}\n` });
  assert.equal(again.id, doc.id, "whitespace does not change the id");
});

test("a stage that throws fails that document with one line naming the input and the stage", () => {
  const broken = defineStage({ name: "quotes.broken", needs: ["segments"], adds: "quotes", run: () => { throw new TypeError("x is undefined"); } });
  const pipeline = buildPipeline(ctx, [DEFAULT_STAGES[0], broken]);
  assert.throws(() => pipeline.annotate(article), (e: Error & { code?: string }) => {
    assert.equal(e.code, "STAGE_FAILED");
    assert.equal(e.message, "test: stage quotes.broken failed (TypeError: x is undefined)");
    return true;
  });
  // The same pipeline goes on with the next document when the stage recovers: nothing is left broken.
  assert.equal(buildPipeline(ctx).annotate(article).events.length > 0, true);
});
