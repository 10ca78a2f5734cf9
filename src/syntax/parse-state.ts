// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
// (Ballesteros and Nivre 2013): a stack, a buffer front `b0`, and the arcs made so far, with each
// word's outermost children kept for the features. Every sequence of valid moves ends in one tree
// with one root, in as many moves as twice the words: no cycle, no head outside the sentence.

export const SHIFT = 0;
export const LEFT = 1; // s0 <- b0
export const RIGHT = 2; // s1 -> s0
export const MOVES = 3;
/** The per-word arrays of a state. */
const ARRAYS = 13;

export class ParseState {
  n = 0;
  root = 0; // index of the artificial root, one past the last word
  depth = 0;
  b0 = 0;
  // Per word (and the root): views into one buffer, which `reset` reuses for the next sentence (a
  // typed array costs as much to make as a sentence's worth of moves).
  stack!: Int32Array;
  head!: Int32Array;
  label!: Int32Array;
  left1!: Int32Array; // leftmost child
  left2!: Int32Array;
  right1!: Int32Array; // rightmost child
  right2!: Int32Array;
  leftCount!: Int32Array;
  rightCount!: Int32Array;
  // Bit sets of the labels of the left and right children, over 64 bits (the treebank has 51 labels):
  // the low 32 labels in one array, the rest in the other.
  leftLabels!: Int32Array;
  leftLabelsHigh!: Int32Array;
  rightLabels!: Int32Array;
  rightLabelsHigh!: Int32Array;
  private buffer = new Int32Array(0);
  private capacity = -1;

  constructor(n: number) {
    this.reset(n);
  }

  /** The state before the first move on a sentence of `n` words. */
  reset(n: number): void {
    const size = n + 1;
    if (size > this.capacity) this.allocate(Math.max(size, 64));
    this.n = n;
    this.root = n;
    this.depth = 0;
    this.b0 = 0;
    const { buffer, capacity } = this;
    // The arrays that start at -1 come first (head, label, left1, left2, right1, right2), then those at 0.
    for (let k = 1; k < ARRAYS; k++) buffer.fill(k < 7 ? -1 : 0, k * capacity, k * capacity + size);
  }

  private allocate(capacity: number): void {
    this.capacity = capacity;
    this.buffer = new Int32Array(ARRAYS * capacity);
    const view = (k: number) => this.buffer.subarray(k * capacity, (k + 1) * capacity);
    this.stack = view(0);
    this.head = view(1);
    this.label = view(2);
    this.left1 = view(3);
    this.left2 = view(4);
    this.right1 = view(5);
    this.right2 = view(6);
    this.leftCount = view(7);
    this.rightCount = view(8);
    this.leftLabels = view(9);
    this.leftLabelsHigh = view(10);
    this.rightLabels = view(11);
    this.rightLabelsHigh = view(12);
  }

  get done(): boolean {
    return this.b0 === this.root && this.depth === 0;
  }

  /** The k-th item from the top of the stack, or -1. */
  s(k: number): number {
    return this.depth > k ? this.stack[this.depth - 1 - k] : -1;
  }

  /** The labels of a word's left children as one atom, or `none` where there is no word. */
  leftSet(t: number, none: number): number {
    return t < 0 ? none : labelSetAtom(this.leftLabels[t], this.leftLabelsHigh[t]);
  }

  /** The labels of a word's right children as one atom, or `none` where there is no word. */
  rightSet(t: number, none: number): number {
    return t < 0 ? none : labelSetAtom(this.rightLabels[t], this.rightLabelsHigh[t]);
  }

  isValid(move: number): boolean {
    if (move === SHIFT) return this.b0 < this.root;
    // Only the last word left may attach to the root: one root per sentence.
    if (move === LEFT) return this.depth >= 1 && (this.b0 < this.root || this.depth === 1);
    return this.depth >= 2;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b0++;
      return;
    }
    const dependent = this.stack[this.depth - 1];
    const head = move === LEFT ? this.b0 : this.stack[this.depth - 2];
    this.depth--;
    this.attach(head, dependent, label);
  }

  private attach(head: number, dependent: number, label: number): void {
    this.head[dependent] = head;
    this.label[dependent] = label;
    const bit = 1 << (label & 31);
    const high = label >= 32;
    if (dependent < head) {
      if (this.left1[head] < 0 || dependent < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dependent;
      } else if (this.left2[head] < 0 || dependent < this.left2[head]) this.left2[head] = dependent;
      this.leftCount[head]++;
      if (high) this.leftLabelsHigh[head] |= bit;
      else this.leftLabels[head] |= bit;
    } else {
      if (this.right1[head] < 0 || dependent > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dependent;
      } else if (this.right2[head] < 0 || dependent > this.right2[head]) this.right2[head] = dependent;
      this.rightCount[head]++;
      if (high) this.rightLabelsHigh[head] |= bit;
      else this.rightLabels[head] |= bit;
    }
  }
}

/** A 64-bit label set as one atom: the low half as it is where the high half is empty. */
function labelSetAtom(low: number, high: number): number {
  return high === 0 ? low : low ^ Math.imul(high, 0x9e3779b1) ^ 0x5bd1e995;
}
