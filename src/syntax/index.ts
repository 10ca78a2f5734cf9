// The syntax stage: a part-of-speech tag, a lemma, a head and a Universal Dependencies relation for
// every token of every sentence, from the project's own tagger and parser (trained on UD English EWT,
// `npm run train:syntax`). Later stages read sides, scope and speakers from this tree.
import type { Entity, Segments, Span, Syntax, Token, Tokens } from "../model/index.ts";
import { tokensIn } from "../segment/index.ts";
import { defineStage, layer, type Doc } from "../pipeline/stage.ts";
import { analyseSentence, type KnownTag } from "./analyse.ts";
import { fixedExpressions } from "./expressions.ts";
import { syntaxModel, type SyntaxModel } from "./model.ts";

export { syntaxModel, MODEL_PATH, MODEL_FORMAT, type SyntaxModel } from "./model.ts";
export { analyseSentence, type SentenceAnalysis } from "./analyse.ts";
export { DependencyTree } from "./tree.ts";
export { readConllu, writeConlluSentence, documentConllu, type ConlluRow } from "./conllu.ts";

/**
 * Parses every sentence of the segmented text. A name of several tokens ("Ayatollah Ali Khamenei",
 * "Association of Southeast Asian Nations") is one word to the parser, as a name is one actor to a
 * reader: its words hang from its first word as `flat`, and the parser never sees a title chain or an
 * "of" inside a name as structure of the sentence.
 */
export function parseSegments(text: string, segments: Segments, entities: Entity[] = []): Syntax {
  const { tokens, sentences } = segments;
  const count = tokens.start.length;
  const syntax: Syntax = {
    upos: tokens.pos.slice(),
    lemma: tokens.lemma.slice(),
    head: new Array<number>(count).fill(-1),
    deprel: new Array<string>(count).fill(""),
  };
  const nameEnd = nameSpans(segments, entities);
  const model = syntaxModel();
  for (const sentence of sentences) {
    // Each parser word: its first token, for a name its last, and whether it is a name.
    const words: ParserWord[] = [];
    for (let t = sentence.firstToken; t <= sentence.lastToken; t++) {
      if (tokens.pos[t] === "SPACE") continue;
      const last = Math.min(nameEnd[t] >= 0 ? nameEnd[t] : t, sentence.lastToken);
      words.push([t, last, nameEnd[t] >= 0]);
      t = last;
    }
    // "WASHINGTON, Aug 9 (Reuters) - Armenia and ...": a dateline is parsed apart from the sentence it opens,
    // and hangs from that sentence's root.
    const split = datelineEnd(text, tokens, words);
    const parts = split > 0 ? [words.slice(0, split), words.slice(split)] : [words];
    const roots = parts.map((part) => parseWords(model, text, tokens, part, syntax));
    if (roots.length === 2 && roots[0] >= 0 && roots[1] >= 0) {
      syntax.head[roots[0]] = roots[1];
      syntax.deprel[roots[0]] = "parataxis";
    }
  }
  return syntax;
}

/** A word the parser reads: its first and last token, and whether the entity stage found it a name. */
type ParserWord = [first: number, last: number, name: boolean];

/** Parses one run of parser words into the layer; returns the root's token. */
function parseWords(model: SyntaxModel, text: string, tokens: Tokens, words: ParserWord[], syntax: Syntax): number {
  const analysis = analyseSentence(
    model,
    // A name is read by its last word ("Khamenei"), tagged as a name.
    words.map(([, last]) => text.slice(tokens.start[last], tokens.end[last])),
    words.map(([first, last]) => (first === last ? tokens.pos[first] : "PROPN")),
    words.map(([first]) => tokens.lemma[first]),
    true,
    knownTags(text, tokens, words),
  );
  let root = -1;
  words.forEach(([first, last], i) => {
    // A name's other words hang from its first (UD's flat); the parser tagged the name PROPN.
    const multiword = last > first;
    const head = first;
    syntax.upos[head] = analysis.upos[i];
    syntax.lemma[head] = multiword ? text.slice(tokens.start[first], tokens.end[first]) : analysis.lemma[i];
    syntax.head[head] = analysis.head[i] < 0 ? -1 : words[analysis.head[i]][0];
    syntax.deprel[head] = analysis.deprel[i];
    if (analysis.head[i] < 0) root = head;
    for (let t = first; t <= last; t++) {
      if (t === head || tokens.pos[t] === "SPACE") continue;
      const punct = /^\p{P}+$/u.test(text.slice(tokens.start[t], tokens.end[t]));
      syntax.upos[t] = punct ? "PUNCT" : "PROPN";
      syntax.lemma[t] = text.slice(tokens.start[t], tokens.end[t]);
      syntax.head[t] = head;
      syntax.deprel[t] = punct ? "punct" : "flat";
    }
  });
  return root;
}

/** What is known of words before the tagger: names, and the pieces of hyphenated modifiers ("Iran-backed"). */
function knownTags(text: string, tokens: Tokens, words: ParserWord[]): KnownTag[] {
  const known: KnownTag[] = words.map(([, , name]) => (name ? "PROPN" : undefined));
  markExpressions(text, tokens, words, known);
  words.forEach((_, i) => {
    const pieces = hyphenatedModifier(text, tokens, words, i);
    if (!pieces.length) return;
    known[i] = "ADJ";
    for (const j of pieces) known[j] ??= "PIECE";
  });
  return known;
}

/** "shot dead", "set fire": the words of a fixed expression, standing together, take its tags (names stay names). */
function markExpressions(text: string, tokens: Tokens, words: ParserWord[], known: KnownTag[]): void {
  const expressions = fixedExpressions();
  const lower = words.map(([first, last]) => text.slice(tokens.start[first], tokens.end[last]).toLowerCase());
  for (let i = 0; i < words.length; i++) {
    for (const e of expressions.get(lower[i]) ?? []) {
      if (i + e.words.length > words.length || !e.words.every((w, k) => !known[i + k] && lower[i + k] === w)) continue;
      e.tags.forEach((tag, k) => (known[i + k] = tag as KnownTag));
      break;
    }
  }
}

/** Tags of the words that a hyphenated modifier comes before: "Iran-backed rebels", "war-torn Mozambique". */
const MODIFIED = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * "Iran-backed Houthi rebels", "the Saudi-led coalition", "a face-to-face meeting": the last piece of words
 * joined by hyphens, right before a noun, modifies it, though alone it reads as a verb ("backed", "led") or a
 * noun ("war"); left to itself the parser may make "Iran backed Houthi rebels" a sentence. The earlier
 * pieces of the modifier ending at word `i`, or none when `i` ends none.
 */
function hyphenatedModifier(text: string, tokens: Tokens, words: ParserWord[], i: number): number[] {
  if (i < 2 || i + 1 >= words.length || words[i][0] !== words[i][1]) return [];
  const next = words[i + 1][0];
  if (tokens.start[next] === tokens.end[words[i][1]] || !MODIFIED.has(tokens.pos[next])) return [];
  const pieces: number[] = [];
  for (let j = i; j >= 2 && isJoinedByHyphen(text, tokens, words[j - 2][1], words[j - 1][0], words[j][0]); j -= 2) pieces.push(j - 2);
  return pieces;
}

/** Whether the tokens `before`, `hyphen`, `after` are written as one word with a hyphen between. */
function isJoinedByHyphen(text: string, tokens: Tokens, before: number, hyphen: number, after: number): boolean {
  return text.slice(tokens.start[hyphen], tokens.end[hyphen]) === "-" && tokens.end[before] === tokens.start[hyphen] && tokens.end[hyphen] === tokens.start[after];
}

const DASHES = new Set(["-", "–", "—", "--"]);
/** Most words a dateline puts before its dash: "DOHA/JERUSALEM, Jan 16 (Reuters) -". */
const DATELINE_WORDS = 12;

/** The index of the first parser word after a dateline's dash, or 0 when the sentence opens with none. */
function datelineEnd(text: string, tokens: Tokens, words: ParserWord[]): number {
  if (words.length < 4) return 0;
  const wordText = (i: number) => text.slice(tokens.start[words[i][0]], tokens.end[words[i][1]]);
  const opening = wordText(0);
  // "DOHA, Jan 16 (Reuters) -" in capitals, or "Tehran, IRNA -" in capitalised words, numbers and commas only.
  const capitals = /^\p{Lu}[\p{Lu}\p{M}.'’/ -]+$/u.test(opening) && opening.length >= 2;
  if (!/^\p{Lu}/u.test(opening)) return 0;
  for (let i = 1; i < Math.min(words.length - 2, DATELINE_WORDS); i++) {
    const t = words[i][0];
    // A dateline's dash stands apart; the hyphen of "Under-Secretary" does not.
    const apart = tokens.start[t] > tokens.end[words[i - 1][1]];
    if (apart && DASHES.has(wordText(i))) return capitals || i > 2 && wordText(1) === "," ? i + 1 : 0;
    if (!capitals && !/^(\p{Lu}|\d|[,()])/u.test(wordText(i))) return 0;
  }
  return 0;
}

/** For the first token of each entity mention (but a one-word nationality), its last token; -1 elsewhere. */
function nameSpans(segments: Segments, entities: Entity[]): Int32Array {
  const end = new Int32Array(segments.tokens.start.length).fill(-1);
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const covered = tokensIn(segments, mention.start, mention.end);
      // One word is a name ("Senegal", "Riyadh"); a nationality ("Russian President") is an adjective.
      if (!covered.length || (covered.length === 1 && entity.type === "NORP")) continue;
      const first = covered[0];
      const last = covered[covered.length - 1];
      // A name ends in a capitalised word ("Han Dong-hoon": the word, not its last piece); a description joined
      // to a person ("the U.S. special envoy", "China's top diplomat") does not, and its words are parsed as words.
      if (/^\p{Ll}/u.test(mention.text.trim().split(/\s+/).pop() ?? "")) continue;
      // Overlapping mentions: the longer one wins.
      if (end[first] < last) end[first] = last;
    }
  }
  return end;
}

export const syntaxStage = defineStage({
  name: "syntax.perceptron",
  needs: ["segments", "entities"],
  adds: "syntax",
  run: (doc) => parseSegments(doc.text, layer(doc, "segments"), layer(doc, "entities")),
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
