// Attachment scores over gold tokenisation: UPOS, UAS and LAS, labels compared on their universal
// part (before ":"), every word counted, punctuation included (as in the CoNLL 2018 shared task).
import { analyseSentence } from "../analyse.ts";
import type { SyntaxModel } from "../model.ts";
import type { TrainingSentence } from "./align.ts";
import { surfaceText, type TreebankSentence } from "../conllu.ts";
import { segmentText } from "../../segment/index.ts";

export interface SyntaxScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  tokensPerSecond: number;
}

const universal = (label: string) => label.split(":")[0];

export function scoreSyntax(model: SyntaxModel, sentences: TrainingSentence[]): SyntaxScores {
  let words = 0, upos = 0, uas = 0, las = 0;
  const started = performance.now();
  for (const gold of sentences) {
    const parse = analyseSentence(model, gold.forms, gold.hints);
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
 * wink-nlp's tags over the same words, for comparison: wink tokenises the sentence text itself, and a
 * word counts as right when a wink token covers exactly it (or, inside "don't", the same piece) with
 * the same tag.
 */
export function scoreWinkTags(sentences: TreebankSentence[]): { words: number; upos: number } {
  let words = 0, right = 0;
  for (const sentence of sentences) {
    const { text, spans } = surfaceText(sentence);
    const segments = segmentText(text);
    const { start, end, pos } = segments.tokens;
    let t = 0;
    sentence.surface.forEach((surface, k) => {
      const [a, b] = spans[k];
      while (t < start.length && start[t] < a) t++;
      const inside: number[] = [];
      for (let u = t; u < start.length && end[u] <= b; u++) if (pos[u] !== "SPACE") inside.push(u);
      const wordCount = surface.lastWord - surface.firstWord + 1;
      for (let w = 0; w < wordCount; w++) {
        words++;
        const token = inside.length === wordCount ? inside[w] : -1;
        const exact = wordCount > 1 || (token >= 0 && start[token] === a && end[token] === b);
        if (token >= 0 && exact && pos[token] === sentence.words[surface.firstWord + w].upos) right++;
      }
    });
  }
  return { words, upos: right / words };
}
