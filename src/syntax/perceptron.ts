// The averaged perceptron: a linear classifier over hashed features, sparse per feature (a feature
// is seen with few of the classes). Training keeps running totals for the average; what ships is the
// compiled, averaged, quantised form.

/** Weights as they are used at run time: an open-addressing table from feature hash to a sparse row. */
export class SparseWeights {
  /**
   * Open addressing, laid out so that a lookup touches two cache lines: slot k holds a feature hash
   * at 2k and, at 2k + 1, where its row starts (upper 24 bits) and its length (lower 8). Built on
   * first use: weights that are only saved, or read into another form, never pay for it.
   */
  private table = new Int32Array(0);
  private mask = 0;
  /**
   * The rows of quantised weights, one 32-bit word an entry: the class in the upper half, the 16-bit
   * multiple of `quantum` in the lower. Half the bytes of a class and a float each, and the rows are
   * read from memory far more often than they are added up, so fewer bytes is faster.
   */
  private packed = new Int32Array(0);
  /** The rows of other weights (training's), each row's classes and weights interleaved. */
  private entries = new Float32Array(0);
  /** The rows `addRows` found, reused. */
  private readonly rows = new Int32Array(256);
  /** What `addRows` read ahead, kept so that the reads are not optimised away. */
  touched = 0;

  constructor(
    readonly classes: number,
    readonly keys: Int32Array, // feature hash of row i
    readonly rowStart: Uint32Array, // row i is entries rowStart[i] .. rowStart[i + 1]
    readonly cls: Uint8Array,
    readonly weight: Float32Array,
    /**
     * For quantised weights (a model file's), the scale of which each weight is a 16-bit multiple, as
     * a 32-bit float. Any sum of a few such weights is exact, whatever its order (fewer than 53 bits
     * for a sum of a hundred), which lets a sum made once be reused (GroupSums).
     */
    readonly quantum?: number,
    /**
     * The 16-bit values of which the weights are `quantum` times (a model file's, as it holds them):
     * packed as they are, not found again from the weights. Let go of once packed.
     */
    private values?: Int16Array,
  ) {
    if (weight.length >= 1 << 23) throw new Error(`syntax model: ${weight.length} weights in one classifier, more than a model may hold`);
  }

  /** Whether any sum of a few of these weights is exact, whatever its order (see `quantum`). */
  get exactSums(): boolean {
    return this.quantum !== undefined;
  }

  private build(): void {
    const { keys, rowStart, cls, weight, quantum } = this;
    let size = 1;
    while (size < keys.length * 1.5) size <<= 1; // a load near one half: a smaller table to build and to keep in cache
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    if (quantum !== undefined) {
      this.packed = packRows(cls, this.values ?? valuesOf(weight, quantum));
      this.values = undefined;
    } else {
      this.entries = new Float32Array(weight.length * 2);
      for (let j = 0; j < weight.length; j++) {
        this.entries[2 * j] = cls[j];
        this.entries[2 * j + 1] = weight[j];
      }
    }
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i] & this.mask;
      while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table[2 * slot] = keys[i];
      // Rows never exceed 255 classes and a row is never empty, so the packed word is never 0.
      this.table[2 * slot + 1] = (rowStart[i] << 8) | (rowStart[i + 1] - rowStart[i]);
    }
  }

  /** The row of a feature (start and length packed as in `table`), or 0 where the feature has none. */
  private row(key: number): number {
    const { table, mask } = this;
    let slot = key & mask;
    let row = table[2 * slot + 1];
    while (row !== 0 && table[2 * slot] !== key) {
      slot = (slot + 1) & mask;
      row = table[2 * slot + 1];
    }
    return row;
  }

  /** Adds each feature's weights to `scores` (which the caller has zeroed). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    if (this.table.length === 0) this.build();
    if (this.quantum !== undefined) this.scorePacked(features, count, scores, this.quantum);
    else this.scoreEntries(features, count, scores);
  }

  /**
   * Reads the table's slot of each feature, with no decision on what it holds, so that the reads (most
   * from main memory) overlap; a lookup after finds them in cache. A read a decision waited on would
   * end the overlap.
   */
  prefetch(features: Int32Array, count: number): void {
    if (this.table.length === 0) this.build();
    const { table, mask } = this;
    let touched = 0;
    for (let f = 0; f < count; f++) touched |= table[2 * (features[f] & mask) + 1];
    this.touched = touched;
  }

  /**
   * Adds the weights of features `start` to `end` to `sums` from `at` on, for quantised weights. The
   * features' rows are found first and read with no decision on what they hold, so that the reads
   * overlap (see `prefetch`); the sums then read them from cache.
   */
  addRows(features: Int32Array, start: number, end: number, sums: Float64Array, at: number): void {
    if (this.table.length === 0) this.build();
    const { packed, rows } = this;
    let found = 0, touched = 0;
    for (let f = start; f < end; f++) {
      const row = this.row(features[f]);
      if (row !== 0) {
        rows[found++] = row;
        touched |= packed[row >>> 8];
      }
    }
    this.touched = touched;
    const quantum = this.quantum!;
    for (let r = 0; r < found; r++) {
      const row = rows[r];
      const first = row >>> 8;
      const last = first + (row & 255);
      for (let j = first; j < last; j++) {
        const entry = packed[j];
        sums[at + (entry >>> 16)] += Math.fround(((entry << 16) >> 16) * quantum);
      }
    }
  }

  private scorePacked(features: Int32Array, count: number, scores: Float64Array, quantum: number): void {
    const packed = this.packed;
    for (let f = 0; f < count; f++) {
      const row = this.row(features[f]);
      if (row === 0) continue;
      const start = row >>> 8;
      const end = start + (row & 255);
      for (let j = start; j < end; j++) {
        const entry = packed[j];
        // The very float32 the model's loader made of the 16-bit value (`weight[j]`).
        scores[entry >>> 16] += Math.fround(((entry << 16) >> 16) * quantum);
      }
    }
  }

  private scoreEntries(features: Int32Array, count: number, scores: Float64Array): void {
    const entries = this.entries;
    for (let f = 0; f < count; f++) {
      const row = this.row(features[f]);
      if (row === 0) continue;
      const start = (row >>> 8) * 2;
      const end = start + (row & 255) * 2;
      for (let j = start; j < end; j += 2) scores[entries[j] | 0] += entries[j + 1];
    }
  }
}

/** Quantised rows as `SparseWeights.packed` holds them: each entry's class and 16-bit value. */
function packRows(cls: Uint8Array, values: Int16Array): Int32Array<ArrayBuffer> {
  const packed = new Int32Array(values.length);
  for (let j = 0; j < values.length; j++) packed[j] = (cls[j] << 16) | (values[j] & 0xffff);
  return packed;
}

/** The 16-bit values of quantised weights; checks that each gives back its weight exactly. */
function valuesOf(weight: Float32Array, quantum: number): Int16Array {
  const values = new Int16Array(weight.length);
  for (let j = 0; j < weight.length; j++) {
    const value = Math.round(weight[j] / quantum);
    if (value < -32768 || value > 32767 || Math.fround(value * quantum) !== weight[j]) throw new Error("syntax model: a weight that is no 16-bit multiple of its scale");
    values[j] = value;
  }
  return values;
}

/**
 * The same weights for a classifier of at most three classes (the parser's moves), each row stored
 * beside its key in eight bytes: fifteen bits of the key's upper half (the lower half is the slot)
 * and three 16-bit weights. A lookup touches one cache line, and the table is half the size of one
 * holding whole keys and 32-bit weights. A slot whose check is 0 is empty.
 */
export class DenseWeights {
  private readonly mask: number;
  private readonly sums = new Float64Array(3);
  /** What `prefetch` read, kept so that the reads are not optimised away. */
  touched = 0;

  /** `slots` holds four 16-bit values a slot (check, then one weight a class); `scale` turns them into weights. */
  constructor(readonly classes: number, readonly slots: Int16Array, readonly scale: number) {
    if (classes > 3) throw new Error("DenseWeights holds at most three classes");
    const size = slots.length / 4;
    if (size & (size - 1)) throw new Error("DenseWeights: the slot count must be a power of two");
    this.mask = size - 1;
  }

  /** The dense table of a sparse classifier's weights. */
  static fromSparse(source: SparseWeights): DenseWeights {
    let size = 1;
    // Eight bytes a slot and a load near one half: half the memory of a sparser table, probes stay short.
    while (size < source.keys.length * 1.5) size <<= 1;
    const slots = new Int16Array(size * 4);
    const mask = size - 1;
    let max = 0;
    for (const w of source.weight) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 32767 : 1;
    for (let i = 0; i < source.keys.length; i++) {
      const key = source.keys[i];
      let slot = key & mask;
      while (slots[4 * slot] !== 0) slot = (slot + 1) & mask;
      slots[4 * slot] = checkOf(key);
      for (let j = source.rowStart[i]; j < source.rowStart[i + 1]; j++) slots[4 * slot + 1 + source.cls[j]] = Math.round(source.weight[j] / scale);
    }
    return new DenseWeights(source.classes, slots, scale);
  }

  score(features: Int32Array, count: number, scores: Float64Array): void {
    const sums = this.sums.fill(0);
    this.addSums(features, 0, count, sums, 0);
    scores[0] += sums[0] * this.scale;
    if (this.classes > 1) scores[1] += sums[1] * this.scale;
    if (this.classes > 2) scores[2] += sums[2] * this.scale;
  }

  /** The weights as `score` gives them from integer sums (of `addSums`) of the features' stored values. */
  scaleSums(sums: Float64Array, scores: Float64Array): void {
    for (let c = 0; c < this.classes; c++) scores[c] = sums[c] * this.scale;
  }

  /**
   * Reads the first slot of each feature, with no decision on what it holds, so that the reads (most
   * of them from main memory: the table is larger than any cache) overlap; `addSums` then finds them
   * in cache. A read that a decision waited on would end the overlap.
   */
  prefetch(features: Int32Array, count: number): void {
    const { slots, mask } = this;
    let any = 0;
    for (let f = 0; f < count; f++) any |= slots[4 * (features[f] & mask)];
    this.touched = any;
  }

  /**
   * Adds the stored 16-bit values of features `start` to `end` to `sums` (from `at` on), one integer
   * sum a class: exact in any order and in parts, which `score` then scales.
   */
  addSums(features: Int32Array, start: number, end: number, sums: Float64Array, at: number): void {
    const { slots, mask } = this;
    let a = 0, b = 0, c = 0;
    for (let f = start; f < end; f++) {
      const key = features[f];
      const check = checkOf(key);
      let slot = key & mask;
      for (;;) {
        const held = slots[4 * slot];
        if (held === check) {
          a += slots[4 * slot + 1];
          b += slots[4 * slot + 2];
          c += slots[4 * slot + 3];
          break;
        }
        if (held === 0) break;
        slot = (slot + 1) & mask;
      }
    }
    sums[at] += a;
    sums[at + 1] += b;
    sums[at + 2] += c;
  }
}

/** The key's upper bits, never 0 (0 marks an empty slot), as a signed 16-bit value. */
function checkOf(key: number): number {
  return (((key >>> 16) | 1) << 16) >> 16;
}

/** Either form scores the same way, so decoding code serves training and use alike. */
export interface Scorer {
  readonly classes: number;
  score(features: Int32Array, count: number, scores: Float64Array): void;
}
