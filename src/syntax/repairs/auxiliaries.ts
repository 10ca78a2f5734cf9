// Repairs of verb groups: an auxiliary the tagger took for the clause's verb.
import { isPastForm, type RepairTree } from "./tree.ts";

const HAVE = new Set(["have", "has", "had", "having"]);
/** Adverbs of time and degree that stand between the perfect's auxiliary and its participle ("had earlier praised"). */
const PERFECT_ADVERBS = new Set(["already", "also", "earlier", "previously", "never", "just", "recently", "repeatedly", "since", "long",
  "not", "still", "yet", "finally", "reportedly", "apparently", "once", "twice", "even", "only", "now", "ever", "largely", "publicly"]);

/**
 * "Zelensky had earlier praised Trump": "have" right before a past participle (adverbs of time aside) is the perfect's
 * auxiliary, though the tagger, misled by the adverb, may call it the verb and hang the participle on it as its
 * complement. The participle takes its place, its subject and the rest of what hung on it; "have" becomes its
 * auxiliary. "had the talks planned" (an object between) and "still have surgically induced hair loss" (a
 * manner adverb, which makes the participle a modifier) keep "have" the verb.
 */
export function repairPerfectAuxiliaries(t: RepairTree): void {
  for (let have = 0; have + 1 < t.n; have++) {
    if (t.upos(have) !== "VERB" || !HAVE.has(t.word(have))) continue;
    let verb = have + 1;
    while (verb < t.n && t.upos(verb) === "ADV" && PERFECT_ADVERBS.has(t.word(verb))) verb++;
    if (verb === have + 1 || verb >= t.n || t.head(verb) !== have || t.upos(verb) !== "VERB") continue;
    if (!isPastForm(t.form(verb), t.a.lemma[verb]) || !/^(xcomp|ccomp|conj|dep)$/.test(t.rel(verb)) || t.hasRelation(verb, /^(mark|nsubj)/)) continue;
    if (t.hasRelation(have, /^(obj|iobj)$/)) continue;
    t.attach(verb, t.head(have), t.head(have) < 0 ? "root" : t.rel(have));
    t.moveDependents(have, verb, () => true);
    t.attach(have, verb, "aux");
    t.a.upos[have] = "AUX";
  }
}
