// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): from any configuration,
// the moves that lose no gold arc still reachable. Training follows the model's own choices and
// learns from this oracle, so the parser learns to recover from its mistakes.
import { LEFT, MOVES, RIGHT, SHIFT, type ParseState } from "../parse-state.ts";

/** Whether `word` and any of `others` are head and dependent of each other in the gold tree. */
function linkedTo(word: number, others: Iterable<number>, gold: Int32Array): boolean {
  for (const other of others) if (gold[other] === word || gold[word] === other) return true;
  return false;
}

function* stackItems(state: ParseState): Iterable<number> {
  for (let k = 0; k < state.depth; k++) yield state.stack[k];
}

function* bufferAfterFront(state: ParseState): Iterable<number> {
  for (let w = state.b0 + 1; w <= state.root; w++) yield w;
}

/** Zero-cost moves as a bit set (1 << move). `gold` holds each word's head, the root's index for the root. */
export function zeroCostMoves(state: ParseState, gold: Int32Array): number {
  let valid = 0;
  for (let m = 0; m < MOVES; m++) if (state.isValid(m)) valid |= 1 << m;
  if (state.depth === 0) return valid;
  const s0 = state.s(0);
  if (state.isValid(SHIFT) && gold[state.b0] === s0) return 1 << SHIFT;
  if (state.isValid(LEFT) && gold[s0] === state.b0) return 1 << LEFT;
  let costly = ~valid;
  if (state.depth >= 2 && gold[s0] === state.s(1)) costly |= 1 << LEFT;
  if (!(costly & (1 << SHIFT)) && linkedTo(state.b0, stackItems(state), gold)) costly |= 1 << SHIFT;
  if (linkedTo(s0, bufferAfterFront(state), gold)) costly |= (1 << LEFT) | (1 << RIGHT);
  const zero = valid & ~costly;
  // When every move costs something the configuration has already lost arcs; any valid move will do.
  return zero || valid;
}
