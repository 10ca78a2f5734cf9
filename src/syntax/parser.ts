// The dependency parser: greedy arc-hybrid moves chosen by one perceptron, and the label of each
// arc, when it is made, by a second one (the labels then serve as features for the moves after).
import type { WordAtoms } from "./atoms.ts";
import { LABEL_FEATURES, labelFeatures, labelScorer } from "./label-features.ts";
import { MOVE_FEATURES, moveFeatures, MoveScorer } from "./move-features.ts";
import { LEFT, MOVES, ParseState, SHIFT } from "./parse-state.ts";
import { DenseWeights, type Scorer } from "./perceptron.ts";

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

/** The label the labeller gives an arc: its best-scored label other than the root's. */
function bestLabel(scores: Float64Array, rootLabel: number): number {
  let predicted = rootLabel === 0 ? 1 : 0;
  for (let l = 0; l < scores.length; l++) {
    if (l !== rootLabel && scores[l] > scores[predicted]) predicted = l;
  }
  return predicted;
}

/** What a parse works in, made once: a parse runs to its end before the next begins. */
const scratch = {
  state: new ParseState(0),
  features: new Int32Array(MOVE_FEATURES),
  arcFeatures: new Int32Array(LABEL_FEATURES),
  moveScores: new Float64Array(MOVES),
  labelScores: new Float64Array(0),
};

/** The moves' scorer of each table of integer weights, with its tables of sums. */
const moveScorers = new WeakMap<DenseWeights, MoveScorer>();

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
  const { state, features, arcFeatures, moveScores } = scratch;
  state.reset(input.n);
  if (scratch.labelScores.length !== labels.classes) scratch.labelScores = new Float64Array(labels.classes);
  const labelScores = scratch.labelScores;
  // Without a teacher, the moves' table sums integers, which lets the scorer reuse sums made once.
  let scorer: MoveScorer | undefined;
  if (!teacher && moves instanceof DenseWeights) {
    scorer = moveScorers.get(moves);
    if (!scorer) moveScorers.set(moves, (scorer = new MoveScorer(moves)));
  }
  // Without a teacher, weights with exact sums add sums of groups of features made once.
  const labeller = teacher ? undefined : labelScorer(labels);
  while (!state.done) {
    let count = 0;
    if (scorer) scorer.score(input, state, moveScores);
    else {
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
      else if (labeller) {
        labeller.score(input, state, dependent, head, labelScores);
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
  return { head: state.head.slice(0, input.n + 1), label: state.label.slice(0, input.n + 1) };
}

