// The part-of-speech tagger: greedy, left to right, over the word, its affixes and shape, its
// neighbours and the two tags before it.
import { feature1, feature2, feature3, type WordAtoms } from "./atoms.ts";
import type { Scorer } from "./perceptron.ts";

export const UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"] as const;
export const TAG_FEATURES = 31;

const START = -1;
const START2 = -2;
const OUTSIDE = 0x5bd1e995; // the atom for a word beyond either end of the sentence

/** An atom of the word `k` places away from `i`, or the atom for "beyond the sentence". */
function near(a: Int32Array, n: number, i: number, k: number): number {
  const j = i + k;
  return j >= 0 && j < n ? a[j] : OUTSIDE + k;
}

/** The tagger's features for token `i`, given the tags already chosen before it. */
export function tagFeatures(atoms: WordAtoms, n: number, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const w = atoms.word;
  const word = w[i], suffix3 = atoms.suffix3[i], shape = atoms.shape[i], hint = atoms.hint[i];
  const wPrev = near(w, n, i, -1), wNext = near(w, n, i, 1);
  const shapeNext = near(atoms.shape, n, i, 1), hintNext = near(atoms.hint, n, i, 1);
  let c = 0;
  out[c++] = feature1(1, 0);
  out[c++] = feature1(2, word);
  out[c++] = feature1(3, suffix3);
  out[c++] = feature1(4, atoms.prefix1[i]);
  out[c++] = feature1(5, prev1);
  out[c++] = feature1(6, prev2);
  out[c++] = feature2(7, prev1, prev2);
  out[c++] = feature2(8, prev1, word);
  out[c++] = feature1(9, wPrev);
  out[c++] = feature1(10, near(atoms.suffix3, n, i, -1));
  out[c++] = feature1(11, near(w, n, i, -2));
  out[c++] = feature1(12, wNext);
  out[c++] = feature1(13, near(atoms.suffix3, n, i, 1));
  out[c++] = feature1(14, near(w, n, i, 2));
  out[c++] = feature1(15, shape);
  out[c++] = feature1(16, atoms.suffix2[i]);
  out[c++] = feature1(17, atoms.suffix4[i]);
  out[c++] = feature1(18, atoms.suffix1[i]);
  out[c++] = feature2(19, shape, shapeNext);
  out[c++] = feature2(20, word, wNext);
  out[c++] = feature2(21, wPrev, word);
  out[c++] = feature2(22, prev1, suffix3);
  out[c++] = feature2(23, i === 0 ? 1 : 0, shape);
  out[c++] = feature2(24, shapeNext, near(atoms.suffix2, n, i, 1));
  out[c++] = feature2(25, near(atoms.shape, n, i, -1), shape);
  out[c++] = feature3(26, prev1, word, wNext);
  out[c++] = feature1(27, hint);
  out[c++] = feature2(28, hint, word);
  out[c++] = feature2(29, hint, hintNext);
  out[c++] = feature2(30, near(atoms.hint, n, i, -1), hint);
  out[c++] = feature3(31, hint, suffix3, prev1);
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
