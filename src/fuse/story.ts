// Independent sources. Syndicated copies of one story (near-identical text) and all stories credited
// to one wire agency count once when an event's corroboration is counted.
import { fusionRules } from "./rules.ts";

const WORD = /[\p{L}\p{N}]+/gu;

/** A 64-bit SimHash of the text's word 3-shingles, as 16 hex digits. */
export function simhash(text: string): string {
  const words = text.toLowerCase().match(WORD) ?? [];
  const weights = new Int32Array(64);
  // Texts under three words are one shingle.
  for (let i = 0; i < Math.max(1, words.length - 2); i++) {
    const shingle = words.slice(i, i + 3).join(" ");
    addBits(weights, fnv1a(shingle, 0x811c9dc5), 0);
    addBits(weights, fnv1a(shingle, 0x050c5d1f), 32);
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let b = 0; b < 4; b++) if (weights[nibble * 4 + b] > 0) v |= 1 << (3 - b);
    hex += v.toString(16);
  }
  return hex;
}

/** The four 16-bit bands of a SimHash: near duplicates (<= 3 bits apart) share at least one. */
export function simhashBands(hash: string): [number, number, number, number] {
  return [0, 1, 2, 3].map((i) => parseInt(hash.slice(i * 4, i * 4 + 4), 16)) as [number, number, number, number];
}

export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 4) {
    let x = parseInt(a.slice(i, i + 4), 16) ^ parseInt(b.slice(i, i + 4), 16);
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

export function isSameStory(a: string, b: string): boolean {
  return hammingDistance(a, b) <= fusionRules().storyMaxDistance;
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

function addBits(weights: Int32Array, h: number, offset: number): void {
  for (let b = 0; b < 32; b++) weights[offset + b] += (h >>> (31 - b)) & 1 ? 1 : -1;
}
