// Independent sources. Syndicated copies of one story (near-identical text) and all stories credited
// to one wire agency count once when an event's corroboration is counted.
import { fusionRules } from "./rules.ts";

const SENTENCE = /[^.!?\n]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
/** Sentences shorter than this are too common ("Officials said.") to identify a story. */
const MIN_SENTENCE_WORDS = 6;
/** How many sentence hashes represent a document: the smallest ones (a bottom-k MinHash sketch). */
const SKETCH_SIZE = 8;

/**
 * A document's story sketch: hashes of its normalised sentences, the SKETCH_SIZE smallest. Copies
 * of one story (syndication, a dateline added, a line cut) share most sentences verbatim, so they
 * share most of the sketch; an edited sentence changes one hash, not the whole fingerprint.
 */
export function storySketch(text: string): string[] {
  const hashes = new Set<string>();
  for (const sentence of text.match(SENTENCE) ?? []) {
    const words = sentence.toLowerCase().match(WORD);
    if (!words || words.length < MIN_SENTENCE_WORDS) continue;
    const joined = words.join(" ");
    hashes.add(hex8(fnv1a(joined, 0x811c9dc5)) + hex8(fnv1a(joined, 0x050c5d1f)));
  }
  return [...hashes].sort().slice(0, SKETCH_SIZE);
}

/** A document is a copy of a stored story when they share at least half of its sketch. */
export function isSameStory(shared: number, sketchSize: number): boolean {
  return sketchSize > 0 && shared * 2 >= sketchSize;
}

let creditPattern: { regex: RegExp; byCredit: Map<string, string> } | undefined;

/** The wire agency a document is credited to, from its source field or a dateline credit "(Reuters)". */
export function wireOf(source: string | undefined, text: string): string | undefined {
  const { regex, byCredit } = (creditPattern ??= compileCredits());
  const fromSource = source ? byCredit.get(source.trim().toLowerCase()) : undefined;
  if (fromSource) return fromSource;
  const credit = regex.exec(text.slice(0, 500));
  return credit ? byCredit.get(credit[1].toLowerCase()) : undefined;
}

/** The key an event report is counted under for corroboration. */
export function independentSource(wire: string | undefined, story: string): string {
  return wire ? `wire:${wire}` : `story:${story}`;
}

function compileCredits(): { regex: RegExp; byCredit: Map<string, string> } {
  const byCredit = new Map<string, string>();
  for (const wire of fusionRules().wires) for (const credit of wire.credits) byCredit.set(credit.toLowerCase(), wire.name);
  const alternatives = [...byCredit.keys()].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"));
  return { regex: new RegExp(`\\(\\s*(${alternatives.join("|")})\\s*\\)`, "i"), byCredit };
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so that the second seed's bits are not a shifted copy of the first's.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, "0");
}
