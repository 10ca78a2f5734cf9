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

/**
 * "Police used tear gas", "Guerrillas wounded two soldiers, police said": the parser, used to web
 * text's reduced relatives ("the car used by"), may read a news sentence's verb as a participle on its
 * subject. A passive participle on a noun takes no object; one that has an object (and no subject,
 * auxiliary or marker of its own) right after the noun is the noun's verb. It takes the noun's place:
 * the sentence's root, or the clause a speech verb with a second subject reports.
 */
export function repairReducedRelatives(a: SentenceAnalysis, forms: string[]): void {
  const n = a.head.length;
  for (let v = 1; v < n; v++) {
    if (a.upos[v] !== "VERB" || a.deprel[v] !== "acl" || !isPastForm(forms[v], a.lemma[v])) continue;
    const noun = a.head[v];
    if (noun < 0 || noun > v || !NOMINAL.has(a.upos[noun])) continue;
    const own = (relation: RegExp) => a.head.some((h, k) => h === v && relation.test(a.deprel[k]));
    if (!own(/^obj$/) || own(/^(nsubj|aux|mark|cop)/)) continue;
    // "the town, shelled overnight": a comma sets a participle apart; news verbs follow their subject directly.
    if (a.upos.slice(noun + 1, v).includes("PUNCT")) continue;
    const up = a.head[noun];
    const secondSubject = up >= 0 && a.deprel[noun].startsWith("nsubj") && a.head.some((h, k) => h === up && k > v && a.deprel[k].startsWith("nsubj"));
    if (up >= 0 && !secondSubject) continue;
    a.head[v] = up;
    a.deprel[v] = up < 0 ? "root" : "ccomp";
    a.head[noun] = v;
    a.deprel[noun] = "nsubj";
    // What hung from the noun after the verb (the full stop, a clause) belongs to the verb now.
    for (let k = v + 1; k < n; k++) if (a.head[k] === noun) a.head[k] = v;
  }
}

/** "used", "wounded", "shot": a past form (not "using", not the bare "use"). */
function isPastForm(form: string, lemma: string): boolean {
  const word = form.toLowerCase();
  return !word.endsWith("ing") && (word.endsWith("ed") || word !== lemma.toLowerCase());
}
