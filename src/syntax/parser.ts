// The dependency parser: greedy arc-hybrid moves chosen by one perceptron, and the label of each
// arc, when it is made, by a second one (the labels then serve as features for the moves after).
import { feature1, feature2, feature3, mix, type WordAtoms } from "./atoms.ts";
import { LEFT, MOVES, ParseState, SHIFT } from "./parse-state.ts";
import { DenseWeights, GroupSums, SparseWeights, type Scorer } from "./perceptron.ts";

export const MOVE_FEATURES = 80;
export const LABEL_FEATURES = 36;

const NONE = 0x27d4eb2f; // the atom for a position that holds no word
const ROOT_WORD = 0x165667b1;
const ROOT_TAG = 99;

/** What a parse reads of a sentence: word atoms and the tags the tagger chose. */
export interface ParseInput {
  atoms: WordAtoms;
  tags: Uint8Array;
  n: number;
}

/** Training hooks: the oracle picks the move to follow and the label to keep. */
export interface ParseTeacher {
  chooseMove(state: ParseState, predicted: number, features: Int32Array, count: number, scores: Float64Array): number;
  chooseLabel(dependent: number, head: number, predicted: number, features: Int32Array, count: number): number;
}

export interface ParseResult {
  head: Int32Array; // index of the head word, or n for the root
  label: Int32Array;
}

const distanceBucket = (d: number) => (d <= 0 ? 0 : d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);

function wordAt(input: ParseInput, t: number): number {
  return t < 0 ? NONE : t === input.n ? ROOT_WORD : input.atoms.word[t];
}
function tagAt(input: ParseInput, t: number): number {
  return t < 0 ? -1 : t === input.n ? ROOT_TAG : input.tags[t];
}
function labelAt(state: ParseState, t: number): number {
  return t < 0 ? -2 : state.label[t];
}
/** A per-word array read at `t`, or `none` where there is no word. */
function at(a: Int32Array, t: number, none: number): number {
  return t < 0 ? none : a[t];
}

/** Features of the configuration that the buffer's first three words decide (and the bias): the same for every configuration with the same `b0`. */
const BUFFER = 1;
const STACK = 2;

/** Features of the configuration for choosing the next move (after Zhang and Nivre 2011); `part`: the groups to write. */
export function moveFeatures(input: ParseInput, state: ParseState, out: Int32Array, part = BUFFER | STACK): number {
  const s0 = state.s(0), s1 = state.s(1), s2 = state.s(2), b0 = state.b0;
  const b1 = b0 + 1 < state.root ? b0 + 1 : -1, b2 = b0 + 2 < state.root ? b0 + 2 : -1;
  const s0w = wordAt(input, s0), s0t = tagAt(input, s0), s1w = wordAt(input, s1), s1t = tagAt(input, s1);
  const b0w = wordAt(input, b0), b0t = tagAt(input, b0), b1w = wordAt(input, b1), b1t = tagAt(input, b1), b2t = tagAt(input, b2);
  const s0wt = mix(s0w, s0t), s1wt = mix(s1w, s1t), b0wt = mix(b0w, b0t), b1wt = mix(b1w, b1t);
  let c = 0;
  // The same features in the same order as ever.
  if (part & BUFFER) out[c++] = feature1(0, 0);
  if (part & STACK) {
    out[c++] = feature1(1, s0w); out[c++] = feature1(2, s0t); out[c++] = feature1(3, s0wt);
    out[c++] = feature1(4, s1w); out[c++] = feature1(5, s1t); out[c++] = feature1(6, s1wt);
  }
  if (part & BUFFER) {
    out[c++] = feature1(7, b0w); out[c++] = feature1(8, b0t); out[c++] = feature1(9, b0wt);
    out[c++] = feature1(10, b1w); out[c++] = feature1(11, b1t); out[c++] = feature1(12, b1wt);
    out[c++] = feature1(13, b2t); out[c++] = feature1(14, wordAt(input, b2));
  }
  if (!(part & STACK)) {
    out[c++] = feature2(22, b0t, b1t);
    out[c++] = feature3(23, b0t, b1t, b2t);
    return c;
  }
  const s0l1 = at(state.left1, s0, -1), s0l2 = at(state.left2, s0, -1), s0r1 = at(state.right1, s0, -1), s0r2 = at(state.right2, s0, -1);
  const b0l1 = at(state.left1, b0, -1), b0l2 = at(state.left2, b0, -1), s1r1 = at(state.right1, s1, -1);
  const d = s0 < 0 ? 0 : distanceBucket(b0 - s0);
  const d1 = s0 < 0 || s1 < 0 ? 0 : distanceBucket(s0 - s1);
  out[c++] = feature2(15, s0wt, b0wt); out[c++] = feature2(16, s0wt, b0w); out[c++] = feature2(17, s0w, b0wt);
  out[c++] = feature2(18, s0wt, b0t); out[c++] = feature2(19, s0t, b0wt); out[c++] = feature2(20, s0w, b0w);
  out[c++] = feature2(21, s0t, b0t);
  if (part & BUFFER) {
    out[c++] = feature2(22, b0t, b1t);
    out[c++] = feature3(23, b0t, b1t, b2t);
  }
  out[c++] = feature3(24, s0t, b0t, b1t); out[c++] = feature3(25, s1t, s0t, b0t);
  out[c++] = feature3(26, s0t, tagAt(input, s0l1), b0t); out[c++] = feature3(27, s0t, tagAt(input, s0r1), b0t);
  out[c++] = feature3(28, s0t, b0t, tagAt(input, b0l1)); out[c++] = feature3(29, s1t, tagAt(input, s1r1), s0t);
  out[c++] = feature3(30, tagAt(input, s2), s1t, s0t);
  out[c++] = feature2(31, s0w, d); out[c++] = feature2(32, s0t, d); out[c++] = feature2(33, b0w, d);
  out[c++] = feature2(34, b0t, d); out[c++] = feature3(35, s0t, b0t, d); out[c++] = feature3(36, s1t, s0t, d1);
  out[c++] = feature2(37, s0w, Math.min(at(state.rightCount, s0, -1), 6)); out[c++] = feature2(38, s0t, Math.min(at(state.rightCount, s0, -1), 6));
  out[c++] = feature2(39, s0w, Math.min(at(state.leftCount, s0, -1), 6)); out[c++] = feature2(40, s0t, Math.min(at(state.leftCount, s0, -1), 6));
  out[c++] = feature2(41, b0w, Math.min(at(state.leftCount, b0, -1), 6)); out[c++] = feature2(42, b0t, Math.min(at(state.leftCount, b0, -1), 6));
  out[c++] = feature2(43, s1t, Math.min(at(state.rightCount, s1, -1), 6));
  out[c++] = feature1(44, wordAt(input, s0l1)); out[c++] = feature1(45, tagAt(input, s0l1)); out[c++] = feature1(46, labelAt(state, s0l1));
  out[c++] = feature1(47, wordAt(input, s0r1)); out[c++] = feature1(48, tagAt(input, s0r1)); out[c++] = feature1(49, labelAt(state, s0r1));
  out[c++] = feature1(50, wordAt(input, b0l1)); out[c++] = feature1(51, tagAt(input, b0l1)); out[c++] = feature1(52, labelAt(state, b0l1));
  out[c++] = feature1(53, tagAt(input, s1r1)); out[c++] = feature1(54, labelAt(state, s1r1));
  out[c++] = feature1(55, wordAt(input, s0l2)); out[c++] = feature1(56, tagAt(input, s0l2)); out[c++] = feature1(57, labelAt(state, s0l2));
  out[c++] = feature1(58, wordAt(input, s0r2)); out[c++] = feature1(59, tagAt(input, s0r2)); out[c++] = feature1(60, labelAt(state, s0r2));
  out[c++] = feature1(61, wordAt(input, b0l2)); out[c++] = feature1(62, tagAt(input, b0l2)); out[c++] = feature1(63, labelAt(state, b0l2));
  out[c++] = feature3(64, s0t, tagAt(input, s0l1), tagAt(input, s0l2)); out[c++] = feature3(65, s0t, tagAt(input, s0r1), tagAt(input, s0r2));
  out[c++] = feature3(66, b0t, tagAt(input, b0l1), tagAt(input, b0l2));
  out[c++] = feature2(67, s0w, state.rightSet(s0, -1)); out[c++] = feature2(68, s0t, state.rightSet(s0, -1));
  out[c++] = feature2(69, s0w, state.leftSet(s0, -1)); out[c++] = feature2(70, s0t, state.leftSet(s0, -1));
  out[c++] = feature2(71, b0w, state.leftSet(b0, -1)); out[c++] = feature2(72, b0t, state.leftSet(b0, -1));
  out[c++] = feature2(73, s1w, s0w); out[c++] = feature2(74, s1t, s0w); out[c++] = feature2(75, s1w, s0t);
  out[c++] = feature2(76, s0wt, b1t); out[c++] = feature2(77, s1w, b0w); out[c++] = feature3(78, s1t, b0t, d1);
  out[c++] = feature3(79, s1wt, s0t, b0t);
  return c;
}

/** Groups of an arc's features, as bits of what `labelFeatures` writes. */
/** Those its tags, direction and distance decide (`arcShape`): the parser sums them once per shape. */
const SHAPE = 1;
/** Those the dependent's own dependents decide: for a dependent with none, a function of the shape too. */
const CHILDREN = 2;
const OTHER = 4;
const ALL = SHAPE | CHILDREN | OTHER;

/** The combinations of an arc's tags, direction and distance: a dependent's tag, a head's tag (of a word), two directions, eight distances. */
const TAG_COUNT = 17;
const SHAPES = TAG_COUNT * TAG_COUNT * 2 * 8;

/** Features of an arc about to be made, for choosing its label (`part`: the groups to write). */
export function labelFeatures(input: ParseInput, state: ParseState, dependent: number, head: number, out: Int32Array, part = ALL): number {
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

/** The label the labeller gives an arc: its best-scored label other than the root's. */
function bestLabel(scores: Float64Array, rootLabel: number): number {
  let predicted = rootLabel === 0 ? 1 : 0;
  for (let l = 0; l < scores.length; l++) {
    if (l !== rootLabel && scores[l] > scores[predicted]) predicted = l;
  }
  return predicted;
}

/** Sums of the labeller's shape features, per labeller (a model's weights live as long as the process). */
const shapeSums = new WeakMap<SparseWeights, GroupSums>();

/**
 * Parses one tagged sentence; the root label is given, every other label is chosen, except that a tag
 * with a fixed label (`fixedLabels`, punctuation) takes it without a look at the labeller.
 */
export function parseSentence(
  moves: Scorer,
  labels: Scorer,
  rootLabel: number,
  input: ParseInput,
  teacher?: ParseTeacher,
  fixedLabels?: Int32Array,
): ParseResult {
  const state = new ParseState(input.n);
  const features = new Int32Array(MOVE_FEATURES);
  const arcFeatures = new Int32Array(LABEL_FEATURES);
  const moveScores = new Float64Array(MOVES);
  const labelScores = new Float64Array(labels.classes);
  // Without a teacher, the moves' table sums integers, and the buffer's features are summed once per `b0`.
  const dense = !teacher && moves instanceof DenseWeights ? moves : undefined;
  const bufferSums = new Float64Array(MOVES), moveSums = new Float64Array(MOVES);
  let bufferB0 = -1;
  // Without a teacher, weights with exact sums add the shape features' sum made once per shape.
  let shapes: GroupSums | undefined;
  if (!teacher && labels instanceof SparseWeights && labels.exactSums) {
    shapes = shapeSums.get(labels);
    if (!shapes) shapeSums.set(labels, (shapes = new GroupSums(labels, 2 * SHAPES)));
  }
  while (!state.done) {
    let count: number;
    if (dense) {
      // Integer sums, added in any order: the buffer's part once per `b0`, scaled once at the end.
      if (state.b0 !== bufferB0) {
        bufferSums.fill(0);
        dense.addSums(features, moveFeatures(input, state, features, BUFFER), bufferSums);
        bufferB0 = state.b0;
      }
      moveSums.set(bufferSums);
      count = moveFeatures(input, state, features, STACK);
      dense.addSums(features, count, moveSums);
      dense.scaleSums(moveSums, moveScores);
    } else {
      count = moveFeatures(input, state, features);
      moveScores.fill(0);
      moves.score(features, count, moveScores);
    }
    let best = -1;
    for (let m = 0; m < MOVES; m++) {
      if (state.isValid(m) && (best < 0 || moveScores[m] > moveScores[best])) best = m;
    }
    const move = teacher ? teacher.chooseMove(state, best, features, count, moveScores) : best;
    let label = -1;
    if (move !== SHIFT) {
      const dependent = state.s(0);
      const head = move === LEFT ? state.b0 : state.s(1);
      if (head === state.root) label = rootLabel;
      else if (!teacher && fixedLabels && fixedLabels[input.tags[dependent]] >= 0) label = fixedLabels[input.tags[dependent]];
      else if (shapes && arcShape(input, state, dependent, head) >= 0) {
        const shape = arcShape(input, state, dependent, head);
        const summed = shape >= SHAPES ? SHAPE | CHILDREN : SHAPE;
        if (!shapes.has(shape)) shapes.make(shape, arcFeatures, labelFeatures(input, state, dependent, head, arcFeatures, summed));
        shapes.copyTo(shape, labelScores);
        const arcCount = labelFeatures(input, state, dependent, head, arcFeatures, ALL & ~summed);
        labels.score(arcFeatures, arcCount, labelScores);
        label = bestLabel(labelScores, rootLabel);
      } else {
        const arcCount = labelFeatures(input, state, dependent, head, arcFeatures);
        labelScores.fill(0);
        labels.score(arcFeatures, arcCount, labelScores);
        const predicted = bestLabel(labelScores, rootLabel);
        label = teacher ? teacher.chooseLabel(dependent, head, predicted, arcFeatures, arcCount) : predicted;
      }
    }
    state.apply(move, label);
  }
  return { head: state.head, label: state.label };
}

