// Treebank sentences as the pipeline sees words. The pipeline's tokens are wink-nlp's: it splits
// "long-term" at the hyphens and keeps "I'm" whole, where the treebank may do the opposite. The
// model is trained on the pipeline's own tokens, so a treebank sentence is re-tokenised the pipeline's
// way and its tree carried over: words a token covers are merged into the one that heads them, a word
// cut into pieces keeps its relation on its last piece, the other pieces hanging from it.
import { segmentText } from "../../segment/index.ts";
import { surfaceText, type TreebankSentence, type TreebankWord } from "../conllu.ts";

/** A sentence ready for training or scoring: `head` is 0-based, -1 for the root. */
export interface TrainingSentence {
  forms: string[];
  upos: string[];
  head: number[];
  deprel: string[];
  lemma: string[];
  /** wink-nlp's tag for each word, which the tagger reads as a hint ("" where wink's tokens differ). */
  hints: string[];
}

/** The treebank's own words (gold tokenisation, as the scores are reported). */
export function goldWords(sentence: TreebankSentence): TrainingSentence {
  return {
    forms: sentence.words.map((w) => w.form),
    upos: sentence.words.map((w) => w.upos),
    head: sentence.words.map((w) => w.head - 1),
    deprel: sentence.words.map((w) => w.deprel),
    lemma: sentence.words.map((w) => w.lemma),
    hints: winkHints(sentence),
  };
}

/** wink's tags over the treebank's words: a word gets the tag of the wink token that is exactly it. */
export function winkHints(sentence: TreebankSentence): string[] {
  const { text, spans } = surfaceText(sentence);
  const { start, end, pos } = segmentText(text).tokens;
  const hints = sentence.words.map(() => "");
  let t = 0;
  sentence.surface.forEach((surface, k) => {
    const [a, b] = spans[k];
    while (t < start.length && start[t] < a) t++;
    const inside: number[] = [];
    for (let u = t; u < start.length && end[u] <= b; u++) if (pos[u] !== "SPACE") inside.push(u);
    const count = surface.lastWord - surface.firstWord + 1;
    if (inside.length === count && (count > 1 || (start[inside[0]] === a && end[inside[0]] === b))) {
      inside.forEach((u, i) => (hints[surface.firstWord + i] = pos[u]));
    }
  });
  return hints;
}

interface Piece {
  form: string;
  hint: string;
  upos: string;
  lemma: string;
  deprel: string;
  /** The word of the treebank this piece stands for (it takes its head), or -1 for an attached piece. */
  word: number;
  /** For an attached piece: the piece of the same word it hangs from (an index into pieces). */
  hangsFrom: number;
}

/** Re-tokenises a treebank sentence the pipeline's way, carrying the tree over. */
export function pipelineWords(sentence: TreebankSentence): TrainingSentence {
  const { text, spans } = surfaceText(sentence);
  const segments = segmentText(text);
  const tokens: Array<[number, number, string]> = [];
  for (let i = 0; i < segments.tokens.start.length; i++) {
    if (segments.tokens.pos[i] !== "SPACE") tokens.push([segments.tokens.start[i], segments.tokens.end[i], segments.tokens.pos[i]]);
  }
  const words = sentence.words;
  const pieces: Piece[] = [];
  const pieceOfWord = new Int32Array(words.length).fill(-1);
  let t = 0;
  let s = 0;
  while (s < spans.length) {
    // A cluster: surface tokens and pipeline tokens whose spans chain into one stretch of text.
    let end = spans[s][1];
    let lastSurface = s;
    const firstToken = t;
    while (t < tokens.length && tokens[t][0] < end) {
      end = Math.max(end, tokens[t][1]);
      t++;
      while (lastSurface + 1 < spans.length && spans[lastSurface + 1][0] < end) {
        lastSurface++;
        end = Math.max(end, spans[lastSurface][1]);
      }
    }
    const clusterWords: number[] = [];
    for (let k = s; k <= lastSurface; k++) {
      for (let w = sentence.surface[k].firstWord; w <= sentence.surface[k].lastWord; w++) clusterWords.push(w);
    }
    const clusterTokens = tokens.slice(firstToken, t).map(([a, b, pos]) => ({ form: text.slice(a, b), pos }));
    addCluster(pieces, pieceOfWord, words, clusterWords, clusterTokens);
    s = lastSurface + 1;
  }
  return treeOfPieces(pieces, pieceOfWord, words);
}

function addCluster(
  pieces: Piece[],
  pieceOfWord: Int32Array,
  words: TreebankWord[],
  clusterWords: number[],
  clusterTokens: Array<{ form: string; pos: string }>,
): void {
  if (clusterTokens.length === clusterWords.length || clusterTokens.length === 0) {
    clusterWords.forEach((w, k) => {
      pieceOfWord[w] = pieces.length;
      pieces.push({ form: clusterTokens[k]?.form ?? words[w].form, hint: clusterTokens[k]?.pos ?? "", upos: words[w].upos, lemma: words[w].lemma, deprel: words[w].deprel, word: w, hangsFrom: -1 });
    });
    return;
  }
  if (clusterWords.length === 1) {
    // One word, several tokens: the last piece that is not punctuation heads the others.
    const w = clusterWords[0];
    let headPiece = clusterTokens.length - 1;
    while (headPiece > 0 && clusterTokens[headPiece].pos === "PUNCT") headPiece--;
    const base = pieces.length;
    clusterTokens.forEach((token, k) => {
      if (k === headPiece) {
        pieceOfWord[w] = pieces.length;
        const lemma = words[w].lemma.includes("-") ? words[w].lemma.split("-").pop()! : token.form.toLowerCase();
        pieces.push({ form: token.form, hint: token.pos, upos: words[w].upos, lemma, deprel: words[w].deprel, word: w, hangsFrom: -1 });
      } else {
        const punct = token.pos === "PUNCT";
        const upos = punct ? "PUNCT" : words[w].upos === "PROPN" ? "PROPN" : token.pos;
        pieces.push({ form: token.form, hint: token.pos, upos, lemma: token.form.toLowerCase(), deprel: punct ? "punct" : "compound", word: -1, hangsFrom: base + headPiece });
      }
    });
    return;
  }
  // Several words in one token (or an uneven split): one piece, standing for the word that heads the rest.
  const inCluster = new Set(clusterWords);
  const representative =
    clusterWords.find((w) => words[w].head === 0) ??
    clusterWords.find((w) => !inCluster.has(words[w].head - 1) && words[w].deprel !== "punct") ??
    clusterWords[0];
  const form = clusterTokens.map((token) => token.form).join("");
  for (const w of clusterWords) pieceOfWord[w] = pieces.length;
  pieces.push({ form, hint: clusterTokens.length === 1 ? clusterTokens[0].pos : "", upos: words[representative].upos, lemma: form.toLowerCase(), deprel: words[representative].deprel, word: representative, hangsFrom: -1 });
}

function treeOfPieces(pieces: Piece[], pieceOfWord: Int32Array, words: TreebankWord[]): TrainingSentence {
  const head = pieces.map((piece, i) => {
    if (piece.word < 0) return piece.hangsFrom;
    const goldHead = words[piece.word].head - 1;
    if (goldHead < 0) return -1;
    const target = pieceOfWord[goldHead];
    return target === i ? -1 : target;
  });
  return {
    forms: pieces.map((p) => p.form),
    upos: pieces.map((p) => p.upos),
    head,
    deprel: pieces.map((p) => p.deprel),
    lemma: pieces.map((p) => p.lemma),
    hints: pieces.map((p) => p.hint),
  };
}

/** True when every word has a head in the sentence, exactly one is the root, and there is no cycle. */
export function isTree(head: number[]): boolean {
  let roots = 0;
  for (const h of head) {
    if (h < -1 || h >= head.length) return false;
    if (h === -1) roots++;
  }
  if (roots !== 1) return false;
  for (let i = 0; i < head.length; i++) {
    let at = i;
    for (let steps = 0; at !== -1; steps++) {
      if (steps > head.length) return false;
      at = head[at];
    }
  }
  return true;
}
