// Hostile variants of the bundled sample articles, for the fuzz test and bench/fuzz.ts: the same
// seed always gives the same inputs, so a failure can be replayed by its number.
import { readArticles } from "../../src/ingest/index.ts";
import type { AnnotatedDocument, Span } from "../../src/model/index.ts";

const SAMPLES = new URL("../../samples/", import.meta.url).pathname;

/** The texts of every bundled sample article (files, JSON Lines records, feed items; no fetching). */
export async function sampleTexts(): Promise<Array<{ input: string; text: string; published?: string }>> {
  const out: Array<{ input: string; text: string; published?: string }> = [];
  for await (const result of readArticles([SAMPLES], { followLinks: false })) {
    if ("article" in result) out.push({ input: result.input, text: result.article.text, published: result.article.published });
  }
  return out;
}

/** mulberry32: a small seeded generator, enough to make mutations repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (text: string, random: () => number) => string;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const at = (text: string, random: () => number) => Math.floor(random() * (text.length + 1));
const insert = (text: string, i: number, what: string) => text.slice(0, i) + what + text.slice(i);

/** Each way a text can be hostile, named so that a failure says which one broke it. */
export const MUTATIONS: Record<string, Mutation> = {
  // Cut right after a punctuation mark: the text ends where a stage expects more words.
  "truncate-at-punctuation": (text, random) => {
    const marks = [...text.matchAll(/[,.;:!?"'“”‘’()\-–—]/g)].map((m) => m.index! + 1);
    return marks.length ? text.slice(0, pick(marks, random)) : text;
  },
  "truncate-anywhere": (text, random) => text.slice(0, at(text, random)),
  // Any UTF-16 unit, lone surrogates included.
  "flip-code-units": (text, random) => {
    const units = text.split("");
    for (let n = 0; n < 1 + random() * 20; n++) units[Math.floor(random() * units.length)] = String.fromCharCode(Math.floor(random() * 0x10000));
    return units.join("");
  },
  "control-characters": (text, random) => {
    let out = text;
    for (let n = 0; n < 1 + random() * 10; n++) out = insert(out, at(out, random), String.fromCharCode(pick([0, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x2028, 0xfeff], random)));
    return out;
  },
  "unbalanced-quotes": (text, random) => {
    let out = text;
    for (let n = 0; n < 1 + random() * 6; n++) out = insert(out, at(out, random), pick(['"', "“", "”", "'", "‘", "’", "«", "»"], random));
    return out;
  },
  "combining-marks": (text, random) => text.replace(/\p{L}/gu, (ch) => (random() < 0.2 ? ch + pick(["\u0301", "\u0308", "\u0327", "\u20dd", "\u0301\u0301\u0301"], random) : ch)),
  "huge-numbers": (text, random) => text.replace(/\d+/g, (n) => (random() < 0.3 ? pick(["9".repeat(400), "1e400", "10^400", "1" + "0".repeat(40), "0." + "0".repeat(30) + "1"], random) : n)),
  "impossible-dates": (text, random) => {
    const dates = ["February 30", "31 April 2025", "2025-02-30", "June 31, 2024", "13/45/2025", "the 99th of May", "Feb. 29, 2025", "0 January 2025"];
    let out = text;
    for (let n = 0; n < 1 + random() * 4; n++) out = insert(out, at(out, random), ` on ${pick(dates, random)} `);
    return out;
  },
  "delete-spaces": (text, random) => text.replace(/ /g, (s) => (random() < 0.3 ? "" : s)),
  "repeat-a-sentence": (text, random) => {
    const sentences = text.split(/(?<=[.!?])\s+/);
    const one = pick(sentences, random);
    return text + " " + Array.from({ length: 1 + Math.floor(random() * 30) }, () => one).join(" ");
  },
};

export interface FuzzCase {
  n: number;
  mutation: string;
  input: string;
  text: string;
  published?: string;
}

/** The n-th hostile input of a seed: a sample, one to three mutations, applied in order. */
export function* fuzzCases(samples: Awaited<ReturnType<typeof sampleTexts>>, count: number, seed = 14): Generator<FuzzCase> {
  const random = seededRandom(seed);
  const names = Object.keys(MUTATIONS);
  for (let n = 0; n < count; n++) {
    const sample = pick(samples, random);
    const applied = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(names, random));
    let text = sample.text;
    for (const name of applied) text = MUTATIONS[name]!(text, random);
    yield { n, mutation: applied.join("+"), input: sample.input, text, published: random() < 0.8 ? sample.published : undefined };
  }
}

/** Every span of a document whose offsets are not within its text, or whose text is not what they cover. */
export function spansOutOfRange(doc: AnnotatedDocument): string[] {
  const bad: string[] = [];
  const check = (where: string, span: { start: number; end: number; text?: string }) => {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= doc.text.length;
    if (!ok) bad.push(`${where} [${span.start}, ${span.end}) in a text of ${doc.text.length}`);
    else if (span.text !== undefined && span.text !== doc.text.slice(span.start, span.end)) bad.push(`${where} text "${span.text}" is not "${doc.text.slice(span.start, span.end)}"`);
  };
  for (const e of doc.entities) e.mentions.forEach((m: Span) => check(`entity ${e.name}`, m));
  for (const t of doc.timexes) check(`timex ${t.value}`, t);
  for (const q of doc.quantities) check(`quantity ${q.value}`, q);
  for (const q of doc.quotes) check("quote", q);
  for (const e of doc.events) {
    e.evidence.forEach((s) => check(`event ${e.type} evidence`, s));
    e.quantities?.forEach((q) => check(`event ${e.type} quantity`, q));
  }
  for (const c of doc.captions ?? []) check("caption", c);
  return bad;
}
