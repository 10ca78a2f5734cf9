// Repairs of coordination: which verb a series of acts belongs to.
import { isPastForm, NOMINAL, RepairTree } from "./tree.ts";

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

/**
 * "On Saturday, the foreign ministers of Russia, Iran and Turkey had met": the parser may end the subject at
 * the first name of a list and take the next one for the verb's subject, leaving the phrase before it a bare
 * obl (no preposition). The phrase is the subject, and the names after the comma its list's conjuncts.
 */
export function repairListsSplitBySubject(t: RepairTree): void {
  for (let s = 2; s < t.n; s++) {
    const verb = t.head(s);
    if (verb < s || t.rel(s) !== "nsubj" || t.form(s - 1) !== "," || !NOMINAL.has(t.upos(s))) continue;
    const listed = t.nameHead(s - 2);
    if (!NOMINAL.has(t.upos(listed)) || !/^(nmod|conj)$/.test(t.rel(listed))) continue;
    let phrase = listed;
    while (t.head(phrase) >= 0 && t.head(phrase) !== verb && /^(nmod|conj|flat|compound|appos)/.test(t.rel(phrase))) phrase = t.head(phrase);
    if (t.head(phrase) !== verb || t.rel(phrase) !== "obl" || t.hasRelation(phrase, /^case$/) || phrase > s) continue;
    t.attach(phrase, verb, "nsubj");
    t.attach(s, listed, "conj");
    t.moveDependents(s, listed, (k) => k > s && t.rel(k) === "conj");
  }
}
