// Refiners: drop numbers that are no quantities (dates, ages, ranks, names), then join ranges
// ("between 10 and 20 soldiers") and let list members share the noun ("2,000, 3,000 kilometers").
import type { Segments, Span, Timex } from "../model/index.ts";
import { countedNounAfter, tokenAt } from "./counted-noun.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import type { NumberMention } from "./numbers.ts";

export interface CountedQuantity {
  start: number;
  end: number;
  text: string;
  value: number;
  unit?: string;
  approximate?: boolean;
  max?: number;
  source?: string;
  /** The noun phrase the number counts ("Indian fighter jets"), for events to attach the quantity to. */
  noun?: Span;
}

/** Keeps the longer of overlapping mentions ("hundreds of thousands" over "thousands"). */
export function dropOverlaps(mentions: NumberMention[]): NumberMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Dates, clock times and sets are timexes, not quantities; durations ("50 minutes") stay quantities. */
export function outsideDates(mentions: NumberMention[], timexes: Timex[]): NumberMention[] {
  const dates = timexes.filter((t) => t.type !== "DURATION");
  return mentions.filter((m) => !dates.some((t) => t.start < m.end && m.start < t.end));
}

const previousWord = (text: string, index: number) =>
  (/([A-Za-z#.]+)\s*$/.exec(text.slice(Math.max(0, index - 20), index))?.[1] ?? "").toLowerCase();

/** Ages ("aged 45", "a 45-year-old", "Smith, 45,"), ranks and names ("No. 2", "Resolution 2774", "Boeing 737"). */
export function isQuantity(m: NumberMention, text: string, segments: Segments, lex: QuantityLexicon): boolean {
  if (!isMeaningfulAmount(m, text)) return false;
  if (m.unit) return true;
  const before = previousWord(text, m.start);
  if (lex.ageBefore.has(before) || lex.ageAfter.test(text.slice(m.end, m.end + 12))) return false;
  if (lex.referenceCues.has(before) || lex.referenceCues.has(before.replace(/\.$/, ""))) return false;
  const i = tokenAt(segments, m.start);
  const prev = i - 1;
  if (prev >= 0 && segments.tokens.pos[prev] === "PROPN" && !/\d-$/.test(text.slice(m.start - 2, m.start))) return false;
  // "the Group of 20", "the Group of Seven": a number inside a name
  const { pos, start: starts, end: ends } = segments.tokens;
  if (prev >= 2 && text.slice(starts[prev], ends[prev]) === "of" && pos[prev - 1] === "PROPN" && (pos[prev - 2] === "DET" || pos[prev - 2] === "PROPN")) return false;
  // "Zelenskiy, 47, said": an age between commas after a name
  if (prev >= 1 && text[segments.tokens.start[prev]] === "," && segments.tokens.pos[prev - 1] === "PROPN" && /^\s*,/.test(text.slice(m.end, m.end + 2))) return false;
  return true;
}

/** Past this, a count or an amount means nothing in news (and a double no longer holds it exactly). */
const LARGEST_AMOUNT = Number.MAX_SAFE_INTEGER;

/** "10^400 missiles", "1e400", a 400-digit count: no quantity, the words stay text; nor is the 400 of "10^400". */
function isMeaningfulAmount(m: NumberMention, text: string): boolean {
  if (!Number.isFinite(m.value) || Math.abs(m.value) > LARGEST_AMOUNT) return false;
  const exponent = text[m.start - 1] === "^" || text[m.end] === "^" || /\d[eE][+-]?$/.test(text.slice(m.start - 3, m.start)) || /^[eE][+-]?\d/.test(text.slice(m.end, m.end + 3));
  return !exponent;
}

/** Gives each mention its counted noun and joins ranges and lists, in text order. */
export function countQuantities(mentions: NumberMention[], text: string, segments: Segments, lex: QuantityLexicon): CountedQuantity[] {
  const out: CountedQuantity[] = [];
  for (const m of mentions) {
    // "thousands of deaths", "tens of thousands of people": a vague amount has no value to count or compare
    // (the recognizer still claims the words so that "thousands" is not read as a number)
    if (m.source === "quantities/vague-number") continue;
    // "the two countries", "their three leaders": a small written number pointing back at what is already named
    if (m.source === "quantities/written-number" && m.value <= SMALL_ANAPHORIC && lex.anaphoricBefore.has(previousWord(text, m.start))) continue;
    const unitBefore = m.unit ? undefined : lex.unitsBefore.get(previousWord(text, m.start));
    const noun = m.unit || unitBefore ? undefined : countedNounAfter(segments, text, lex, m.end);
    out.push({
      start: m.start, end: m.end, text: text.slice(m.start, m.end), value: m.value,
      unit: m.unit ?? unitBefore ?? noun?.unit, approximate: m.approximate || undefined, source: m.source, noun: noun?.phrase,
    });
  }
  inheritElidedNouns(out, text);
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    const gap = text.slice(a.end, b.start);
    if (a.unit === undefined && b.unit !== undefined && (LIST_GAP.test(gap) || PARTITIVE_GAP.test(gap))) {
      a.unit = b.unit;
      a.noun = b.noun;
    }
    const between = /between\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)) && /^\s+and\s+$/i.test(gap);
    const span = /^\s*(?:-|–|to)\s*$/.test(gap) && !/from\s+$/i.test(text.slice(Math.max(0, a.start - 6), a.start));
    if ((between || span) && b.value > a.value && (a.unit === b.unit)) {
      out.splice(i, 2, { ...b, start: a.start, text: text.slice(a.start, b.end), value: a.value, max: b.value, approximate: a.approximate, source: "quantities/range" });
    }
  }
  // "the two met", "all three agreed": a written number counting nothing named is a pronoun
  return out.filter((q) => q.unit !== undefined || q.source !== "quantities/written-number");
}

const ELLIPSIS_REACH = 100;
const SMALL_ANAPHORIC = 4;

/** "40 civilians were killed and 20 were wounded": a bare number after a counted one in the same sentence counts the same. */
function inheritElidedNouns(quantities: CountedQuantity[], text: string): void {
  for (let i = 1; i < quantities.length; i++) {
    const q = quantities[i];
    const earlier = quantities[i - 1];
    if (q.unit !== undefined || earlier.noun === undefined || q.start - earlier.end > ELLIPSIS_REACH) continue;
    const gap = text.slice(earlier.end, q.start);
    if (/\band\s*$/.test(gap) && !/[.;:!?]/.test(gap)) q.unit = earlier.unit;
  }
}

const PARTITIVE_GAP = /^\s+(?:out\s+)?of\s+$/i; // "74 of 110 drones"
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or))\s*(?:(?:around|about|up to|nearly|some|over|more than)\s+)?$/i;
