// The part-of-speech tagger: greedy, left to right, over the word, its affixes and shape, its
// neighbours and the two tags before it.
import { feature1, feature2, feature3, type WordAtoms } from "./atoms.ts";
import { SparseWeights, type Scorer } from "./perceptron.ts";
import { GroupSums, KeyedSums } from "./sums.ts";

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

// A word's features in groups, as bits of what `tagFeatures` writes. The first two groups are what the
// tags before the word decide; the others, its context, are the same whatever the tags.
/** The bias and the two tags before the word (`TaggerSums.previous`). */
const PREVIOUS = 1;
/** The word with the tag before it, its ending and its hint. */
const PREVIOUS_WORD = 2;
/** The word and the next one, with the tag before it: too many combinations to recur. */
const PREVIOUS_WORDS = 4;
/** The word, its affixes and shape: what its form decides (`TaggerSums.addFormSum`). */
const FORM = 8;
/** The word before: its atom and its ending. */
const WORD_BEFORE = 16;
/** The word after: its atom, ending, shape and last two letters. */
const WORD_AFTER = 32;
/** The shapes and hints of the word and its neighbours, and whether it comes first. */
const SHAPES = 64;
/** The word's hint, alone and with the word. */
const HINT = 128;
/** Words two places away, and the word with each neighbour: too many to recur. */
const WORDS = 256;
const ALL = 511;

/**
 * The tagger's features for token `i`, given the tags already chosen before it (`part`: the groups to
 * write), written into `out` from `from` on; returns where they end.
 */
export function tagFeatures(atoms: WordAtoms, n: number, i: number, prev1: number, prev2: number, out: Int32Array, part = ALL, from = 0): number {
  const w = atoms.word;
  const word = w[i], suffix3 = atoms.suffix3[i], shape = atoms.shape[i], hint = atoms.hint[i];
  const wPrev = near(w, n, i, -1), wNext = near(w, n, i, 1);
  const shapeNext = near(atoms.shape, n, i, 1), hintNext = near(atoms.hint, n, i, 1);
  // The same features in the same order as ever (training sums unquantised weights in this order).
  const previous = (part & PREVIOUS) !== 0, previousWord = (part & PREVIOUS_WORD) !== 0, form = (part & FORM) !== 0;
  const before = (part & WORD_BEFORE) !== 0, after = (part & WORD_AFTER) !== 0, shapes = (part & SHAPES) !== 0;
  const hinted = (part & HINT) !== 0, words = (part & WORDS) !== 0;
  let c = from;
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
  if (previousWord) out[c++] = feature2(8, prev1, word);
  if (before) {
    out[c++] = feature1(9, wPrev);
    out[c++] = feature1(10, near(atoms.suffix3, n, i, -1));
  }
  if (words) out[c++] = feature1(11, near(w, n, i, -2));
  if (after) {
    out[c++] = feature1(12, wNext);
    out[c++] = feature1(13, near(atoms.suffix3, n, i, 1));
  }
  if (words) out[c++] = feature1(14, near(w, n, i, 2));
  if (form) {
    out[c++] = feature1(15, shape);
    out[c++] = feature1(16, atoms.suffix2[i]);
    out[c++] = feature1(17, atoms.suffix4[i]);
    out[c++] = feature1(18, atoms.suffix1[i]);
  }
  if (shapes) out[c++] = feature2(19, shape, shapeNext);
  if (words) {
    out[c++] = feature2(20, word, wNext);
    out[c++] = feature2(21, wPrev, word);
  }
  if (previousWord) out[c++] = feature2(22, prev1, suffix3);
  if (shapes) out[c++] = feature2(23, i === 0 ? 1 : 0, shape);
  if (after) out[c++] = feature2(24, shapeNext, near(atoms.suffix2, n, i, 1));
  if (shapes) out[c++] = feature2(25, near(atoms.shape, n, i, -1), shape);
  if (part & PREVIOUS_WORDS) out[c++] = feature3(26, prev1, word, wNext);
  if (hinted) {
    out[c++] = feature1(27, hint);
    out[c++] = feature2(28, hint, word);
  }
  if (shapes) {
    out[c++] = feature2(29, hint, hintNext);
    out[c++] = feature2(30, near(atoms.hint, n, i, -1), hint);
  }
  if (previousWord) out[c++] = feature3(31, hint, suffix3, prev1);
  return c;
}

/** The values a tag before a word takes: START2, START and the tags. */
const PREVIOUS_VALUES = UPOS.length + 2;
/** Words whose form sums are kept, in a table with one place per word atom's low bits (a later form takes an earlier one's place). */
const FORM_SLOTS = 8192;
/** Places in each table of sums of a group of context features. */
const CONTEXT_SLOTS = 4096;

/** Writes the values that decide a group of a word's features (all they read) as its key. */
interface KeyedGroup {
  part: number;
  width: number;
  key(atoms: WordAtoms, n: number, i: number, prev1: number, key: Int32Array): void;
}

/** The context's groups whose keys recur. */
const CONTEXT_GROUPS: KeyedGroup[] = [
  {
    part: WORD_BEFORE, width: 2,
    key: (atoms, n, i, _prev1, key) => { key[0] = near(atoms.word, n, i, -1); key[1] = near(atoms.suffix3, n, i, -1); },
  },
  {
    part: WORD_AFTER, width: 4,
    key: (atoms, n, i, _prev1, key) => {
      key[0] = near(atoms.word, n, i, 1); key[1] = near(atoms.suffix3, n, i, 1); key[2] = near(atoms.shape, n, i, 1); key[3] = near(atoms.suffix2, n, i, 1);
    },
  },
  {
    part: SHAPES, width: 7,
    key: (atoms, n, i, _prev1, key) => {
      key[0] = near(atoms.shape, n, i, -1); key[1] = atoms.shape[i]; key[2] = near(atoms.shape, n, i, 1);
      key[3] = near(atoms.hint, n, i, -1); key[4] = atoms.hint[i]; key[5] = near(atoms.hint, n, i, 1);
      key[6] = i === 0 ? 1 : 0;
    },
  },
  {
    part: HINT, width: 2,
    key: (atoms, _n, i, _prev1, key) => { key[0] = atoms.hint[i]; key[1] = atoms.word[i]; },
  },
];

/** The word with the tag before it (`PREVIOUS_WORD`). */
const PREVIOUS_WORD_GROUP: KeyedGroup = {
  part: PREVIOUS_WORD, width: 4,
  key: (atoms, _n, i, prev1, key) => { key[0] = atoms.word[i]; key[1] = atoms.suffix3[i]; key[2] = atoms.hint[i]; key[3] = prev1; },
};

/**
 * Sums made once for a tagger whose weights have exact sums: one per pair of tags before a word (with
 * the bias); one per form for the features its form decides, kept for the 8,192 forms met last; and
 * one per key of each other group whose key recurs. A sentence's context (all but the features the
 * tags before a word decide) is summed for every word before the tags are chosen, and kept for the
 * sentence's words object: tagging it again (a verbless statement, analyse.ts) reuses it.
 */
class TaggerSums {
  readonly previous: GroupSums;
  private readonly forms: GroupSums;
  private readonly formKeys: Array<Int32Array | undefined> = new Array(FORM_SLOTS).fill(undefined);
  private readonly contextTables: KeyedSums[];
  private readonly previousWord: KeyedSums;
  /** Each word's context sum, `classes` numbers a word, for the words object `contextOf`. */
  private context = new Float64Array(0);
  private contextOf: WordAtoms | undefined;
  private contextLength = 0;
  /** Features of all of a sentence's words, and where each word's features end. */
  private features = new Int32Array(TAG_FEATURES * 64);
  private ends = new Int32Array(64);

  constructor(private readonly weights: SparseWeights) {
    this.previous = new GroupSums(weights, PREVIOUS_VALUES * PREVIOUS_VALUES);
    this.forms = new GroupSums(weights, FORM_SLOTS);
    this.contextTables = CONTEXT_GROUPS.map((group) => new KeyedSums(group.width, weights.classes, CONTEXT_SLOTS));
    this.previousWord = new KeyedSums(PREVIOUS_WORD_GROUP.width, weights.classes, CONTEXT_SLOTS);
  }

  /** The context sums of the sentence's words, made now unless made last for the same words object. */
  contextSums(atoms: WordAtoms, n: number): Float64Array {
    const classes = this.weights.classes;
    if (n === 0) return this.context;
    if (this.contextOf === atoms && this.contextLength === n) return this.context;
    if (this.context.length < n * classes) this.context = new Float64Array(Math.max(n, 64) * classes * 2);
    if (this.features.length < n * TAG_FEATURES) this.features = new Int32Array(n * TAG_FEATURES * 2);
    if (this.ends.length < n) this.ends = new Int32Array(n * 2);
    const { context, features, weights } = this;
    context.fill(0, 0, n * classes);
    for (let i = 0; i < n; i++) {
      this.addFormSum(atoms, n, i, features, context, i * classes);
      for (let g = 0; g < CONTEXT_GROUPS.length; g++) {
        const group = CONTEXT_GROUPS[g], table = this.contextTables[g];
        group.key(atoms, n, i, START, table.key);
        let sum = table.find();
        if (sum < 0) {
          sum = ~sum;
          weights.addRows(features, 0, tagFeatures(atoms, n, i, START, START2, features, group.part), table.data, sum);
        }
        table.addTo(sum, context, i * classes);
      }
    }
    // The features of words together, of every word at once, so that their reads from memory overlap.
    const ends = this.ends;
    for (let i = 0, c = 0; i < n; i++) c = ends[i] = tagFeatures(atoms, n, i, START, START2, features, WORDS, c);
    weights.prefetch(features, ends[n - 1]);
    for (let i = 0; i < n; i++) weights.addRows(features, i === 0 ? 0 : ends[i - 1], ends[i], context, i * classes);
    this.contextOf = atoms;
    this.contextLength = n;
    return context;
  }

  /** Adds the sums of the features the tags before word `i` decide to `scores`. */
  addPrevious(atoms: WordAtoms, n: number, i: number, prev1: number, prev2: number, scores: Float64Array): void {
    const { features, weights } = this;
    const pair = (prev1 + 2) * PREVIOUS_VALUES + (prev2 + 2);
    if (!this.previous.has(pair)) this.previous.make(pair, features, tagFeatures(atoms, n, i, prev1, prev2, features, PREVIOUS));
    this.previous.addTo(pair, scores);
    const table = this.previousWord;
    PREVIOUS_WORD_GROUP.key(atoms, n, i, prev1, table.key);
    let sum = table.find();
    if (sum < 0) {
      sum = ~sum;
      weights.addRows(features, 0, tagFeatures(atoms, n, i, prev1, prev2, features, PREVIOUS_WORD), table.data, sum);
    }
    table.addTo(sum, scores);
    weights.addRows(features, 0, tagFeatures(atoms, n, i, prev1, prev2, features, PREVIOUS_WORDS), scores, 0);
  }

  /** Adds the sum of the form features of word `i` to `scores` from `at`, made now if its form is not the one kept in its place. */
  private addFormSum(atoms: WordAtoms, n: number, i: number, features: Int32Array, scores: Float64Array, at: number): void {
    const form = atoms.form[i];
    const slot = form[0] & (FORM_SLOTS - 1);
    // The very array of atoms: the same form, as the form cache shares one array per form.
    if (this.formKeys[slot] !== form) {
      this.forms.clear(slot);
      this.forms.make(slot, features, tagFeatures(atoms, n, i, START, START2, features, FORM));
      this.formKeys[slot] = form;
    }
    this.forms.addTo(slot, scores, at);
  }
}

const taggerSums = new WeakMap<SparseWeights, TaggerSums>();
/** What a tagging works in, made once: a tagging runs to its end before the next begins. */
const scratchFeatures = new Int32Array(TAG_FEATURES);
let scratchScores = new Float64Array(UPOS.length);

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
  const features = scratchFeatures;
  if (scratchScores.length !== weights.classes) scratchScores = new Float64Array(weights.classes);
  const scores = scratchScores;
  // Weights with exact sums (a model read from its file) add sums made once.
  let sums: TaggerSums | undefined;
  if (!onDecision && weights instanceof SparseWeights && weights.exactSums) {
    sums = taggerSums.get(weights);
    if (!sums) taggerSums.set(weights, (sums = new TaggerSums(weights)));
  }
  const context = sums?.contextSums(atoms, n);
  let prev1 = START;
  let prev2 = START2;
  for (let i = 0; i < n; i++) {
    if (sums && context) {
      for (let t = 0, at = i * scores.length; t < scores.length; t++, at++) scores[t] = context[at];
      sums.addPrevious(atoms, n, i, prev1, prev2, scores);
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
