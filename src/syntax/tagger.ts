// The part-of-speech tagger: greedy, left to right, over the word, its affixes and shape, its
// neighbours and the two tags before it.
import { feature1, feature2, feature3, type WordAtoms } from "./atoms.ts";
import { GroupSums, SparseWeights, type Scorer } from "./perceptron.ts";

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

/** Which of a word's features `tagFeatures` writes. */
const ALL = 0;
/** Only those the two tags before it decide, with the bias (`PREVIOUS_SUMS`). */
const PREVIOUS_ONLY = 1;
/** Only those its form decides: the word, its affixes and shape (`FormSums`). */
const FORM_ONLY = 2;
/** All but the two groups above. */
const REST = 3;

/** The tagger's features for token `i`, given the tags already chosen before it (`part`: all, or one group). */
export function tagFeatures(atoms: WordAtoms, n: number, i: number, prev1: number, prev2: number, out: Int32Array, part = ALL): number {
  const w = atoms.word;
  const word = w[i], suffix3 = atoms.suffix3[i], shape = atoms.shape[i], hint = atoms.hint[i];
  const wPrev = near(w, n, i, -1), wNext = near(w, n, i, 1);
  const shapeNext = near(atoms.shape, n, i, 1), hintNext = near(atoms.hint, n, i, 1);
  // The same features in the same order as ever (training sums unquantised weights in this order).
  const previous = part === ALL || part === PREVIOUS_ONLY, form = part === ALL || part === FORM_ONLY, rest = part === ALL || part === REST;
  let c = 0;
  if (previous) out[c++] = feature1(1, 0);
  if (form) {
    out[c++] = feature1(2, word);
    out[c++] = feature1(3, suffix3);
    out[c++] = feature1(4, atoms.prefix1[i]);
  }
  if (previous) {
    out[c++] = feature1(5, prev1);
    out[c++] = feature1(6, prev2);
    out[c++] = feature2(7, prev1, prev2);
  }
  if (rest) {
    out[c++] = feature2(8, prev1, word);
    out[c++] = feature1(9, wPrev);
    out[c++] = feature1(10, near(atoms.suffix3, n, i, -1));
    out[c++] = feature1(11, near(w, n, i, -2));
    out[c++] = feature1(12, wNext);
    out[c++] = feature1(13, near(atoms.suffix3, n, i, 1));
    out[c++] = feature1(14, near(w, n, i, 2));
  }
  if (form) {
    out[c++] = feature1(15, shape);
    out[c++] = feature1(16, atoms.suffix2[i]);
    out[c++] = feature1(17, atoms.suffix4[i]);
    out[c++] = feature1(18, atoms.suffix1[i]);
  }
  if (rest) {
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
  }
  return c;
}

/** The values a tag before a word takes: START2, START and the tags. */
const PREVIOUS_VALUES = UPOS.length + 2;
/** Words whose form sums are kept, in a table with one place per word atom's low bits (a later form takes an earlier one's place). */
const FORM_SLOTS = 8192;

/**
 * Sums made once for a tagger whose weights have exact sums: one per pair of tags before a word (with
 * the bias), and one per form for the features its form decides, kept for the 8,192 forms met
 * last in a table that stays the same size however long a batch runs.
 */
class TaggerSums {
  readonly previous: GroupSums;
  private readonly forms: GroupSums;
  private readonly formKeys: Array<Int32Array | undefined> = new Array(FORM_SLOTS).fill(undefined);

  constructor(weights: SparseWeights) {
    this.previous = new GroupSums(weights, PREVIOUS_VALUES * PREVIOUS_VALUES);
    this.forms = new GroupSums(weights, FORM_SLOTS);
  }

  /** Sets `scores` to the sum of the form features of word `i`, made now if its form is not the one kept in its place. */
  copyFormSum(atoms: WordAtoms, n: number, i: number, features: Int32Array, scores: Float64Array): void {
    const form = atoms.form[i];
    const slot = form[0] & (FORM_SLOTS - 1);
    // The very array of atoms: the same form, as the form cache shares one array per form.
    if (this.formKeys[slot] !== form) {
      this.forms.clear(slot);
      this.forms.make(slot, features, tagFeatures(atoms, n, i, START, START2, features, FORM_ONLY));
      this.formKeys[slot] = form;
    }
    this.forms.copyTo(slot, scores);
  }
}

const taggerSums = new WeakMap<SparseWeights, TaggerSums>();

const VERB = UPOS.indexOf("VERB");

/**
 * Tags a sentence greedily; `onDecision` (training) sees every decision with its features. `verbGap`, if
 * given, receives for each word how far the verb's score fell below the chosen tag's; `forced` fixes the
 * tag of one word (the words after it are tagged again after it).
 */
export function tagSentence(
  weights: Scorer,
  atoms: WordAtoms,
  n: number,
  onDecision?: (i: number, guess: number, features: Int32Array, count: number) => void,
  verbGap?: Float64Array,
  forced?: { word: number; tag: number },
): Uint8Array {
  const tags = new Uint8Array(n);
  const features = new Int32Array(TAG_FEATURES);
  const scores = new Float64Array(weights.classes);
  // Weights with exact sums (a model read from its file) add sums made once for two groups of features.
  let sums: TaggerSums | undefined;
  if (!onDecision && weights instanceof SparseWeights && weights.exactSums) {
    sums = taggerSums.get(weights);
    if (!sums) taggerSums.set(weights, (sums = new TaggerSums(weights)));
  }
  const previousSum = new Float64Array(weights.classes);
  let prev1 = START;
  let prev2 = START2;
  for (let i = 0; i < n; i++) {
    if (sums) {
      sums.copyFormSum(atoms, n, i, features, scores);
      const pair = (prev1 + 2) * PREVIOUS_VALUES + (prev2 + 2);
      if (!sums.previous.has(pair)) sums.previous.make(pair, features, tagFeatures(atoms, n, i, prev1, prev2, features, PREVIOUS_ONLY));
      sums.previous.copyTo(pair, previousSum);
      for (let t = 0; t < scores.length; t++) scores[t] += previousSum[t];
      weights.score(features, tagFeatures(atoms, n, i, prev1, prev2, features, REST), scores);
    } else {
      const count = tagFeatures(atoms, n, i, prev1, prev2, features);
      scores.fill(0);
      weights.score(features, count, scores);
      onDecision?.(i, argmax(scores), features, count);
    }
    const best = forced?.word === i ? forced.tag : argmax(scores);
    if (verbGap) verbGap[i] = scores[best] - scores[VERB];
    tags[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
  return tags;
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let t = 1; t < scores.length; t++) if (scores[t] > scores[best]) best = t;
  return best;
}
