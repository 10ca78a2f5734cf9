// The averaged perceptron while it learns (training only): weights, their running totals and when each
// last changed, compiled into the run-time weights (`SparseWeights`, ../perceptron.ts) when done.
import { SparseWeights } from "../perceptron.ts";

interface TrainingRow {
  cls: number[];
  weight: number[];
  total: number[];
  stamp: number[];
}

/** The perceptron while it learns: weights, their running totals and when each last changed. */
export class TrainablePerceptron {
  private readonly rows = new Map<number, TrainingRow>();
  private time = 0;

  constructor(readonly classes: number) {}

  score(features: Int32Array, count: number, scores: Float64Array): void {
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(features[f]);
      if (!row) continue;
      for (let j = 0; j < row.cls.length; j++) scores[row.cls[j]] += row.weight[j];
    }
  }

  /** One training instance has been seen (updated or not): the clock of the average. */
  tick(): void {
    this.time++;
  }

  update(truth: number, guess: number, features: Int32Array, count: number): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      this.adjust(features[f], truth, 1);
      this.adjust(features[f], guess, -1);
    }
  }

  private adjust(feature: number, cls: number, delta: number): void {
    let row = this.rows.get(feature);
    if (!row) {
      row = { cls: [], weight: [], total: [], stamp: [] };
      this.rows.set(feature, row);
    }
    let j = row.cls.indexOf(cls);
    if (j < 0) {
      j = row.cls.length;
      row.cls.push(cls);
      row.weight.push(0);
      row.total.push(0);
      row.stamp.push(this.time);
    }
    row.total[j] += (this.time - row.stamp[j]) * row.weight[j];
    row.stamp[j] = this.time;
    row.weight[j] += delta;
  }

  /**
   * The averaged weights, with the weights whose average is below `minimum` in magnitude dropped
   * (they rarely change a decision and would only make the model larger).
   */
  compile(minimum: number): SparseWeights {
    const keys: number[] = [];
    const starts: number[] = [0];
    const cls: number[] = [];
    const weights: number[] = [];
    const time = Math.max(1, this.time);
    const features = [...this.rows.keys()].sort((a, b) => a - b);
    for (const feature of features) {
      const row = this.rows.get(feature)!;
      const kept: Array<[number, number]> = [];
      for (let j = 0; j < row.cls.length; j++) {
        const average = (row.total[j] + (time - row.stamp[j]) * row.weight[j]) / time;
        if (Math.abs(average) >= minimum) kept.push([row.cls[j], average]);
      }
      if (!kept.length) continue;
      kept.sort((a, b) => a[0] - b[0]);
      keys.push(feature);
      for (const [c, w] of kept) {
        cls.push(c);
        weights.push(w);
      }
      starts.push(cls.length);
    }
    return new SparseWeights(this.classes, Int32Array.from(keys), Uint32Array.from(starts), Uint8Array.from(cls), Float32Array.from(weights));
  }
}
