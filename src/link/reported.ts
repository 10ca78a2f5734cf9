// Reported words: what a clause-taking speech verb reports. "X said (that) ...", "X warned on Wednesday
// that ..." report the words after the verb; "Russia launched 18 missiles, Zelenskiy said." the words
// before its comma. Quotes keep them as indirect speech; events read the speaker's stances in them.
import type { Sentence } from "../model/index.ts";
import type { ActorIndex } from "./actors.ts";
import { CLAUSAL_VERBS, SPEECH_VERBS } from "./speech.ts";

/** Tokens (inclusive) of the reported words, and whether they come before the verb. */
export interface ReportedWords {
  first: number;
  last: number;
  before: boolean;
}

/** The words a speech verb at `verb` reports, if it takes a clause and has one. */
export function reportedWords(ix: ActorIndex, verb: number, s: Sentence): ReportedWords | undefined {
  const { pos, lemma } = ix.tokens;
  if ((pos[verb] !== "VERB" && pos[verb] !== "AUX") || !SPEECH_VERBS.has(lemma[verb]) || !CLAUSAL_VERBS.has(lemma[verb])) return undefined;
  let first = verb + 1;
  if (ix.words[first] === "that") first++;
  if (first + 2 <= s.lastToken) {
    // "The Kremlin said on Wednesday it was ...": the time phrase belongs to the saying.
    while (first < s.lastToken && (pos[first] === "ADP" || ix.chunks[ix.chunkAt[first]]?.time)) first++;
    if (ix.words[first] === "that") first++;
    return { first, last: lastWord(ix, s.lastToken), before: false };
  }
  const comma = lastComma(ix, s.firstToken, verb);
  return comma > s.firstToken ? { first: s.firstToken, last: comma - 1, before: true } : undefined;
}

function lastWord(ix: ActorIndex, last: number): number {
  let k = last;
  while (k > 0 && ix.tokens.pos[k] === "PUNCT") k--;
  return k;
}

function lastComma(ix: ActorIndex, first: number, before: number): number {
  for (let k = before - 1; k > first; k--) if (ix.words[k] === ",") return k;
  return -1;
}
