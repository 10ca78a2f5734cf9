// A very long text (a book-length dump, a whole feed pasted as one article) is annotated in
// independent chunks of whole paragraphs, so that time and memory grow linearly with its size:
// several stages compare mentions, sentences or quotes pairwise within a document. A news article
// is far below the chunk size and is annotated whole.
import type { Article, Span, Token } from "../model/index.ts";
import type { Doc } from "./stage.ts";

/** About 16,000 words: thirty long articles. */
export const CHUNK_CHARS = 100_000;

/** Where to cut `text` into pieces of at most `maxChars`: after a blank line, a line, a sentence, a space. */
export function chunkBounds(text: string, maxChars = CHUNK_CHARS): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    let cut = -1;
    for (const boundary of ["\n\n", "\n", ". ", " "]) {
      const at = window.lastIndexOf(boundary);
      if (at > maxChars / 2) {
        cut = start + at + boundary.length;
        break;
      }
    }
    if (cut < 0) {
      cut = start + maxChars;
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? "")) cut--; // never between the halves of a surrogate pair
    }
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The article's part from `start` to `end`, as an article of its own (its captions that fall in it). */
export function chunkArticle(article: Article, start: number, end: number): Article {
  const captions = article.captions
    ?.filter((c) => c.start >= start && c.end <= end)
    .map((c) => ({ ...c, start: c.start - start, end: c.end - start }));
  return { ...article, text: article.text.slice(start, end), offsets: undefined, captions };
}

/**
 * The layers of the chunks as layers of the whole text: offsets shifted by each chunk's start, entity
 * and event ids renumbered so that they stay unique, references to them (speakers, actors) with them.
 */
export function mergeChunkLayers(article: Article, chunks: Array<{ start: number; doc: Doc }>): Doc {
  const merged: Doc = { ...article, entities: [], timexes: [], quantities: [], quotes: [], events: [] };
  const shifted = new WeakSet<object>();
  let entityCount = 0;
  let eventCount = 0;
  for (const { start, doc } of chunks) {
    shiftSpans(doc, start, shifted);
    const entityIds = new Map<string, string>();
    for (const e of doc.entities ?? []) entityIds.set(e.id, (e.id = `e${++entityCount}`));
    const renamed = (ref?: { entity?: string }) => {
      if (ref?.entity && entityIds.has(ref.entity)) ref.entity = entityIds.get(ref.entity);
    };
    for (const q of doc.quotes ?? []) renamed(q.speaker);
    for (const e of doc.events ?? []) {
      e.id = `ev${++eventCount}`;
      renamed(e.source);
      renamed(e.target);
    }
    for (const name of ["entities", "timexes", "quantities", "quotes", "events"] as const) {
      (merged[name] as unknown[]).push(...((doc[name] ?? []) as unknown[]));
    }
  }
  return merged;
}

/** The sentences and dependency-tree tokens of the chunks as those of the whole text. */
export function mergeChunkTrees(trees: Array<{ start: number; sentences: Span[]; tokens: Token[] }>, text: string): { sentences: Span[]; tokens: Token[] } {
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const tree of trees) {
    const first = tokens.length;
    for (const s of tree.sentences) sentences.push({ start: s.start + tree.start, end: s.end + tree.start, text: text.slice(s.start + tree.start, s.end + tree.start) });
    for (const t of tree.tokens) tokens.push({ ...t, start: t.start + tree.start, end: t.end + tree.start, head: t.head < 0 ? t.head : t.head + first });
  }
  return { sentences, tokens };
}

/** Adds `delta` to every span (an object with numeric start and end) under `value`, each object once. */
function shiftSpans(value: unknown, delta: number, shifted: WeakSet<object>): void {
  if (!value || typeof value !== "object" || shifted.has(value)) return;
  shifted.add(value);
  if (Array.isArray(value)) {
    for (const item of value) shiftSpans(item, delta, shifted);
    return;
  }
  const record = value as Partial<Span> & Record<string, unknown>;
  if (typeof record.start === "number" && typeof record.end === "number") {
    record.start += delta;
    record.end += delta;
  }
  for (const [key, child] of Object.entries(record)) {
    // Token layers are indexed, not spans; the article's own fields are not the chunk's.
    if (key !== "segments" && key !== "syntax" && key !== "captions" && key !== "offsets") shiftSpans(child, delta, shifted);
  }
}
