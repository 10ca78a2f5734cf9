// The tree the repairs rewrite: the analysis's heads and relations, with each word's dependents kept
// beside them, so that what a repair asks of a word's dependents costs those dependents and not the
// sentence (a "sentence" of 30,000 words is repaired in linear time).
import type { SentenceAnalysis } from "../analyse.ts";

export const NOMINAL: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON"]);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whom", "which"]);
export const DAY_WORDS: ReadonlySet<string> = new Set(["today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

export class RepairTree {
  readonly n: number;
  private readonly dependents: number[][];

  constructor(readonly a: SentenceAnalysis, private readonly forms: string[]) {
    this.n = a.head.length;
    this.dependents = Array.from({ length: this.n }, () => []);
    a.head.forEach((h, k) => { if (h >= 0) this.dependents[h].push(k); });
  }

  head(t: number): number { return this.a.head[t]; }
  rel(t: number): string { return this.a.deprel[t]; }
  upos(t: number): string { return this.a.upos[t]; }
  /** The word as written. */
  form(t: number): string { return this.forms[t] ?? ""; }
  /** The word in lower case. */
  word(t: number): string { return this.form(t).toLowerCase(); }
  root(): number { return this.a.head.indexOf(-1); }

  /** The dependents of `t`, in word order. */
  children(t: number): readonly number[] { return this.dependents[t]; }

  /** The first dependent of `t` (in word order) that passes `test`, or -1. */
  child(t: number, test: (k: number) => boolean): number {
    for (const k of this.dependents[t]) if (test(k)) return k;
    return -1;
  }

  /** Whether `t` has a dependent whose relation matches. */
  hasRelation(t: number, relation: RegExp): boolean {
    return this.child(t, (k) => relation.test(this.a.deprel[k])) >= 0;
  }

  /** Hangs `k` from `head` (-1: the sentence's root), with `relation` when one is given. */
  attach(k: number, head: number, relation?: string): void {
    const old = this.a.head[k];
    if (old !== head) {
      if (old >= 0) this.dependents[old].splice(this.dependents[old].indexOf(k), 1);
      this.a.head[k] = head;
      if (head >= 0) {
        const list = this.dependents[head];
        let at = list.length;
        while (at > 0 && list[at - 1] > k) at--;
        list.splice(at, 0, k);
      }
    }
    if (relation) this.a.deprel[k] = relation;
  }

  /** Hangs every dependent of `from` that passes `test` from `to`. */
  moveDependents(from: number, to: number, test: (k: number) => boolean): void {
    for (const k of [...this.dependents[from]]) if (k !== to && test(k)) this.attach(k, to);
  }

  dominates(ancestor: number, t: number): boolean {
    for (let at = t, steps = 0; at >= 0 && steps <= this.n; at = this.a.head[at], steps++) if (at === ancestor) return true;
    return false;
  }

  /** The word a name's later words hang from ("Nations" in "United Nations" hangs from "United"). */
  nameHead(t: number): number {
    let at = t;
    while (this.a.deprel[at] === "flat" && this.a.head[at] >= 0 && this.a.head[at] < at) at = this.a.head[at];
    return at;
  }

  /** A noun, a name, or an adjective used as one ("a little-known independent"). */
  isNominal(t: number): boolean {
    const upos = this.a.upos[t];
    return (NOMINAL.has(upos) && upos !== "PRON") || (upos === "ADJ" && this.hasRelation(t, /^det$/));
  }

  /** The word before `t` past adverbs and days (and, with `on`, "on"): where a subject would stand. */
  beforeAdverbs(t: number, floor: number, on = false): number {
    let k = t - 1;
    while (k > floor && (this.a.upos[k] === "ADV" || DAY_WORDS.has(this.word(k)) || (on && this.word(k) === "on"))) k--;
    return k;
  }
}

/** Verbs whose past form is their bare form: "set fire", "hit the town", "cut ties" may be past. */
const SAME_PAST: ReadonlySet<string> = new Set(["set", "put", "cut", "hit", "shut", "let", "cast", "spread", "burst", "quit", "hurt", "beat", "broadcast", "upset", "thrust"]);

/** "used", "wounded", "shot", "set": a past form (not "using", not the bare "use"). */
export function isPastForm(form: string, lemma: string): boolean {
  const word = form.toLowerCase();
  return !word.endsWith("ing") && (word.endsWith("ed") || word !== lemma.toLowerCase() || SAME_PAST.has(word));
}
