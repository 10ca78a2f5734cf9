// Tense-aware direction: does a bare "on Sunday" or "in December" point back or forward from the
// reference date? News reports the past ("met on Thursday") but announces the future ("will meet
// on Sunday", "goes to the polls on Sunday"); the verbs of the clause decide.
import type { Segments } from "../model/index.ts";
import { sentenceAt } from "../segment/index.ts";
import type { TimexLexicon } from "./lexicon.ts";

/** "present" is the present tense: forward for a weekday ("goes to the polls on Sunday"), nearest otherwise. */
export type Direction = "past" | "present" | "future" | "unknown";

/** What a verb group says before the signal is known; a present perfect is past unless "until" follows. */
type Tense = Direction | "perfect";

const LOOK_LEFT = 12;
const LOOK_RIGHT = 15;

/** The direction of the clause around [start, end): from its nearest finite verb, left first. */
export function clauseDirection(segments: Segments, text: string, lex: TimexLexicon, start: number, end: number): Direction {
  const sentence = sentenceAt(segments, start);
  if (!sentence) return "unknown";
  const { start: starts } = segments.tokens;
  let first = sentence.firstToken;
  while (first <= sentence.lastToken && starts[first] < start) first++;
  let after = first;
  while (after <= sentence.lastToken && starts[after] < end) after++;
  const { pos } = segments.tokens;
  const signal = first > sentence.firstToken ? word(segments, text, first - 1) : "";
  // "has been postponed until Saturday" points forward; "has met on Monday" back
  const settle = (tense: Tense): Direction => (tense === "perfect" ? (signal === "until" || signal === "till" ? "future" : "past") : tense);
  if (lex.scheduleSignals.has(signal)) return "future";
  if (lex.onsetSignals.has(signal)) return "unknown";
  let floor = Math.max(sentence.firstToken, first - LOOK_LEFT);
  for (let i = first - 1; i >= floor; i--) {
    // "will face Quiroga, who took 26.8%, in a runoff on Oct. 19": an embedded relative clause has its own tense;
    // "killed Ali Hassan, the group's deputy commander in the south, on Friday": an apposition has none
    const opening = word(segments, text, i) === "," ? relativeClauseStart(segments, text, lex, i, sentence.firstToken) : -1;
    const aside = opening < 0 && word(segments, text, i) === "," ? appositionStart(segments, text, i, sentence.firstToken) : -1;
    if (aside >= 0) {
      floor = Math.max(sentence.firstToken, floor - (i - aside));
      i = aside;
      continue;
    }
    if (opening >= 0) {
      floor = Math.max(sentence.firstToken, floor - (i - opening));
      i = opening;
      continue;
    }
    // "...are displaced, and that the fighting in January killed": the verb before "that" is another clause's
    if (opensClause(segments, text, lex, i)) break;
    // "took hold on": the first verb of a run carries the tense
    while (i > sentence.firstToken && (pos[i] === "VERB" || pos[i] === "AUX") && (pos[i - 1] === "VERB" || pos[i - 1] === "AUX")) i--;
    const tense = verbGroupTense(segments, text, lex, i, sentence.firstToken);
    if (tense) return settle(tense);
  }
  for (let i = after; i <= Math.min(sentence.lastToken, after + LOOK_RIGHT); i++) {
    const tense = verbGroupTense(segments, text, lex, i, sentence.firstToken);
    if (tense) return settle(tense);
  }
  return "unknown";
}

/** The comma opening ", who ... ," when token `comma` closes such a clause, else -1. */
function relativeClauseStart(segments: Segments, text: string, lex: TimexLexicon, comma: number, floor: number): number {
  for (let k = comma - 1; k > Math.max(floor, comma - LOOK_LEFT); k--) {
    const w = word(segments, text, k);
    if (w === ",") return -1;
    if (lex.clauseStarts.has(w) && segments.tokens.pos[k] === "PRON" && word(segments, text, k - 1) === ",") return k - 1;
  }
  return -1;
}

/** The comma opening ", the group's deputy commander ," when token `comma` closes such a verbless apposition, else -1. */
function appositionStart(segments: Segments, text: string, comma: number, floor: number): number {
  const { pos } = segments.tokens;
  for (let k = comma - 1; k > Math.max(floor, comma - LOOK_LEFT); k--) {
    if (pos[k] === "VERB" || pos[k] === "AUX") return -1;
    if (word(segments, text, k) === ",") return k - 1 > floor && (pos[k - 1] === "PROPN" || pos[k - 1] === "NOUN" || pos[k - 1] === "PRON") ? k : -1;
  }
  return -1;
}

function opensClause(segments: Segments, text: string, lex: TimexLexicon, i: number): boolean {
  const tag = segments.tokens.pos[i];
  return (tag === "SCONJ" || tag === "PRON") && lex.clauseStarts.has(word(segments, text, i));
}

const word = (segments: Segments, text: string, i: number) =>
  text.slice(segments.tokens.start[i], segments.tokens.end[i]).toLowerCase();

/** The tense of the verb group whose head is token i, or undefined if token i heads no finite verb group. */
function verbGroupTense(segments: Segments, text: string, lex: TimexLexicon, i: number, floor: number): Tense | undefined {
  const { pos, lemma } = segments.tokens;
  if (pos[i] !== "VERB" && pos[i] !== "AUX") return undefined;
  const form = word(segments, text, i);
  // "is set to meet", "is expected to arrive", "will": announced, still to happen.
  if (lex.futureAuxiliaries.has(lemma[i]) || lex.futureAuxiliaries.has(form)) return "future";
  const previous = i > floor ? word(segments, text, i - 1) : "";
  if (previous === "to" && i - 2 >= floor && lex.futureBeforeTo.has(word(segments, text, i - 2))) return "future";
  if (previous === "to") return "unknown"; // "travelled to meet him on Friday": no tense to go by
  if (form.endsWith("ing") && pos[i] === "VERB") return undefined;
  // The auxiliary before a participle carries the tense: "has said" is past, "is expected" present.
  for (let k = i - 1; k >= Math.max(floor, i - 3) && (pos[k] === "AUX" || pos[k] === "PART" || pos[k] === "ADV"); k--) {
    if (pos[k] !== "AUX") continue;
    if (lex.futureAuxiliaries.has(lemma[k])) return "future";
    if (lemma[k] === "have" && word(segments, text, k) === "have") return "past"; // "would have met", "may have met"
    return auxiliaryTense(word(segments, text, k), lemma[k]);
  }
  if (pos[i] === "AUX" && i + 1 < pos.length && word(segments, text, i + 1) === "have") return "past"; // "would have met"
  const presentBe = pos[i] === "AUX" && lemma[i] === "be" && form !== "was" && form !== "were";
  if (presentBe && i + 1 < pos.length && lex.futureAfterBe.has(word(segments, text, i + 1))) return "future";
  if (pos[i] === "AUX") return auxiliaryTense(form, lemma[i]);
  if (lex.pastEqualsBase.has(form)) return "unknown";
  return form === lemma[i] || form === `${lemma[i]}s` || form === `${lemma[i]}es` ? "present" : "past";
}

function auxiliaryTense(form: string, lemma: string): Tense {
  if (lemma === "have") return form === "had" ? "past" : "perfect";
  if (lemma === "be") return form === "was" || form === "were" ? "past" : "present";
  if (form === "did" || form === "had") return "past";
  if (form === "do" || form === "does") return "present";
  // "said the truce would begin on Sunday", "talks may resume in March": still to come
  if (FORWARD_MODALS.has(lemma) || FORWARD_MODALS.has(form)) return "future";
  return "unknown"; // could: past ability or possibility, no direction
}

const FORWARD_MODALS = new Set(["would", "'d", "may", "might", "should", "must", "can", "ca"]);
