// Sums of groups of features made once and reused: by the combination of a few small values
// (`GroupSums`) or by a key of recurring values in a direct-mapped table (`KeyedSums`). Only for weights
// whose sums are exact, so that a sum reused is the very number its features would add up to.
import type { SparseWeights } from "./perceptron.ts";

/**
 * Summed weights of a group of features that a few small values decide (the labeller's two tags,
 * direction and distance, say), one sum for each combination of those values, made the first time the
 * combination is met: one row to add where there were several to look up. Only for weights with exact
 * sums (`exactSums`), so that the sum reused is the very number the features would add up to.
 */
export class GroupSums {
  private readonly sums: Float64Array;
  private readonly made: Uint8Array;

  constructor(private readonly weights: SparseWeights, readonly combinations: number) {
    if (!weights.exactSums) throw new Error("GroupSums needs weights whose sums are exact");
    this.sums = new Float64Array(combinations * weights.classes);
    this.made = new Uint8Array(combinations);
  }

  has(combination: number): boolean {
    return this.made[combination] === 1;
  }

  /** Forgets a combination's sum (to make it again from other features). */
  clear(combination: number): void {
    this.sums.fill(0, combination * this.weights.classes, (combination + 1) * this.weights.classes);
    this.made[combination] = 0;
  }

  /** Makes the sum of a combination from its group's features (on a cleared or never made one). */
  make(combination: number, features: Int32Array, count: number): void {
    const { classes } = this.weights;
    const sum = this.sums.subarray(combination * classes, (combination + 1) * classes);
    this.weights.score(features, count, sum);
    this.made[combination] = 1;
  }

  /** Adds a combination's sum (made before) to `scores` from `at` on. */
  addTo(combination: number, scores: Float64Array, at = 0): void {
    const { classes } = this.weights;
    const sums = this.sums;
    for (let c = 0, from = combination * classes; c < classes; c++, from++) scores[at + c] += sums[from];
  }

  /** Sets `scores` to a combination's sum (made before). */
  copyTo(combination: number, scores: Float64Array): void {
    const { classes } = this.weights;
    const sums = this.sums;
    for (let c = 0, at = combination * classes; c < classes; c++, at++) scores[c] = sums[at];
  }
}

/**
 * Sums of a group of features that a few values decide (a word's tag with its children's tags and
 * labels, say), for groups whose values recur from sentence to sentence: a direct-mapped table from a
 * key of `width` 32-bit words to its sum, a later key taking an earlier one's place, so that memory
 * stays the same however long a batch runs. The caller makes each sum, from weights whose sums are
 * exact, so that the sum reused is the very number the features would add up to.
 */
export class KeyedSums {
  /** The key to find: the caller writes its words here, then calls `find`. */
  readonly key: Int32Array;
  /**
   * Each slot's whether-made, key and sum (one value a class) side by side, so that finding a key and
   * adding its sum read one place in memory, not three.
   */
  readonly data: Float64Array;
  private readonly stride: number;
  private readonly mask: number;

  constructor(readonly width: number, readonly classes: number, slots: number) {
    if (slots & (slots - 1)) throw new Error("KeyedSums: the slot count must be a power of two");
    this.key = new Int32Array(width);
    this.stride = 1 + width + classes;
    this.data = new Float64Array(slots * this.stride);
    this.mask = slots - 1;
  }

  /**
   * Where in `data` the sum of the key in `key` starts; where there is none, the bitwise complement
   * (< 0) of where the sum now given to that key starts, zeroed for the caller to make.
   */
  find(): number {
    const { key, data, width } = this;
    // A multiplicative hash: cheap, and good enough to spread keys over a cache.
    let h = 0;
    for (let i = 0; i < width; i++) {
      h = Math.imul(h ^ key[i], 0x9e3779b1);
      h ^= h >>> 15;
    }
    const at = (h & this.mask) * this.stride;
    const sum = at + 1 + width;
    if (data[at] === 1) {
      let same = true;
      for (let i = 0; i < width; i++) if (data[at + 1 + i] !== key[i]) same = false;
      if (same) return sum;
    }
    data[at] = 1;
    for (let i = 0; i < width; i++) data[at + 1 + i] = key[i];
    data.fill(0, sum, sum + this.classes);
    return ~sum;
  }

  /** Adds the sum starting at `sum` in `data` (as `find` gives it) to `scores` from `at` on. */
  addTo(sum: number, scores: Float64Array, at = 0): void {
    const { data, classes } = this;
    for (let c = 0; c < classes; c++) scores[at + c] += data[sum + c];
  }
}
