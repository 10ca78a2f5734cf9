// Attachment scores over gold tokenisation: UPOS, UAS and LAS, labels compared on their universal
// part (before ":"), every word counted, punctuation included (as in the CoNLL 2018 shared task).
import { analyseSentence } from "../analyse.ts";
import type { SyntaxModel } from "../model.ts";
import { winkHints, type TrainingSentence } from "./align.ts";
import type { TreebankSentence } from "../conllu.ts";

export interface SyntaxScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  tokensPerSecond: number;
}

const universal = (label: string) => label.split(":")[0];

/** `repair`: score the tree as the pipeline uses it (the default), or the parser's own output (training). */
export function scoreSyntax(model: SyntaxModel, sentences: TrainingSentence[], repair = true): SyntaxScores {
  let words = 0, upos = 0, uas = 0, las = 0;
  const started = performance.now();
  for (const gold of sentences) {
    const parse = analyseSentence(model, gold.forms, gold.hints, undefined, repair);
    for (let i = 0; i < gold.forms.length; i++) {
      words++;
      if (parse.upos[i] === gold.upos[i]) upos++;
      if (parse.head[i] === gold.head[i]) {
        uas++;
        if (universal(parse.deprel[i]) === universal(gold.deprel[i])) las++;
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { words, upos: upos / words, uas: uas / words, las: las / words, tokensPerSecond: words / seconds };
}

/**
 * wink-nlp's tags over the same words, for comparison: a word counts as right when a wink token covers
 * exactly it (or, inside "don't", the same piece) with the same tag (see `winkHints`).
 */
export function scoreWinkTags(sentences: TreebankSentence[]): { words: number; upos: number } {
  let words = 0, right = 0;
  for (const sentence of sentences) {
    const hints = winkHints(sentence);
    sentence.words.forEach((word, i) => {
      words++;
      if (hints[i] === word.upos) right++;
    });
  }
  return { words, upos: right / words };
}
