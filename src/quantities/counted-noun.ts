// The noun a number counts: "18 missiles", "five Indian fighter jets" (jet), "dozens of civilians",
// "a 10-member group" (member). Read from the wink tokens after the number.
import type { Segments, Span } from "../model/index.ts";
import type { QuantityLexicon } from "./lexicon.ts";

export interface CountedNoun {
  /** The lemma of the noun, or "person" for people, civilians, the dead... */
  unit: string;
  /** The noun phrase from the first modifier to the head noun: "Indian fighter jets". */
  phrase: Span;
}

const MAX_PHRASE_TOKENS = 5;
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "VERB"]);

/** The first token starting at or after `offset` (binary search over the flat token arrays). */
export function tokenAt(segments: Segments, offset: number): number {
  const starts = segments.tokens.start;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function countedNounAfter(segments: Segments, text: string, lex: QuantityLexicon, end: number): CountedNoun | undefined {
  const hyphenated = /^-([a-z]+)\b/.exec(text.slice(end, end + 30)); // "a 10-member group"
  if (hyphenated) {
    return { unit: singular(hyphenated[1]), phrase: { start: end + 1, end: end + hyphenated[0].length, text: hyphenated[1] } };
  }
  const { start: starts, end: ends, pos, lemma } = segments.tokens;
  let i = tokenAt(segments, end);
  if (i < starts.length && lemma[i] === "of" && /^(?:hundreds|thousands|dozens|millions|tens|scores|billions)\b/i.test(text.slice(Math.max(0, end - 12), end).replace(/^.*\s/, ""))) i++;
  // "23 of its soldiers", "nine of their fighters": a part of a group the possessive names
  else if (i + 1 < starts.length && lemma[i] === "of" && lex.partitiveDeterminers.has(text.slice(starts[i + 1], ends[i + 1]).toLowerCase())) i += 2;
  const first = i;
  let head = -1;
  let pluralName = -1; // "48,000 Palestinians", "three Rafales": counted when no common noun is
  // modifiers may precede the head ("surviving Israeli hostages"); after it only nouns of a compound follow
  // "4 Iskander-M missiles", "two F-35 jets": a hyphen and the word written onto it belong to the modifier
  const inCompound = (k: number) => compoundHyphen(segments, text, k) || (k > first && compoundHyphen(segments, text, k - 1));
  for (; i < starts.length && i < first + MAX_PHRASE_TOKENS && (inCompound(i) || (head < 0 ? MODIFIER_POS.has(pos[i]) : pos[i] === "NOUN")); i++) {
    // "14 bunker-busting bombs": a noun written onto the next word modifies what follows
    if (compoundHyphen(segments, text, i)) {
      head = -1;
      continue;
    }
    if (pos[i] === "PROPN" && /[^s]s$/.test(text.slice(starts[i], ends[i]))) pluralName = i;
    if (pos[i] === "NOUN" || lex.personNouns.has(lemma[i]) || lex.personNouns.has(text.slice(starts[i], ends[i]).toLowerCase())) head = i;
    if (pos[i] === "NOUN" && i + 1 < starts.length && pos[i + 1] === "PROPN") break; // "drones Kyiv"
    // "35 entities face asset freezes": a plural noun modifies no compound, it is the head (a verb the tagger took for a noun follows)
    if (pos[i] === "NOUN" && isPlural(text.slice(starts[i], ends[i]), lemma[i])) break;
  }
  if (head < 0) head = pluralName;
  if (head < 0) return undefined;
  const word = text.slice(starts[head], ends[head]).toLowerCase();
  const qualifier = head > first && lex.unitQualifiers.has(lemma[head - 1]) ? `${lemma[head - 1]} ` : "";
  const unit = lex.personNouns.has(word) || lex.personNouns.has(lemma[head]) ? "person"
    : qualifier + (lex.unitAbbreviations.get(word) ?? (pos[head] === "PROPN" ? singular(word) : lemma[head]));
  return { unit, phrase: { start: starts[first], end: ends[head], text: text.slice(starts[first], ends[head]) } };
}

/** A hyphen written between two words ("bunker-busting"). */
function compoundHyphen(segments: Segments, text: string, i: number): boolean {
  const { start: starts, end: ends } = segments.tokens;
  return i > 0 && i + 1 < starts.length && text[starts[i]] === "-" && ends[i] - starts[i] === 1 &&
    ends[i - 1] === starts[i] && ends[i] === starts[i + 1];
}

const isPlural = (word: string, lemma: string) => /s$/i.test(word) && word.toLowerCase() !== lemma;
const singular = (word: string) => word.replace(/ies$/, "y").replace(/([^s])s$/, "$1");
