// Repairs of how a noun's modifiers hang together.
import type { RepairTree } from "./tree.ts";

/** Modifier relations two coordinated words before one noun share: "French and Egyptian warships". */
const SHARED_MODIFIERS = new Set(["amod", "compound", "nmod:poss"]);

/**
 * "French and Egyptian warships", "U.S. and Russian negotiators": a coordinator between two modifiers of
 * the noun after them, all three hung on that noun, joins the modifiers (UD hangs a coordinator on the
 * conjunct after it, and that conjunct on the first): the second is the first's conjunct.
 */
export function repairCoordinatedModifiers(t: RepairTree): void {
  for (let cc = 1; cc + 1 < t.n; cc++) {
    const noun = t.head(cc);
    const second = cc + 1;
    if (t.upos(cc) !== "CCONJ" || t.rel(cc) !== "cc" || noun <= second || t.head(second) !== noun) continue;
    const relation = t.rel(second);
    if (!SHARED_MODIFIERS.has(relation)) continue;
    const first = t.child(noun, (k) => k < cc && t.rel(k) === relation && k >= cc - 2);
    if (first < 0) continue;
    t.attach(second, first, "conj");
    t.attach(cc, second);
  }
}
