// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
// (Ballesteros and Nivre 2013): a stack, a buffer front `b0`, and the arcs made so far, with each
// word's outermost children kept for the features. Every sequence of valid moves ends in one tree
// with one root, in as many moves as twice the words: no cycle, no head outside the sentence.

export const SHIFT = 0;
export const LEFT = 1; // s0 <- b0
export const RIGHT = 2; // s1 -> s0
export const MOVES = 3;

export class ParseState {
  readonly root: number; // index of the artificial root, one past the last word
  readonly stack: Int32Array;
  depth = 0;
  b0 = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  readonly left1: Int32Array; // leftmost child
  readonly left2: Int32Array;
  readonly right1: Int32Array; // rightmost child
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  // Bit sets of the labels of the left and right children, over 64 bits (the treebank has 51 labels):
  // the low 32 labels in one array, the rest in the other.
  readonly leftLabels: Int32Array;
  readonly leftLabelsHigh: Int32Array;
  readonly rightLabels: Int32Array;
  readonly rightLabelsHigh: Int32Array;

  constructor(readonly n: number) {
    this.root = n;
    const size = n + 1;
    this.stack = new Int32Array(size);
    this.head = new Int32Array(size).fill(-1);
    this.label = new Int32Array(size).fill(-1);
    this.left1 = new Int32Array(size).fill(-1);
    this.left2 = new Int32Array(size).fill(-1);
    this.right1 = new Int32Array(size).fill(-1);
    this.right2 = new Int32Array(size).fill(-1);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.leftLabelsHigh = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
    this.rightLabelsHigh = new Int32Array(size);
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
