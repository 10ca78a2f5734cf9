// Repairs of coordination: which verb a series of acts belongs to.
import { isPastForm, RepairTree } from "./tree.ts";

/**
 * "swore in a general on Thursday, a day after they seized power, detained President Embaló and halted the
 * count": a middle item of a series (a verb after a comma, with no subject and no coordinator of its own)
 * that the parser made a conjunct of the main verb belongs to the series the subordinate clause before it
 * opens: it, and the conjuncts hung on it, are conjuncts of that clause's verb.
 */
export function repairSeriesInSubordinateClauses(t: RepairTree): void {
  for (let v = 2; v < t.n; v++) {
    const main = t.head(v);
    if (main < 0 || t.rel(v) !== "conj" || t.upos(v) !== "VERB" || t.form(v - 1) !== "," || t.hasRelation(v, /^(nsubj|aux|cc)$/)) continue;
    const first = clauseVerbBefore(t, v, main);
    if (first < 0 || !isPastForm(t.form(v), t.a.lemma[v]) || !isPastForm(t.form(first), t.a.lemma[first])) continue;
    t.attach(v, first, "conj");
    t.moveDependents(v, first, (k) => k > v && t.rel(k) === "conj");
  }
}

/** The nearest verb before the comma before `v`, if it heads a marked clause with a subject under `main`; else -1. */
function clauseVerbBefore(t: RepairTree, v: number, main: number): number {
  for (let p = v - 2; p > main; p--) {
    if (t.upos(p) !== "VERB") continue;
    const marked = /^(advcl|acl)/.test(t.rel(p)) && t.hasRelation(p, /^mark$/) && t.hasRelation(p, /^nsubj/);
    return marked && t.dominates(main, p) ? p : -1;
  }
  return -1;
}
