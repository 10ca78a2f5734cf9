// Repairs of parser errors that UD's own constraints expose: each rewrites a relation the treebank
// never gives in that place to the one it does, and never makes a cycle or a second root.
import type { SentenceAnalysis } from "./analyse.ts";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
/** Relations UD gives only to the dependents of nominals: a verb's nominal dependent never has them. */
const NOMINAL_ONLY = new Set(["compound", "nmod", "amod"]);

/**
 * "Police fired tear gas": the labeller, misled by a capitalised noun before a verb, may call the
 * verb's subject a compound, a relation UD allows only inside noun phrases. A nominal before a verb
 * with no subject of its own, labelled so, is that verb's subject.
 */
export function repairSubjects(a: SentenceAnalysis): void {
  a.head.forEach((h, i) => {
    if (h <= i || a.upos[h] !== "VERB" || !NOMINAL.has(a.upos[i]) || !NOMINAL_ONLY.has(a.deprel[i])) return;
    const hasSubject = a.head.some((hh, k) => hh === h && a.deprel[k].startsWith("nsubj"));
    // Only the nearest such nominal: "Riot police fired" takes "police", not "Riot".
    const nearer = a.head.some((hh, k) => hh === h && k > i && k < h && NOMINAL.has(a.upos[k]) && NOMINAL_ONLY.has(a.deprel[k]));
    if (!hasSubject && !nearer) a.deprel[i] = "nsubj";
  });
}

const RELATIVE_PRONOUNS = new Set(["who", "whom", "which"]);

/**
 * "Trump, who has ruled out NATO membership": a clause whose subject or object is a relative pronoun
 * is a relative clause on the noun just before the pronoun, whatever the parser called it (parataxis,
 * conj). "Who attacked?" has no noun before it and stays as it is.
 */
export function repairRelativeClauses(a: SentenceAnalysis, forms: string[]): void {
  forms.forEach((form, i) => {
    if (!RELATIVE_PRONOUNS.has(form.toLowerCase()) || a.upos[i] !== "PRON") return;
    if (!/^(nsubj|obj)/.test(a.deprel[i])) return;
    const clause = a.head[i];
    if (clause < 0 || a.head[clause] < 0 || a.deprel[clause].startsWith("acl")) return;
    const antecedent = antecedentBefore(a, i);
    if (antecedent < 0 || dominates(a, clause, antecedent)) return;
    a.head[clause] = antecedent;
    a.deprel[clause] = "acl:relcl";
  });
}

/** The nominal before a relative pronoun (over a comma), or the name it is part of. */
function antecedentBefore(a: SentenceAnalysis, pronoun: number): number {
  let t = pronoun - 1;
  if (t >= 0 && a.upos[t] === "PUNCT") t--;
  if (t < 0 || !NOMINAL.has(a.upos[t]) || a.upos[t] === "PRON") return -1;
  while (a.deprel[t] === "flat" && a.head[t] >= 0) t = a.head[t];
  return t;
}

function dominates(a: SentenceAnalysis, ancestor: number, t: number): boolean {
  for (let at = t, steps = 0; at >= 0 && steps <= a.head.length; at = a.head[at], steps++) if (at === ancestor) return true;
  return false;
}
