// Casualties on events, through the whole pipeline: counts of people killed, injured, missing,
// displaced or arrested, linked to the event of their sentence that caused them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildPipeline } from "../../src/pipeline/index.ts";
import { loadKnowledgeBase } from "../../src/kb/index.ts";

const pipeline = buildPipeline({ kb: loadKnowledgeBase() });
const annotate = (text: string, published = "2025-09-03") => pipeline.annotate({ input: "test", text, published, warnings: [] });

test("a strike on a market killed at least 15 people: the ASSAULT has killed = 15, approximate, with its words", () => {
  const doc = annotate("KOSTIANTYNIVKA, Ukraine - A Russian strike on a market in Kostiantynivka killed at least 15 people on Wednesday, officials said.");
  const strike = doc.events.find((e) => e.type === "ASSAULT")!;
  assert.deepEqual(strike.casualties, {
    killed: { start: doc.text.indexOf("killed at least 15"), end: doc.text.indexOf("killed at least 15") + 18, text: "killed at least 15", value: 15, approximate: true },
  });
});

test("two counts in one clause go to their own cue words: killing 34, injuring 117", () => {
  const doc = annotate("Russian ballistic missiles struck the centre of Sumy on Sunday, killing at least 34 people and injuring 117 others, officials said.", "2025-04-13");
  const strike = doc.events.find((e) => e.type === "ASSAULT")!;
  assert.equal(strike.casualties?.killed?.value, 34);
  assert.equal(strike.casualties?.injured?.value, 117);
  assert.equal(strike.casualties?.injured?.text, "injuring 117");
});

test("arrests belong to the arrest, not to a count of something else", () => {
  const doc = annotate("Georgian police arrested 200 protesters in Tbilisi on Saturday night.", "2025-05-04");
  const arrest = doc.events.find((e) => e.type === "COERCE")!;
  assert.equal(arrest.casualties?.arrested?.value, 200);
  const missiles = annotate("Russia launched 18 missiles at Kyiv overnight, officials said.", "2025-07-10");
  assert.ok(missiles.events.every((e) => !e.casualties), "missiles are not people");
});

test("a count with no event in its sentence is on no event; a count in another sentence is not taken", () => {
  const doc = annotate("Russian drones struck Odesa on Tuesday. Separately, the floods left 3,000 people displaced.", "2025-06-10");
  assert.ok(doc.events.some((e) => e.type === "ASSAULT"));
  assert.ok(doc.events.every((e) => !e.casualties));
});
