// The labeller's features: those of an arc about to be made, for choosing its label. They fall in
// groups by what decides them (the arc's tags, direction and distance; the dependent's word; the
// head's; the dependent's own children; the tags around the two). Weights with exact sums (a model
// read from its file) let the parser add the sum of a group made once for the values that decide it,
// as it does for the moves (move-features.ts).
import { feature1, feature2, feature3, mix } from "./atoms.ts";
import { distanceBucket, labelAt, ROOT_WORD, tagAt, wordAt } from "./move-features.ts";
import type { ParseState } from "./parse-state.ts";
import type { ParseInput } from "./parser.ts";
import { GroupSums, KeyedSums, SparseWeights } from "./perceptron.ts";

export const LABEL_FEATURES = 36;

// The groups, as bits of what `labelFeatures` writes.
/** Those the arc's tags, direction and distance decide (`arcShape`): summed once per shape. */
const SHAPE = 1;
/** The dependent's children: the sets of their labels, the labels of its outer two, their counts. */
const CHILD_SETS = 2;
/** The dependent's leftmost child's word. */
const CHILD_WORD = 4;
/** The dependent's word and shape, with its tag and the direction. */
const DEPENDENT_WORD = 8;
/** The head's word, with its tag and the direction. */
const HEAD_WORD = 16;
/** The head's tag and the direction, with the sets of labels of the head's children and the tag after it. */
const HEAD_CONTEXT = 32;
/** The dependent's tag and those beside it. */
const DEPENDENT_CONTEXT = 64;
/** A word with the other's word, tag or ending: too many combinations to recur. */
const WORDS = 128;
const CHILDREN = CHILD_SETS | CHILD_WORD;
export const ALL_LABEL_FEATURES = 255;

/** Features of an arc about to be made, for choosing its label (`part`: the groups to write). */
export function labelFeatures(input: ParseInput, state: ParseState, dependent: number, head: number, out: Int32Array, part = ALL_LABEL_FEATURES): number {
  const dw = wordAt(input, dependent), dt = tagAt(input, dependent), hw = wordAt(input, head), ht = tagAt(input, head);
  const dir = dependent < head ? 1 : 2;
  const dist = distanceBucket(Math.abs(head - dependent));
  const l1 = state.left1[dependent], r1 = state.right1[dependent];
  const next = dependent + 1 < state.root ? dependent + 1 : -1;
  const shape = input.atoms.shape[dependent];
  // The same features in the same order as ever (training sums unquantised weights in this order).
  const shaped = (part & SHAPE) !== 0, childSets = (part & CHILD_SETS) !== 0, childWord = (part & CHILD_WORD) !== 0;
  const dependentWord = (part & DEPENDENT_WORD) !== 0, headWord = (part & HEAD_WORD) !== 0, headContext = (part & HEAD_CONTEXT) !== 0;
  const words = (part & WORDS) !== 0;
  let c = 0;
  if (shaped) out[c++] = feature1(100, 0);
  if (dependentWord) out[c++] = feature1(101, dw);
  if (shaped) out[c++] = feature1(102, dt);
  if (dependentWord) out[c++] = feature2(103, dw, dt);
  if (headWord) out[c++] = feature1(104, hw);
  if (shaped) out[c++] = feature1(105, ht);
  if (headWord) out[c++] = feature2(106, hw, ht);
  if (words) out[c++] = feature2(107, dw, hw);
  if (shaped) out[c++] = feature2(108, dt, ht);
  if (words) {
    out[c++] = feature2(109, dw, ht);
    out[c++] = feature2(110, dt, hw);
  }
  if (shaped) {
    out[c++] = feature3(111, dir, dt, ht); out[c++] = feature2(112, dir, dist);
    out[c++] = feature3(113, dir, dt, dist); out[c++] = feature2(114, dir, ht);
  }
  if (childSets) {
    out[c++] = feature1(115, state.leftSet(dependent, -1)); out[c++] = feature1(116, state.rightSet(dependent, -1));
    out[c++] = feature2(117, dt, state.leftSet(dependent, -1));
  }
  if (childWord) {
    out[c++] = feature1(118, wordAt(input, l1)); out[c++] = feature3(119, wordAt(input, l1), dt, ht);
    out[c++] = feature2(120, wordAt(input, l1), dir);
  }
  if (headContext) {
    out[c++] = feature3(121, ht, dir, state.leftSet(head, -1)); out[c++] = feature3(122, ht, dir, state.rightSet(head, -1));
  }
  if (childSets) {
    out[c++] = feature1(123, labelAt(state, l1)); out[c++] = feature1(124, labelAt(state, r1));
  }
  if (childWord) out[c++] = feature2(125, dt, wordAt(input, l1));
  if (dependentWord) out[c++] = feature2(126, shape, dir);
  if (headWord) out[c++] = feature2(127, hw, dir);
  if (dependentWord) out[c++] = feature2(128, dw, dir);
  if (part & DEPENDENT_CONTEXT) {
    out[c++] = feature2(129, dt, tagAt(input, next)); out[c++] = feature2(130, dt, tagAt(input, dependent - 1));
  }
  if (headContext) out[c++] = feature2(131, ht, tagAt(input, head + 1 <= state.root ? head + 1 : -1));
  if (words) {
    // The head's ending tells "was broken" from "was breaking", which its tag (VERB) does not.
    out[c++] = feature3(134, headEnding(input, head), dt, dir); out[c++] = feature2(135, headEnding(input, head), dw);
  }
  if (shaped) out[c++] = mix(feature3(132, dir, dt, ht), dist);
  if (childSets) out[c++] = feature3(133, dt, Math.min(state.leftCount[dependent], 4), Math.min(state.rightCount[dependent], 4));
  return c;
}

function headEnding(input: ParseInput, head: number): number {
  return head < input.n ? input.atoms.suffix3[head] : ROOT_WORD;
}

/** The combinations of an arc's tags, direction and distance: a dependent's tag, a head's tag (of a word), two directions, eight distances. */
const TAG_COUNT = 17;
const SHAPES = TAG_COUNT * TAG_COUNT * 2 * 8;

/**
 * The arc's shape (its tags, direction and distance) as a number below SHAPES, or -1 for a head with
 * no tag (the root); SHAPES more for a dependent with no dependents, whose CHILDREN features the
 * shape then decides as well (no labels, no counts, no leftmost child).
 */
function arcShape(input: ParseInput, state: ParseState, dependent: number, head: number): number {
  const ht = tagAt(input, head);
  if (ht < 0 || ht >= TAG_COUNT) return -1;
  const dir = dependent < head ? 0 : 1;
  const dist = distanceBucket(Math.abs(head - dependent));
  const shape = ((input.tags[dependent] * TAG_COUNT + ht) * 2 + dir) * 8 + dist;
  return state.leftCount[dependent] === 0 && state.rightCount[dependent] === 0 ? shape + SHAPES : shape;
}

// Keys, as for the moves: small values four to a 32-bit word, each non-negative and below 256 (a tag
// + 1, a label + 2, a count, a direction), a word's atom or a set of labels a word of its own.
function bytes(a: number, b: number, c: number, d: number): number {
  return a | (b << 8) | (c << 16) | (d << 24);
}

interface LabelGroup {
  part: number;
  width: number;
  /** Writes every value the group's features read, `width` words. */
  key(input: ParseInput, state: ParseState, dependent: number, head: number, dir: number, key: Int32Array): void;
}

/** The groups whose keys recur, with the values that decide each (`dir` as `labelFeatures` has it). */
const KEYED: LabelGroup[] = [
  {
    part: CHILD_SETS, width: 4,
    key: (input, state, dependent, _head, _dir, key) => {
      key[0] = state.leftSet(dependent, -1); key[1] = state.rightSet(dependent, -1);
      key[2] = bytes(input.tags[dependent] + 1, labelAt(state, state.left1[dependent]) + 2, labelAt(state, state.right1[dependent]) + 2, Math.min(state.leftCount[dependent], 4));
      key[3] = Math.min(state.rightCount[dependent], 4);
    },
  },
  {
    part: CHILD_WORD, width: 2,
    key: (input, state, dependent, head, dir, key) => {
      key[0] = wordAt(input, state.left1[dependent]);
      key[1] = bytes(input.tags[dependent] + 1, tagAt(input, head) + 1, dir, 0);
    },
  },
  {
    part: DEPENDENT_WORD, width: 3,
    key: (input, _state, dependent, _head, dir, key) => {
      key[0] = input.atoms.word[dependent]; key[1] = input.atoms.shape[dependent];
      key[2] = bytes(input.tags[dependent] + 1, dir, 0, 0);
    },
  },
  {
    part: HEAD_WORD, width: 2,
    key: (input, _state, _dependent, head, dir, key) => {
      key[0] = wordAt(input, head);
      key[1] = bytes(tagAt(input, head) + 1, dir, 0, 0);
    },
  },
  {
    part: HEAD_CONTEXT, width: 3,
    key: (input, state, _dependent, head, dir, key) => {
      key[0] = state.leftSet(head, -1); key[1] = state.rightSet(head, -1);
      key[2] = bytes(tagAt(input, head) + 1, dir, tagAt(input, head + 1 <= state.root ? head + 1 : -1) + 1, 0);
    },
  },
  {
    part: DEPENDENT_CONTEXT, width: 1,
    key: (input, state, dependent, _head, _dir, key) => {
      const next = dependent + 1 < state.root ? dependent + 1 : -1;
      key[0] = bytes(input.tags[dependent] + 1, tagAt(input, next) + 1, tagAt(input, dependent - 1) + 1, 0);
    },
  },
];

/** Places in each group's table of sums (each a label's worth of numbers: fewer places than for the moves). */
const SLOTS = 4096;

/**
 * The labeller's scores of arcs from weights with exact sums: the shape's sum made once per shape,
 * each keyed group's sum from its table (made the first time its key is met), the pair of words
 * looked up. The same scores as the weights give for all of `labelFeatures`, as every sum is exact.
 */
export class LabelScorer {
  private readonly shapes: GroupSums;
  private readonly tables: KeyedSums[];
  private readonly features = new Int32Array(LABEL_FEATURES);

  constructor(private readonly weights: SparseWeights) {
    this.shapes = new GroupSums(weights, 2 * SHAPES);
    this.tables = KEYED.map((group) => new KeyedSums(group.width, weights.classes, SLOTS));
  }

  /** Sets `scores` to the labels' scores for an arc from `head` (a word, not the root) to `dependent`. */
  score(input: ParseInput, state: ParseState, dependent: number, head: number, scores: Float64Array): void {
    const { shapes, features, weights } = this;
    const shape = arcShape(input, state, dependent, head);
    // A dependent with no children: its children's features are the shape's too.
    const summed = shape >= SHAPES ? SHAPE | CHILDREN : SHAPE;
    if (!shapes.has(shape)) shapes.make(shape, features, labelFeatures(input, state, dependent, head, features, summed));
    shapes.copyTo(shape, scores);
    const dir = dependent < head ? 1 : 2;
    for (let g = 0; g < KEYED.length; g++) {
      const group = KEYED[g], table = this.tables[g];
      if (summed & group.part) continue;
      group.key(input, state, dependent, head, dir, table.key);
      let slot = table.find();
      if (slot < 0) {
        slot = ~slot;
        weights.addRows(features, labelFeatures(input, state, dependent, head, features, group.part), table.sums, slot * weights.classes);
      }
      table.addTo(slot, scores);
    }
    weights.addRows(features, labelFeatures(input, state, dependent, head, features, WORDS), scores, 0);
  }
}

/** The scorer of each labeller with exact sums (a model's weights live as long as the process). */
const scorers = new WeakMap<SparseWeights, LabelScorer>();

/** The scorer for weights with exact sums, or undefined for others (training's). */
export function labelScorer(weights: unknown): LabelScorer | undefined {
  if (!(weights instanceof SparseWeights) || !weights.exactSums) return undefined;
  let scorer = scorers.get(weights);
  if (!scorer) scorers.set(weights, (scorer = new LabelScorer(weights)));
  return scorer;
}
