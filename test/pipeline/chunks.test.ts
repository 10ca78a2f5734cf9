// A very long text is annotated in chunks of whole paragraphs: the result is one document whose
// spans all point into the whole text, with unique ids and references that resolve.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticleText } from "../../src/ingest/index.ts";
import { loadKnowledgeBase } from "../../src/kb/index.ts";
import { buildPipeline } from "../../src/pipeline/index.ts";
import { chunkBounds, CHUNK_CHARS } from "../../src/pipeline/chunks.ts";
import { sampleTexts, spansOutOfRange } from "./fuzz-inputs.ts";

const pipeline = buildPipeline({ kb: loadKnowledgeBase() });

test("chunks end after a blank line, cover the text exactly, and never split a surrogate pair", () => {
  const text = ["First paragraph.", "Second one, longer than the first.", "Third."].join("\n\n");
  const bounds = chunkBounds(text, 30);
  assert.equal(bounds[0]!.start, 0);
  assert.equal(bounds.at(-1)!.end, text.length);
  for (let i = 1; i < bounds.length; i++) assert.equal(bounds[i]!.start, bounds[i - 1]!.end);
  assert.ok(bounds.slice(0, -1).every((b) => text.slice(b.end - 2, b.end) === "\n\n" || text[b.end - 1] === " "), JSON.stringify(bounds));
  const emoji = "😀".repeat(40);
  for (const b of chunkBounds(emoji, 11)) assert.ok(!/^[\uDC00-\uDFFF]/.test(emoji.slice(b.start)), JSON.stringify(b));
});

test("a text of many articles' length is one document: spans in the whole text, ids unique, references resolved", async () => {
  const samples = (await sampleTexts()).filter((s) => s.text.length > 1000);
  const parts: string[] = [];
  for (let n = 0; parts.join("\n\n").length < CHUNK_CHARS * 1.3; n++) parts.push(samples[n % samples.length]!.text);
  const text = parts.join("\n\n");
  const doc = pipeline.annotate(readArticleText(`---\npublished: 2025-08-16\n---\n${text}`, "long.txt"));
  assert.ok(doc.text.length > CHUNK_CHARS * 1.3);
  assert.deepEqual(spansOutOfRange(doc), []);
  const entityIds = doc.entities.map((e) => e.id);
  assert.equal(new Set(entityIds).size, entityIds.length, "entity ids are unique");
  assert.equal(new Set(doc.events.map((e) => e.id)).size, doc.events.length, "event ids are unique");
  const known = new Set(entityIds);
  for (const e of doc.events) for (const side of [e.source, e.target]) if (side?.entity) assert.ok(known.has(side.entity), side.entity);
  for (const q of doc.quotes) if (q.speaker?.entity) assert.ok(known.has(q.speaker.entity), q.speaker.entity);
  // The last chunk is annotated as well as the first: events are found all through the text.
  assert.ok(doc.events.some((e) => e.evidence[0]!.start > CHUNK_CHARS), "events in the last chunk");
});
