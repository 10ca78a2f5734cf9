// The parser's move features (after Zhang and Nivre 2011), written in groups by what decides them: the
// buffer's first words; the tags and labels around the stack's top and the buffer's front, whose few
// values recur from sentence to sentence; and the words, which rarely do. Without a teacher the moves'
// weights (`DenseWeights`) sum integers, exact in any order and in parts, so a parse adds the sum of a
// group made once for the values that decide it, and looks up only the features of words one by one.
import { feature1, feature2, feature3, mix } from "./atoms.ts";
import { MOVES, type ParseState } from "./parse-state.ts";
import type { DenseWeights } from "./perceptron.ts";
import type { ParseInput } from "./parser.ts";

export const MOVE_FEATURES = 80;

const NONE = 0x27d4eb2f; // the atom for a position that holds no word
export const ROOT_WORD = 0x165667b1;
export const ROOT_TAG = 99;

export const distanceBucket = (d: number) => (d <= 0 ? 0 : d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);

export function wordAt(input: ParseInput, t: number): number {
  return t < 0 ? NONE : t === input.n ? ROOT_WORD : input.atoms.word[t];
}
export function tagAt(input: ParseInput, t: number): number {
  return t < 0 ? -1 : t === input.n ? ROOT_TAG : input.tags[t];
}
export function labelAt(state: ParseState, t: number): number {
  return t < 0 ? -2 : state.label[t];
}
/** A per-word array read at `t`, or `none` where there is no word. */
function at(a: Int32Array, t: number, none: number): number {
  return t < 0 ? none : a[t];
}

/**
 * What the move features read of a configuration, gathered once a move (one object, reused): the
 * stack's top three and the buffer's first three, their words and tags, the outer children of the
 * stack's top two and the buffer's front, and the distances between them.
 */
class Configuration {
  s0 = -1; s1 = -1; s2 = -1; b0 = 0; b1 = -1; b2 = -1;
  s0w = 0; s0t = 0; s1w = 0; s1t = 0; b0w = 0; b0t = 0; b1w = 0; b1t = 0; b2t = 0;
  s0wt = 0; s1wt = 0; b0wt = 0; b1wt = 0;
  s0l1 = -1; s0l2 = -1; s0r1 = -1; s0r2 = -1; b0l1 = -1; b0l2 = -1; s1r1 = -1;
  /** Children counts as the features read them: at most 6, -1 where there is no word. */
  s0left = -1; s0right = -1; b0left = -1; s1right = -1;
  d = 0; d1 = 0;

  read(input: ParseInput, state: ParseState): void {
    const s0 = (this.s0 = state.s(0)), s1 = (this.s1 = state.s(1)), b0 = (this.b0 = state.b0);
    this.s2 = state.s(2);
    this.b1 = b0 + 1 < state.root ? b0 + 1 : -1;
    this.b2 = b0 + 2 < state.root ? b0 + 2 : -1;
    this.s0w = wordAt(input, s0); this.s0t = tagAt(input, s0); this.s1w = wordAt(input, s1); this.s1t = tagAt(input, s1);
    this.b0w = wordAt(input, b0); this.b0t = tagAt(input, b0); this.b1w = wordAt(input, this.b1); this.b1t = tagAt(input, this.b1);
    this.b2t = tagAt(input, this.b2);
    this.s0wt = mix(this.s0w, this.s0t); this.s1wt = mix(this.s1w, this.s1t); this.b0wt = mix(this.b0w, this.b0t); this.b1wt = mix(this.b1w, this.b1t);
    this.s0l1 = at(state.left1, s0, -1); this.s0l2 = at(state.left2, s0, -1); this.s0r1 = at(state.right1, s0, -1); this.s0r2 = at(state.right2, s0, -1);
    this.b0l1 = at(state.left1, b0, -1); this.b0l2 = at(state.left2, b0, -1); this.s1r1 = at(state.right1, s1, -1);
    this.s0left = Math.min(at(state.leftCount, s0, -1), 6); this.s0right = Math.min(at(state.rightCount, s0, -1), 6);
    this.b0left = Math.min(at(state.leftCount, b0, -1), 6); this.s1right = Math.min(at(state.rightCount, s1, -1), 6);
    this.d = s0 < 0 ? 0 : distanceBucket(b0 - s0);
    this.d1 = s0 < 0 || s1 < 0 ? 0 : distanceBucket(s0 - s1);
  }
}

// Keys: the values that decide a group, small ones four to a 32-bit word, each made non-negative and
// below 256 (a tag + 1, at most ROOT_TAG + 1; a label + 2; a count + 1; a distance), and a word's atom
// or a set of labels a word of its own: two keys are equal only where every value is.
function bytes(a: number, b: number, c: number, d: number): number {
  return a | (b << 8) | (c << 16) | (d << 24);
}

/**
 * A group of move features: `write` puts them into `out` from `c` on and returns the count after them;
 * `key`, where the group has one, writes every value they read, `width` words of it. A group without
 * a key reads two words at once, pairs too many to recur: its features are looked up one by one.
 */
interface MoveGroup {
  width: number;
  write(x: Configuration, input: ParseInput, state: ParseState, out: Int32Array, c: number): number;
  key?(x: Configuration, input: ParseInput, state: ParseState, key: Int32Array): void;
}

/** Every move feature, in exactly one group (the numbers are the features' templates). */
const GROUPS: MoveGroup[] = [
  { // the bias, and the tags of the buffer's first three words
    width: 1,
    write: (x, _input, _state, out, c) => {
      out[c++] = feature1(0, 0); out[c++] = feature2(22, x.b0t, x.b1t); out[c++] = feature3(23, x.b0t, x.b1t, x.b2t);
      return c;
    },
    key: (x, _input, _state, key) => { key[0] = bytes(x.b0t + 1, x.b1t + 1, x.b2t + 1, 0); },
  },
  { // the buffer's front, as a word
    width: 2,
    write: (x, _input, _state, out, c) => {
      out[c++] = feature1(7, x.b0w); out[c++] = feature1(8, x.b0t); out[c++] = feature1(9, x.b0wt);
      return c;
    },
    key: (x, _input, _state, key) => { key[0] = x.b0w; key[1] = x.b0t + 1; },
  },
  { // the buffer's second word
    width: 2,
    write: (x, _input, _state, out, c) => {
      out[c++] = feature1(10, x.b1w); out[c++] = feature1(11, x.b1t); out[c++] = feature1(12, x.b1wt);
      return c;
    },
    key: (x, _input, _state, key) => { key[0] = x.b1w; key[1] = x.b1t + 1; },
  },
  { // the buffer's third word
    width: 2,
    write: (x, input, _state, out, c) => {
      out[c++] = feature1(13, x.b2t); out[c++] = feature1(14, wordAt(input, x.b2));
      return c;
    },
    key: (x, input, _state, key) => { key[0] = wordAt(input, x.b2); key[1] = x.b2t + 1; },
  },
  { // the stack top's tag, its children's counts, tags and labels
    width: 5,
    write: (x, input, state, out, c) => {
      const { s0, s0t } = x;
      out[c++] = feature1(2, s0t);
      out[c++] = feature2(38, s0t, x.s0right); out[c++] = feature2(40, s0t, x.s0left);
      out[c++] = feature1(45, tagAt(input, x.s0l1)); out[c++] = feature1(46, labelAt(state, x.s0l1));
      out[c++] = feature1(48, tagAt(input, x.s0r1)); out[c++] = feature1(49, labelAt(state, x.s0r1));
      out[c++] = feature1(56, tagAt(input, x.s0l2)); out[c++] = feature1(57, labelAt(state, x.s0l2));
      out[c++] = feature1(59, tagAt(input, x.s0r2)); out[c++] = feature1(60, labelAt(state, x.s0r2));
      out[c++] = feature3(64, s0t, tagAt(input, x.s0l1), tagAt(input, x.s0l2)); out[c++] = feature3(65, s0t, tagAt(input, x.s0r1), tagAt(input, x.s0r2));
      out[c++] = feature2(68, s0t, state.rightSet(s0, -1)); out[c++] = feature2(70, s0t, state.leftSet(s0, -1));
      return c;
    },
    key: (x, input, state, key) => {
      key[0] = bytes(x.s0t + 1, x.s0right + 1, x.s0left + 1, tagAt(input, x.s0l1) + 1);
      key[1] = bytes(labelAt(state, x.s0l1) + 2, tagAt(input, x.s0l2) + 1, labelAt(state, x.s0l2) + 2, tagAt(input, x.s0r1) + 1);
      key[2] = bytes(labelAt(state, x.s0r1) + 2, tagAt(input, x.s0r2) + 1, labelAt(state, x.s0r2) + 2, 0);
      key[3] = state.rightSet(x.s0, -1);
      key[4] = state.leftSet(x.s0, -1);
    },
  },
  { // the buffer front's tag, its left children's count, tags and labels
    width: 3,
    write: (x, input, state, out, c) => {
      const { b0t } = x;
      out[c++] = feature2(42, b0t, x.b0left);
      out[c++] = feature1(51, tagAt(input, x.b0l1)); out[c++] = feature1(52, labelAt(state, x.b0l1));
      out[c++] = feature1(62, tagAt(input, x.b0l2)); out[c++] = feature1(63, labelAt(state, x.b0l2));
      out[c++] = feature3(66, b0t, tagAt(input, x.b0l1), tagAt(input, x.b0l2));
      out[c++] = feature2(72, b0t, state.leftSet(x.b0, -1));
      return c;
    },
    key: (x, input, state, key) => {
      key[0] = bytes(x.b0t + 1, x.b0left + 1, tagAt(input, x.b0l1) + 1, labelAt(state, x.b0l1) + 2);
      key[1] = bytes(tagAt(input, x.b0l2) + 1, labelAt(state, x.b0l2) + 2, 0, 0);
      key[2] = state.leftSet(x.b0, -1);
    },
  },
  { // the stack's second word's tag, its right children's count and its rightmost child, with the top's tag
    width: 2,
    write: (x, input, state, out, c) => {
      const s1r1t = tagAt(input, x.s1r1);
      out[c++] = feature1(5, x.s1t);
      out[c++] = feature3(29, x.s1t, s1r1t, x.s0t);
      out[c++] = feature2(43, x.s1t, x.s1right);
      out[c++] = feature1(53, s1r1t); out[c++] = feature1(54, labelAt(state, x.s1r1));
      return c;
    },
    key: (x, input, state, key) => {
      key[0] = bytes(x.s1t + 1, x.s1right + 1, tagAt(input, x.s1r1) + 1, labelAt(state, x.s1r1) + 2);
      key[1] = x.s0t + 1;
    },
  },
  { // the tags of the stack's top and the buffer's first two, and the distance between top and front
    width: 1,
    write: (x, _input, _state, out, c) => {
      const { s0t, b0t, d } = x;
      out[c++] = feature2(21, s0t, b0t);
      out[c++] = feature3(24, s0t, b0t, x.b1t);
      out[c++] = feature2(32, s0t, d); out[c++] = feature2(34, b0t, d); out[c++] = feature3(35, s0t, b0t, d);
      return c;
    },
    key: (x, _input, _state, key) => { key[0] = bytes(x.s0t + 1, x.b0t + 1, x.b1t + 1, x.d); },
  },
  { // the tags of the stack's top three and the buffer's front, and the distance between the stack's top two
    width: 2,
    write: (x, input, _state, out, c) => {
      const { s0t, s1t, b0t, d1 } = x;
      out[c++] = feature3(25, s1t, s0t, b0t);
      out[c++] = feature3(30, tagAt(input, x.s2), s1t, s0t);
      out[c++] = feature3(36, s1t, s0t, d1);
      out[c++] = feature3(78, s1t, b0t, d1);
      return c;
    },
    key: (x, input, _state, key) => { key[0] = bytes(tagAt(input, x.s2) + 1, x.s1t + 1, x.s0t + 1, x.b0t + 1); key[1] = x.d1; },
  },
  { // the tags of the top and the front with those of their nearest children
    width: 2,
    write: (x, input, _state, out, c) => {
      const { s0t, b0t } = x;
      out[c++] = feature3(26, s0t, tagAt(input, x.s0l1), b0t); out[c++] = feature3(27, s0t, tagAt(input, x.s0r1), b0t);
      out[c++] = feature3(28, s0t, b0t, tagAt(input, x.b0l1));
      return c;
    },
    key: (x, input, _state, key) => {
      key[0] = bytes(x.s0t + 1, tagAt(input, x.s0l1) + 1, tagAt(input, x.s0r1) + 1, x.b0t + 1);
      key[1] = tagAt(input, x.b0l1) + 1;
    },
  },
  { // the stack top's word with its tag, its children's counts and the sets of their labels
    width: 4,
    write: (x, _input, state, out, c) => {
      const { s0, s0w } = x;
      out[c++] = feature1(1, s0w); out[c++] = feature1(3, x.s0wt);
      out[c++] = feature2(37, s0w, x.s0right); out[c++] = feature2(39, s0w, x.s0left);
      out[c++] = feature2(67, s0w, state.rightSet(s0, -1)); out[c++] = feature2(69, s0w, state.leftSet(s0, -1));
      return c;
    },
    key: (x, _input, state, key) => {
      key[0] = x.s0w;
      key[1] = bytes(x.s0t + 1, x.s0right + 1, x.s0left + 1, 0);
      key[2] = state.rightSet(x.s0, -1);
      key[3] = state.leftSet(x.s0, -1);
    },
  },
  { // the words of the stack top's outer children
    width: 4,
    write: (x, input, _state, out, c) => {
      out[c++] = feature1(44, wordAt(input, x.s0l1)); out[c++] = feature1(47, wordAt(input, x.s0r1));
      out[c++] = feature1(55, wordAt(input, x.s0l2)); out[c++] = feature1(58, wordAt(input, x.s0r2));
      return c;
    },
    key: (x, input, _state, key) => { key[0] = wordAt(input, x.s0l1); key[1] = wordAt(input, x.s0r1); key[2] = wordAt(input, x.s0l2); key[3] = wordAt(input, x.s0r2); },
  },
  { // the buffer front's word with its left children's count, labels and words
    width: 5,
    write: (x, input, state, out, c) => {
      out[c++] = feature2(41, x.b0w, x.b0left);
      out[c++] = feature1(50, wordAt(input, x.b0l1)); out[c++] = feature1(61, wordAt(input, x.b0l2));
      out[c++] = feature2(71, x.b0w, state.leftSet(x.b0, -1));
      return c;
    },
    key: (x, input, state, key) => {
      key[0] = x.b0w; key[1] = x.b0left + 1; key[2] = state.leftSet(x.b0, -1); key[3] = wordAt(input, x.b0l1); key[4] = wordAt(input, x.b0l2);
    },
  },
  { // the buffer front's word with the distance to the top
    width: 2,
    write: (x, _input, _state, out, c) => {
      out[c++] = feature2(33, x.b0w, x.d);
      return c;
    },
    key: (x, _input, _state, key) => { key[0] = x.b0w; key[1] = x.d; },
  },
  { // the stack's second word
    width: 2,
    write: (x, _input, _state, out, c) => {
      out[c++] = feature1(4, x.s1w); out[c++] = feature1(6, x.s1wt);
      return c;
    },
    key: (x, _input, _state, key) => { key[0] = x.s1w; key[1] = x.s1t + 1; },
  },
  { // words with others' words, tags or distances: too many combinations to recur
    width: 0,
    write: (x, _input, _state, out, c) => {
      const { s0w, s0wt, s0t, b0w, b0wt, b0t, s1w, s1t } = x;
      out[c++] = feature2(15, s0wt, b0wt); out[c++] = feature2(16, s0wt, b0w); out[c++] = feature2(17, s0w, b0wt);
      out[c++] = feature2(18, s0wt, b0t); out[c++] = feature2(19, s0t, b0wt); out[c++] = feature2(20, s0w, b0w);
      out[c++] = feature2(31, s0w, x.d);
      out[c++] = feature2(73, s1w, s0w); out[c++] = feature2(74, s1t, s0w); out[c++] = feature2(75, s1w, s0t);
      out[c++] = feature2(76, s0wt, x.b1t); out[c++] = feature2(77, s1w, b0w); out[c++] = feature3(79, x.s1wt, s0t, b0t);
      return c;
    },
  },
];

/** Reused by `moveFeatures`, which training calls for every move. */
const trainingConfiguration = new Configuration();

/** Every feature of the configuration for choosing the next move, group after group. */
export function moveFeatures(input: ParseInput, state: ParseState, out: Int32Array): number {
  const x = trainingConfiguration;
  x.read(input, state);
  let c = 0;
  for (const group of GROUPS) c = group.write(x, input, state, out, c);
  return c;
}

/** Places in each group's table of sums: the keys that recur, in little memory. */
const SLOTS = 8192;
/** A place: whether made, five words of key (0 where a group's key is shorter), the three moves' sums. */
const STRIDE = 9;
const MADE = 0, KEY = 1, SUM = 6;
if (GROUPS.some((group) => group.width > SUM - KEY)) throw new Error("move features: a group's key is longer than a place holds");

/**
 * The moves' scores of configurations from integer weights: each keyed group's sum from its table
 * (made the first time its key is met), the other features looked up. The same scores as the weights
 * give for all of `moveFeatures`, as every sum is exact. The tables of all groups are one array of
 * 32-bit integers (the sums are of 16-bit values), each place's key and sum side by side, so that a
 * group costs one read from memory; the features to look up for one move, of all groups, are looked
 * up together, so that their reads overlap.
 */
export class MoveScorer {
  private readonly x = new Configuration();
  private readonly features = new Int32Array(MOVE_FEATURES);
  private readonly sums = new Float64Array(MOVES);
  /** A group's sum as it is made. */
  private readonly part = new Float64Array(MOVES);
  /** The key of a group, written by the group, up to five words. */
  private readonly key = new Int32Array(5);
  /** Group g's table from `g * SLOTS * STRIDE` on (the unkeyed groups' are never used). */
  private readonly data = new Int32Array(GROUPS.length * SLOTS * STRIDE);
  /** The groups whose sums are to be made this move: where each one's place starts and where its features end in `features`. */
  private readonly pendingAt = new Int32Array(GROUPS.length);
  private readonly pendingEnd = new Int32Array(GROUPS.length);

  constructor(private readonly weights: DenseWeights) {}

  score(input: ParseInput, state: ParseState, scores: Float64Array): void {
    const { x, features, sums, weights, key, data, part } = this;
    x.read(input, state);
    // The integer sums of the three moves.
    let a = 0, b = 0, c = 0;
    let count = 0, pending = 0;
    for (let g = 0; g < GROUPS.length; g++) {
      const group = GROUPS[g];
      if (!group.key) continue;
      key[0] = key[1] = key[2] = key[3] = key[4] = 0;
      group.key(x, input, state, key);
      const k0 = key[0], k1 = key[1], k2 = key[2], k3 = key[3], k4 = key[4];
      // A multiplicative hash: cheap, and good enough to spread keys over a cache.
      let h = Math.imul(k0, 0x9e3779b1);
      h = Math.imul(h ^ (h >>> 15) ^ k1, 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13) ^ k2, 0xc2b2ae35);
      h = Math.imul(h ^ (h >>> 16) ^ k3, 0x9e3779b1);
      h = Math.imul(h ^ (h >>> 15) ^ k4, 0x85ebca6b);
      h ^= h >>> 16;
      const at = (g * SLOTS + (h & (SLOTS - 1))) * STRIDE;
      if (data[at + MADE] === 1 && data[at + KEY] === k0 && data[at + KEY + 1] === k1 && data[at + KEY + 2] === k2 && data[at + KEY + 3] === k3 && data[at + KEY + 4] === k4) {
        a += data[at + SUM];
        b += data[at + SUM + 1];
        c += data[at + SUM + 2];
      } else {
        // Another key's place, or none's: this key takes it, its sum made below.
        data[at + MADE] = 1;
        data[at + KEY] = k0; data[at + KEY + 1] = k1; data[at + KEY + 2] = k2; data[at + KEY + 3] = k3; data[at + KEY + 4] = k4;
        count = group.write(x, input, state, features, count);
        this.pendingAt[pending] = at;
        this.pendingEnd[pending++] = count;
      }
    }
    const keyed = count;
    for (const group of GROUPS) if (!group.key) count = group.write(x, input, state, features, count);
    weights.prefetch(features, count);
    let start = 0;
    for (let p = 0; p < pending; p++) {
      part[0] = part[1] = part[2] = 0;
      weights.addSums(features, start, this.pendingEnd[p], part, 0);
      const at = this.pendingAt[p];
      data[at + SUM] = part[0]; data[at + SUM + 1] = part[1]; data[at + SUM + 2] = part[2];
      a += part[0]; b += part[1]; c += part[2];
      start = this.pendingEnd[p];
    }
    sums[0] = a; sums[1] = b; sums[2] = c;
    weights.addSums(features, keyed, count, sums, 0);
    weights.scaleSums(sums, scores);
  }
}
