// The part-of-speech tagger: greedy, left to right, over the word, its affixes and shape, its
// neighbours and the two tags before it.
import { feature1, feature2, feature3, type WordAtoms } from "./atoms.ts";
import type { Scorer } from "./perceptron.ts";

export const UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"] as const;
export const TAG_FEATURES = 31;

const START = -1;
const START2 = -2;
const OUTSIDE = 0x5bd1e995; // the atom for a word beyond either end of the sentence

/** The tagger's features for token `i`, given the tags already chosen before it. */
export function tagFeatures(atoms: WordAtoms, n: number, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const w = atoms.word;
  const before = (a: Int32Array, k: number) => (i - k >= 0 ? a[i - k] : OUTSIDE - k);
  const after = (a: Int32Array, k: number) => (i + k < n ? a[i + k] : OUTSIDE + k);
  let c = 0;
  out[c++] = feature1(1, 0);
  out[c++] = feature1(2, w[i]);
  out[c++] = feature1(3, atoms.suffix3[i]);
  out[c++] = feature1(4, atoms.prefix1[i]);
  out[c++] = feature1(5, prev1);
  out[c++] = feature1(6, prev2);
  out[c++] = feature2(7, prev1, prev2);
  out[c++] = feature2(8, prev1, w[i]);
  out[c++] = feature1(9, before(w, 1));
  out[c++] = feature1(10, before(atoms.suffix3, 1));
  out[c++] = feature1(11, before(w, 2));
  out[c++] = feature1(12, after(w, 1));
  out[c++] = feature1(13, after(atoms.suffix3, 1));
  out[c++] = feature1(14, after(w, 2));
  out[c++] = feature1(15, atoms.shape[i]);
  out[c++] = feature1(16, atoms.suffix2[i]);
  out[c++] = feature1(17, atoms.suffix4[i]);
  out[c++] = feature1(18, atoms.suffix1[i]);
  out[c++] = feature2(19, atoms.shape[i], after(atoms.shape, 1));
  out[c++] = feature2(20, w[i], after(w, 1));
  out[c++] = feature2(21, before(w, 1), w[i]);
  out[c++] = feature2(22, prev1, atoms.suffix3[i]);
  out[c++] = feature2(23, i === 0 ? 1 : 0, atoms.shape[i]);
  out[c++] = feature2(24, after(atoms.shape, 1), after(atoms.suffix2, 1));
  out[c++] = feature2(25, before(atoms.shape, 1), atoms.shape[i]);
  out[c++] = feature3(26, prev1, w[i], after(w, 1));
  out[c++] = feature1(27, atoms.hint[i]);
  out[c++] = feature2(28, atoms.hint[i], w[i]);
  out[c++] = feature2(29, atoms.hint[i], after(atoms.hint, 1));
  out[c++] = feature2(30, before(atoms.hint, 1), atoms.hint[i]);
  out[c++] = feature3(31, atoms.hint[i], atoms.suffix3[i], prev1);
  return c;
}

/** Tags a sentence greedily; `onDecision` (training) sees every decision with its features. */
export function tagSentence(
  weights: Scorer,
  atoms: WordAtoms,
  n: number,
  onDecision?: (i: number, guess: number, features: Int32Array, count: number) => void,
): Uint8Array {
  const tags = new Uint8Array(n);
  const features = new Int32Array(TAG_FEATURES);
  const scores = new Float64Array(weights.classes);
  let prev1 = START;
  let prev2 = START2;
  for (let i = 0; i < n; i++) {
    const count = tagFeatures(atoms, n, i, prev1, prev2, features);
    scores.fill(0);
    weights.score(features, count, scores);
    let best = 0;
    for (let t = 1; t < scores.length; t++) if (scores[t] > scores[best]) best = t;
    onDecision?.(i, best, features, count);
    tags[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
  return tags;
}
