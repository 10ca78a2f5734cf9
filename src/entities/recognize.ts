// The recognisers in their order, sentence by sentence (src/entities/index.ts explains the order):
// a title chain, else a run of capitalised words read by the run recognisers (read-run.ts), else a
// description ("the Ukrainian leader"); then the sentence's refiners (sentence-refiners.ts).
import type { Segments, Sentence } from "../model/index.ts";
import type { KnowledgeBase } from "../kb/index.ts";
import type { Mention } from "./mention.ts";
import { Reader } from "./reader.ts";
import { readChainAt } from "./chain-reading.ts";
import { readDescription } from "./descriptions.ts";
import { readRun } from "./read-run.ts";
import { extendRun, startsName } from "./runs.ts";
import { countriesFromAppositions, sharedFamilyNames, sourceOfDateline } from "./sentence-refiners.ts";

/** Finds the mentions of one document, sentence by sentence, in text order. */
export function recognizeMentions(text: string, segments: Segments, kb: KnowledgeBase): Mention[] {
  const r = new Reader(text, segments, kb);
  for (const sentence of segments.sentences) readSentence(r, sentence);
  return r.mentions;
}

function readSentence(r: Reader, sentence: Sentence): void {
  r.sentence = sentence;
  r.previousRun = undefined;
  const first = r.mentions.length;
  r.headline = r.isHeadline(sentence);
  let i = sentence.firstToken;
  while (i <= sentence.lastToken) {
    if (!startsName(r, i)) {
      i = readDescription(r, i) + 1;
      continue;
    }
    const chainEnd = r.headline ? -1 : readChainAt(r, i);
    if (chainEnd >= 0) {
      r.previousRun = undefined;
      i = chainEnd + 1;
      continue;
    }
    const run = extendRun(r, i);
    readRun(r, run);
    r.previousRun = run;
    i = run.toks[run.toks.length - 1] + 1;
  }
  countriesFromAppositions(r, r.mentions.slice(first));
  if (sentence === r.segments.sentences[0]) sourceOfDateline(r, r.mentions.slice(first));
  sharedFamilyNames(r, r.mentions.slice(first));
}
