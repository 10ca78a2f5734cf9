// The syntax stage: a part-of-speech tag, a lemma, a head and a Universal Dependencies relation for
// every token of every sentence, from the project's own tagger and parser (trained on UD English EWT,
// `npm run train:syntax`). Later stages read sides, scope and speakers from this tree.
import type { Segments, Span, Syntax, Token } from "../model/index.ts";
import { defineStage, layer, type Doc } from "../pipeline/stage.ts";
import { analyseSentence } from "./analyse.ts";
import { syntaxModel } from "./model.ts";

export { syntaxModel, MODEL_PATH, MODEL_FORMAT, type SyntaxModel } from "./model.ts";
export { analyseSentence, type SentenceAnalysis } from "./analyse.ts";
export { DependencyTree, baseRelation } from "./tree.ts";
export { readConllu, writeConlluSentence, documentConllu, type ConlluRow } from "./conllu.ts";

/** Parses every sentence of the segmented text. */
export function parseSegments(text: string, segments: Segments): Syntax {
  const { tokens, sentences } = segments;
  const count = tokens.start.length;
  const syntax: Syntax = {
    upos: tokens.pos.slice(),
    lemma: tokens.lemma.slice(),
    head: new Array<number>(count).fill(-1),
    deprel: new Array<string>(count).fill(""),
  };
  const model = syntaxModel();
  for (const sentence of sentences) {
    const words: number[] = [];
    for (let t = sentence.firstToken; t <= sentence.lastToken; t++) if (tokens.pos[t] !== "SPACE") words.push(t);
    const analysis = analyseSentence(
      model,
      words.map((t) => text.slice(tokens.start[t], tokens.end[t])),
      words.map((t) => tokens.pos[t]),
      words.map((t) => tokens.lemma[t]),
    );
    words.forEach((t, i) => {
      syntax.upos[t] = analysis.upos[i];
      syntax.lemma[t] = analysis.lemma[i];
      syntax.head[t] = analysis.head[i] < 0 ? -1 : words[analysis.head[i]];
      syntax.deprel[t] = analysis.deprel[i];
    });
  }
  return syntax;
}

export const syntaxStage = defineStage({
  name: "syntax.perceptron",
  needs: ["segments"],
  adds: "syntax",
  run: (doc) => parseSegments(doc.text, layer(doc, "segments")),
});

/** The output form of the layer: sentences as spans, and the words of the tree (line breaks left out). */
export function syntaxOutput(doc: Doc): { sentences: Span[]; tokens: Token[] } {
  const segments = layer(doc, "segments");
  const syntax = layer(doc, "syntax");
  const outputIndex = new Int32Array(segments.tokens.start.length).fill(-1);
  const tokens: Token[] = [];
  segments.tokens.start.forEach((start, t) => {
    if (syntax.upos[t] === "SPACE") return;
    outputIndex[t] = tokens.length;
    tokens.push({ start, end: segments.tokens.end[t], upos: syntax.upos[t], lemma: syntax.lemma[t], head: syntax.head[t], deprel: syntax.deprel[t] });
  });
  for (const token of tokens) if (token.head >= 0) token.head = outputIndex[token.head];
  const sentences = segments.sentences.map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
  return { sentences, tokens };
}
