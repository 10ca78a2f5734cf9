import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Segments, Sentence, Tokens } from "../model/index.ts";
import { latinView } from "./latin-view.ts";

// One wink-nlp instance for the process: loading the model is the slow part.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** Tokens with character offsets, universal POS tags and lemmas, and sentences as token ranges. */
export function segmentText(text: string): Segments {
  const view = latinView(text);
  const doc = nlp.readDoc(view);
  // wink's typings do not accept every `its` accessor in `out`; all of these return one string per token.
  const column = (accessor: unknown) => doc.tokens().out(accessor as typeof its.value) as string[];
  const values = column(its.value);
  const spaces = column(its.precedingSpaces);
  const pos = column(its.pos);
  const lemmas = column(its.lemma);
  const tokens: Tokens = { start: [], end: [], pos: [], lemma: [] };
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    tokens.start.push(offset);
    offset += values[i].length;
    tokens.end.push(offset);
    tokens.pos.push(pos[i]);
    // A word wink read through stand-in letters is its own lemma ("Erdoğan", not "erdogan"); wink gives
    // no lemma for the pieces of some unapostrophised contractions ("dont", "ive").
    const word = view === text ? values[i] : text.slice(offset - values[i].length, offset);
    tokens.lemma.push((word === values[i] ? lemmas[i] ?? word : word).toLowerCase());
  }
  const ranges = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens, sentences: splitAtParagraphs(ranges, tokens, text) };
}

/**
 * wink runs a heading into the next paragraph when the heading has no full stop; a blank line
 * always ends a sentence in news text. SPACE tokens (the line breaks themselves) are left out.
 */
function splitAtParagraphs(ranges: Array<[number, number]>, tokens: Tokens, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [first, last] of ranges) {
    let from = -1;
    for (let i = first; i <= last; i++) {
      const isBreak = tokens.pos[i] === "SPACE" && /\n\s*\n/.test(text.slice(tokens.start[i], tokens.end[i]));
      if (tokens.pos[i] !== "SPACE" && from < 0) from = i;
      if (from >= 0 && (isBreak || i === last)) {
        let to = isBreak ? i - 1 : i;
        while (to > from && tokens.pos[to] === "SPACE") to--;
        sentences.push({ start: tokens.start[from], end: tokens.end[to], firstToken: from, lastToken: to });
        from = -1;
      }
    }
  }
  return sentences;
}
