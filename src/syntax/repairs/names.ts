// Repairs of how names hang together: a name set off by commas is an apposition, not a conjunct.
import { NOMINAL, RepairTree } from "./tree.ts";

/**
 * "The U.S. ambassador in Manila, MaryKay Carlson, called ...": a name set off by commas after a
 * prepositional phrase is the apposition of the noun the phrase modifies, not a conjunct of the
 * phrase's noun: a coordination without any coordinator is no coordination.
 */
export function repairAppositions(t: RepairTree): void {
  for (let k = 2; k < t.n; k++) {
    if (t.rel(k) !== "conj" || t.upos(k) !== "PROPN" || t.form(k - 1) !== ",") continue;
    const place = t.head(k);
    if (place < 0 || place > k || !t.rel(place).startsWith("nmod")) continue;
    const noun = t.head(place);
    if (noun < 0 || !NOMINAL.has(t.upos(noun))) continue;
    if (conjuncts(t, place).some((j) => t.hasRelation(j, /^cc$/))) continue;
    if (t.form(nameEnd(t, k) + 1) !== ",") continue;
    t.attach(k, noun, "appos");
  }
}

/** The conjuncts of `k`, also those the parser chained on one another ("A, B, C and D" as D on C on B). */
function conjuncts(t: RepairTree, k: number): number[] {
  const found = [k];
  for (let i = 0; i < found.length; i++) for (const j of t.children(found[i])) if (t.rel(j) === "conj") found.push(j);
  return found.slice(1);
}

/** The last word of the name that starts at `k` (its flat words). */
function nameEnd(t: RepairTree, k: number): number {
  let end = k;
  while (end + 1 < t.n && t.head(end + 1) === k && t.rel(end + 1) === "flat") end++;
  return end;
}
