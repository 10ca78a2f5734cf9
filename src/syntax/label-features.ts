// The labeller's features: those of an arc about to be made, for choosing its label. Those the arc's
// tags, direction and distance decide (its shape) are summed once per shape for weights with exact sums
// (a model read from its file). Unlike the moves' (move-features.ts), the other features are looked up
// one by one: tables of sums of their groups, of 51 labels a key, gained too little for the memory.
import { feature1, feature2, feature3, mix } from "./atoms.ts";
import { distanceBucket, labelAt, ROOT_WORD, tagAt, wordAt } from "./move-features.ts";
import type { ParseState } from "./parse-state.ts";
import type { ParseInput } from "./parser.ts";
import { SparseWeights } from "./perceptron.ts";
import { GroupSums } from "./sums.ts";

export const LABEL_FEATURES = 36;

// The groups, as bits of what `labelFeatures` writes.
/** Those the arc's tags, direction and distance decide (`arcShape`): summed once per shape. */
const SHAPE = 1;
/** Those the dependent's own dependents decide: for a dependent with none, a function of the shape too. */
const CHILDREN = 2;
const OTHER = 4;
export const ALL_LABEL_FEATURES = SHAPE | CHILDREN | OTHER;

/** Features of an arc about to be made, for choosing its label (`part`: the groups to write). */
export function labelFeatures(input: ParseInput, state: ParseState, dependent: number, head: number, out: Int32Array, part = ALL_LABEL_FEATURES): number {
  const dw = wordAt(input, dependent), dt = tagAt(input, dependent), hw = wordAt(input, head), ht = tagAt(input, head);
  const dir = dependent < head ? 1 : 2;
  const dist = distanceBucket(Math.abs(head - dependent));
  const l1 = state.left1[dependent], r1 = state.right1[dependent];
  const next = dependent + 1 < state.root ? dependent + 1 : -1;
  const shape = input.atoms.shape[dependent];
  // The same features in the same order as ever (training sums unquantised weights in this order).
  const shaped = (part & SHAPE) !== 0, children = (part & CHILDREN) !== 0, other = (part & OTHER) !== 0;
  let c = 0;
  if (shaped) out[c++] = feature1(100, 0);
  if (other) out[c++] = feature1(101, dw);
  if (shaped) out[c++] = feature1(102, dt);
  if (other) {
    out[c++] = feature2(103, dw, dt);
    out[c++] = feature1(104, hw);
  }
  if (shaped) out[c++] = feature1(105, ht);
  if (other) {
    out[c++] = feature2(106, hw, ht);
    out[c++] = feature2(107, dw, hw);
  }
  if (shaped) out[c++] = feature2(108, dt, ht);
  if (other) {
    out[c++] = feature2(109, dw, ht);
    out[c++] = feature2(110, dt, hw);
  }
  if (shaped) {
    out[c++] = feature3(111, dir, dt, ht); out[c++] = feature2(112, dir, dist);
    out[c++] = feature3(113, dir, dt, dist); out[c++] = feature2(114, dir, ht);
  }
  if (children) {
    out[c++] = feature1(115, state.leftSet(dependent, -1)); out[c++] = feature1(116, state.rightSet(dependent, -1));
    out[c++] = feature2(117, dt, state.leftSet(dependent, -1));
    out[c++] = feature1(118, wordAt(input, l1)); out[c++] = feature3(119, wordAt(input, l1), dt, ht);
    out[c++] = feature2(120, wordAt(input, l1), dir);
  }
  if (other) {
    out[c++] = feature3(121, ht, dir, state.leftSet(head, -1)); out[c++] = feature3(122, ht, dir, state.rightSet(head, -1));
  }
  if (children) {
    out[c++] = feature1(123, labelAt(state, l1)); out[c++] = feature1(124, labelAt(state, r1));
    out[c++] = feature2(125, dt, wordAt(input, l1));
  }
  if (other) {
    out[c++] = feature2(126, shape, dir);
    out[c++] = feature2(127, hw, dir); out[c++] = feature2(128, dw, dir);
    out[c++] = feature2(129, dt, tagAt(input, next)); out[c++] = feature2(130, dt, tagAt(input, dependent - 1));
    out[c++] = feature2(131, ht, tagAt(input, head + 1 <= state.root ? head + 1 : -1));
    // The head's ending tells "was broken" from "was breaking", which its tag (VERB) does not.
    const headEnding = head < input.n ? input.atoms.suffix3[head] : ROOT_WORD;
    out[c++] = feature3(134, headEnding, dt, dir); out[c++] = feature2(135, headEnding, dw);
  }
  if (shaped) out[c++] = mix(feature3(132, dir, dt, ht), dist);
  if (children) out[c++] = feature3(133, dt, Math.min(state.leftCount[dependent], 4), Math.min(state.rightCount[dependent], 4));
  return c;
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

/**
 * The labeller's scores of arcs from weights with exact sums: the shape's sum made once per shape, the
 * other features looked up together, so that their reads from memory overlap. The same scores as the
 * weights give for all of `labelFeatures`, as every sum is exact.
 */
export class LabelScorer {
  private readonly shapes: GroupSums;
  private readonly features = new Int32Array(LABEL_FEATURES);

  constructor(private readonly weights: SparseWeights) {
    this.shapes = new GroupSums(weights, 2 * SHAPES);
  }

  /** Sets `scores` to the labels' scores for an arc from `head` (a word, not the root) to `dependent`. */
  score(input: ParseInput, state: ParseState, dependent: number, head: number, scores: Float64Array): void {
    const { shapes, features, weights } = this;
    const shape = arcShape(input, state, dependent, head);
    // A dependent with no children: its children's features are the shape's too.
    const summed = shape >= SHAPES ? SHAPE | CHILDREN : SHAPE;
    if (!shapes.has(shape)) shapes.make(shape, features, labelFeatures(input, state, dependent, head, features, summed));
    shapes.copyTo(shape, scores);
    const count = labelFeatures(input, state, dependent, head, features, ALL_LABEL_FEATURES & ~summed);
    weights.prefetch(features, count);
    weights.addRows(features, 0, count, scores, 0);
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
