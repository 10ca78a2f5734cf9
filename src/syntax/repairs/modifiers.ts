// Repairs of how a noun's modifiers hang together.
import { DAY_WORDS, isPastForm, NOMINAL } from "./tree.ts";
import type { RepairTree } from "./tree.ts";

/** Modifier relations two coordinated words before one noun share: "French and Egyptian warships". */
const SHARED_MODIFIERS = new Set(["amod", "compound", "nmod:poss"]);

/**
 * "French and Egyptian warships", "U.S. and Russian negotiators": a coordinator between two modifiers of
 * the noun after them, all three hung on that noun, joins the modifiers (UD hangs a coordinator on the
 * conjunct after it, and that conjunct on the first): the second is the first's conjunct.
 */
export function repairCoordinatedModifiers(t: RepairTree): void {
  for (let cc = 1; cc + 1 < t.n; cc++) {
    const noun = t.head(cc);
    const second = cc + 1;
    if (t.upos(cc) !== "CCONJ" || t.rel(cc) !== "cc" || noun <= second || t.head(second) !== noun) continue;
    const relation = t.rel(second);
    if (!SHARED_MODIFIERS.has(relation)) continue;
    const first = t.child(noun, (k) => k < cc && t.rel(k) === relation && k >= cc - 2);
    if (first < 0) continue;
    t.attach(second, first, "conj");
    t.attach(cc, second);
  }
}

/**
 * "lodged an official protest with Albania today": a day is no name's head. A name the parser hung as a
 * compound on the day after it, the day in a noun phrase, takes the day's place in the phrase (with its
 * preposition and determiner), and the day says when, on the verb of the clause.
 */
export function repairNamesBeforeDays(t: RepairTree): void {
  for (let day = 1; day < t.n; day++) {
    if (!DAY_WORDS.has(t.word(day))) continue;
    const name = t.child(day, (k) => k < day && t.rel(k) === "compound" && t.upos(k) === "PROPN");
    const up = t.head(day);
    // (A day on a verb, its name before it, is the verb's subject's: repairSubjectBeforeDay.)
    if (name < 0 || up < 0 || !NOMINAL.has(t.upos(up))) continue;
    t.attach(name, up, t.rel(day));
    t.moveDependents(day, name, (k) => k < name);
    t.attach(day, clauseVerb(t, up), "obl:unmarked");
  }
}

/** The verb (or the root) whose clause the word `t` is in. */
function clauseVerb(t: RepairTree, at: number): number {
  let k = at;
  for (let steps = 0; steps < t.n && t.upos(k) !== "VERB" && t.upos(k) !== "AUX" && t.head(k) >= 0; steps++) k = t.head(k);
  return k;
}

/**
 * "fired water cannon and tear gas at protesters": a bare verb coordinated with a noun (UD joins like with
 * like), or with a past verb that has an object before it ("fired ... and tear" cannot share a tense),
 * right before an object of its own, is the first half of a noun compound ("tear gas"). The object takes
 * the verb's place as the first noun's conjunct, the verb becomes its compound, and what hung on the verb
 * ("at protesters") goes to the word the first noun hangs on.
 */
export function repairCompoundsReadAsVerbs(t: RepairTree): void {
  for (let v = 1; v + 1 < t.n; v++) {
    const object = v + 1;
    if (t.upos(v) !== "VERB" || t.rel(v) !== "conj" || t.word(v) !== t.a.lemma[v].toLowerCase() || isPastForm(t.form(v), t.a.lemma[v]) || t.hasRelation(v, /^(nsubj|aux|mark)/)) continue;
    if (t.head(object) !== v || t.rel(object) !== "obj" || t.upos(object) !== "NOUN") continue;
    const noun = firstConjunct(t, v);
    if (noun < 0) continue;
    t.attach(object, noun, "conj");
    t.moveDependents(v, object, (k) => k < v && /^(cc|punct)$/.test(t.rel(k)));
    t.moveDependents(v, t.head(noun), () => true);
    t.attach(v, object, "compound");
    t.a.upos[v] = "NOUN";
  }
}

/** The noun a verb misread at `v` is coordinated with: its head, or its head verb's object before it; under a past verb only. */
function firstConjunct(t: RepairTree, v: number): number {
  const up = t.head(v);
  if (up < 0 || up > v) return -1;
  // "will seize the town and burn houses": under a bare verb, a bare verb may be its conjunct.
  const governor = t.upos(up) === "NOUN" ? t.head(up) : up;
  if (governor < 0 || (t.upos(governor) === "VERB" && !isPastForm(t.form(governor), t.a.lemma[governor]))) return -1;
  if (t.upos(up) === "NOUN") return up;
  if (t.upos(up) !== "VERB") return -1;
  let object = -1;
  for (const k of t.children(up)) if (k < v && t.rel(k) === "obj" && t.upos(k) === "NOUN") object = k;
  return object;
}

/** Relations of a sentence's arguments: the one a phrase should hold, rather than parataxis or vocative. */
const ARGUMENTS = /^(nsubj|obj|iobj|obl|nmod)/;

/**
 * "Iran-backed Houthi rebels attacked", "sent aid to war-torn Sudan", "a face-to-face meeting": the earlier
 * pieces of a hyphenated modifier (its last piece an adjective on a noun) belong to that piece, as compounds,
 * with the hyphens. What the parser hung on them ("to") goes to the noun; and where the first piece held the
 * phrase's place in the sentence ("reached war-torn Mozambique": obj), the noun takes it.
 */
export function repairHyphenatedModifiers(t: RepairTree): void {
  for (let y = 2; y < t.n; y++) {
    const noun = t.head(y);
    if (t.upos(y) !== "ADJ" || t.form(y - 1) !== "-" || noun <= y || t.rel(y) !== "amod") continue;
    const pieces: number[] = [];
    for (let k = y - 2; k >= 0 && t.form(k + 1) === "-" && t.upos(k) !== "PUNCT"; k -= 2) pieces.push(k);
    if (!pieces.length) continue;
    // "their first face-to-face meeting" read with "face" as the head: the noun takes the place it held.
    const holder = pieces.find((k) => t.dominates(k, noun));
    const first = holder ?? pieces[pieces.length - 1];
    const [up, relation] = [t.head(first), t.rel(first)];
    if (holder !== undefined) t.attach(noun, up, relation);
    for (const k of pieces) {
      t.moveDependents(k, noun, (d) => d < pieces[pieces.length - 1] || d > noun);
      t.attach(k, y, "compound");
      t.attach(k + 1, y, "punct");
    }
    const outside = holder === undefined && up >= 0 && (up < first || up > noun) && !t.dominates(noun, up);
    if (outside && ARGUMENTS.test(relation) && !ARGUMENTS.test(t.rel(noun))) t.attach(noun, up, relation);
  }
}

/**
 * "Up to 100 ethnic Albanians demonstrated", "up to 100 people were killed": "up to" bounds the number, it is
 * no preposition of the noun. "up" hangs from the number (advmod) and "to" from "up" (fixed); the noun so
 * freed is the subject of a verb after it that has none, or the object of a verb before it that has none
 * ("sent up to 500 troops").
 */
export function repairQuantityBounds(t: RepairTree): void {
  for (let to = 1; to + 1 < t.n; to++) {
    const up = to - 1;
    const number = to + 1;
    const noun = t.head(number);
    if (t.word(up) !== "up" || t.word(to) !== "to" || t.upos(number) !== "NUM" || noun < 0) continue;
    if (t.head(to) !== noun || t.rel(to) !== "case" || t.dominates(up, number) || t.dominates(to, up)) continue;
    t.attach(up, number, "advmod");
    t.attach(to, up, "fixed");
    const verb = t.head(noun);
    if (t.upos(verb) !== "VERB" || !t.rel(noun).startsWith("obl")) continue;
    if (verb > noun && !t.hasRelation(verb, /^(nsubj|csubj)/)) t.a.deprel[noun] = t.hasRelation(verb, /^aux:pass$/) ? "nsubj:pass" : "nsubj";
    else if (verb < noun && !t.hasRelation(verb, /^obj$/)) t.a.deprel[noun] = "obj";
  }
}
