// A read-only view of the dependency tree for the stages that read structure from it: children by
// relation, the preposition or marker a word takes, coordination, passives, and the extent of a
// clause. Built once per document from the syntax layer.
import type { Syntax } from "../model/index.ts";

/** The universal part of a relation: "nsubj:pass" -> "nsubj". */
const baseRelation = (deprel: string): string => {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
};

/** Words before a noun inside its phrase: a title, a number, an adjective, a possessor, a determiner. */
const PREMODIFIERS = new Set(["nmod:desc", "compound", "amod", "flat", "nummod", "det", "nmod:poss"]);

export class DependencyTree {
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;

  constructor(readonly syntax: Syntax, readonly words: string[]) {
    const n = syntax.head.length;
    const counts = new Int32Array(n + 1);
    for (let t = 0; t < n; t++) if (syntax.head[t] >= 0) counts[syntax.head[t] + 1]++;
    for (let t = 0; t < n; t++) counts[t + 1] += counts[t];
    this.childStart = counts;
    this.childList = new Int32Array(counts[n]);
    const fill = counts.slice(0, n);
    for (let t = 0; t < n; t++) if (syntax.head[t] >= 0) this.childList[fill[syntax.head[t]]++] = t;
  }

  head(t: number): number {
    return this.syntax.head[t];
  }

  /** The full relation of `t` to its head ("nsubj:pass"). */
  relation(t: number): string {
    return this.syntax.deprel[t];
  }

  /** The universal part of the relation ("nsubj"). */
  base(t: number): string {
    return baseRelation(this.syntax.deprel[t]);
  }

  upos(t: number): string {
    return this.syntax.upos[t];
  }

  lemma(t: number): string {
    return this.syntax.lemma[t];
  }

  /** Children in text order. */
  children(t: number): number[] {
    const out: number[] = [];
    for (let k = this.childStart[t]; k < this.childStart[t + 1]; k++) out.push(this.childList[k]);
    return out;
  }

  /** Children whose relation (full, or universal when `relations` names a universal one) is one of these. */
  childrenWith(t: number, ...relations: string[]): number[] {
    return this.children(t).filter((c) => relations.includes(this.relation(c)) || relations.includes(this.base(c)));
  }

  child(t: number, ...relations: string[]): number {
    return this.childrenWith(t, ...relations)[0] ?? -1;
  }

  /** The preposition or case marker a nominal takes ("by" in "by government forces"), lower-cased, or "". */
  marker(t: number): string {
    const c = this.caseOf(t) ?? this.premodifierCase(t);
    if (c === undefined) return "";
    // "on behalf of", "in front of": the multiword preposition's last word decides little; keep its first.
    const fixed = this.childrenWith(c, "fixed");
    return fixed.length ? `${this.words[c]} ${fixed.map((f) => this.words[f]).join(" ")}` : this.words[c];
  }

  private caseOf(t: number): number | undefined {
    return this.children(t).find((k) => this.base(k) === "case" && k < t);
  }

  /**
   * "with Russian Foreign Minister Sergei Lavrov", "to five Panamanian officers": the parser may hang
   * the preposition from a word before the noun instead of the noun.
   */
  private premodifierCase(t: number): number | undefined {
    for (const k of this.children(t)) {
      if (k > t) break;
      if (!PREMODIFIERS.has(this.relation(k))) continue;
      const c = this.caseOf(k);
      if (c !== undefined) return c;
    }
    return undefined;
  }

  /** Whether the verb is in the passive ("was shelled", "were detained by"). */
  isPassive(v: number): boolean {
    return this.children(v).some((c) => this.relation(c) === "nsubj:pass" || this.relation(c) === "aux:pass" || this.relation(c) === "csubj:pass");
  }

  /** The words coordinated with `t` ("Qatar, Egypt and the United States" from "Qatar"), `t` first. */
  conjuncts(t: number): number[] {
    const out = [t];
    for (let i = 0; i < out.length; i++) for (const c of this.childrenWith(out[i], "conj")) if (!out.includes(c)) out.push(c);
    // A coordination has its coordinator ("and", "or", "nor"); words joined by commas alone are a parse
    // error more often than a list ("killing 20 people, relief officials said").
    return out.slice(1).some((c) => this.child(c, "cc") >= 0) ? out : [t];
  }

  /** The first word of a coordination that `t` belongs to: "Egypt" in "Qatar, Egypt and ..." -> "Qatar". */
  firstConjunct(t: number): number {
    let at = t;
    for (let steps = 0; this.relation(at) === "conj" && this.head(at) >= 0 && steps < 50; steps++) at = this.head(at);
    return at;
  }

  /** Whether `a` is `b` or one of its descendants. */
  dominates(b: number, a: number): boolean {
    for (let at = a, steps = 0; at >= 0 && steps < 10_000; at = this.head(at), steps++) if (at === b) return true;
    return false;
  }

  /** First and last token of the subtree of `t`, leaving out the subtrees of the given relations. */
  extent(t: number, without: ReadonlySet<string> = NO_RELATIONS): [number, number] {
    let first = t;
    let last = t;
    const stack = [t];
    while (stack.length) {
      const at = stack.pop()!;
      for (const c of this.children(at)) {
        if (without.has(this.relation(c)) || without.has(this.base(c))) continue;
        if (c < first) first = c;
        if (c > last) last = c;
        stack.push(c);
      }
    }
    return [first, last];
  }
}

const NO_RELATIONS: ReadonlySet<string> = new Set();
