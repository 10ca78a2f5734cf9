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
  return nameHead(a, t);
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

const DAY_WORDS = new Set(["today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/**
 * "Pakistan today threatened", "A top U.S. official today praised": wire copy puts the day between
 * the subject and its verb, and the parser may take the subject for a compound of the day or for the
 * sentence's root with the verb coordinated to it. A nominal right before a day that hangs on the verb
 * right after it, the verb having no subject, is that verb's subject.
 */
export function repairSubjectBeforeDay(a: SentenceAnalysis, forms: string[]): void {
  const n = a.head.length;
  for (let day = 1; day + 1 < n; day++) {
    if (!DAY_WORDS.has(forms[day].toLowerCase())) continue;
    const verb = day + 1;
    const before = forms[day - 1].toLowerCase() === "on" ? day - 2 : day - 1;
    if (before < 0 || a.upos[verb] !== "VERB" || a.head[day] !== verb || !a.deprel[day].startsWith("obl")) continue;
    if (a.head.some((h, k) => h === verb && /^(nsubj|csubj)/.test(a.deprel[k]))) continue;
    const subject = nameHead(a, before);
    // "A top U.S. official": a word with a determiner that the tagger took for an adjective is a noun.
    const determined = a.upos[subject] === "ADJ" && a.head.some((h, k) => h === subject && a.deprel[k] === "det");
    if (!NOMINAL.has(a.upos[subject]) && !determined) continue;
    if (a.upos[subject] === "PRON" && !/^(he|she|it|they|we|i)$/i.test(forms[subject])) continue;
    if (a.head[subject] === day) {
      a.head[subject] = verb;
    } else if (a.head[subject] === -1 && a.head[verb] === subject) {
      a.head[verb] = -1;
      a.deprel[verb] = "root";
      a.head[subject] = verb;
      for (let k = verb + 1; k < n; k++) if (a.head[k] === subject) a.head[k] = verb;
    } else continue;
    a.deprel[subject] = "nsubj";
    if (determined) a.upos[subject] = "NOUN";
  }
}

/** The word a name's later words hang from ("Nations" in "United Nations" hangs from "United"). */
function nameHead(a: SentenceAnalysis, t: number): number {
  let at = t;
  while (a.deprel[at] === "flat" && a.head[at] >= 0 && a.head[at] < at) at = a.head[at];
  return at;
}

/**
 * "The U.S. ambassador in Manila, MaryKay Carlson, called ...": a name set off by commas after a
 * prepositional phrase is the apposition of the noun the phrase modifies, not a conjunct of the
 * phrase's noun: a coordination without any coordinator is no coordination.
 */
export function repairAppositions(a: SentenceAnalysis, forms: string[]): void {
  const n = a.head.length;
  for (let k = 2; k < n; k++) {
    if (a.deprel[k] !== "conj" || a.upos[k] !== "PROPN" || forms[k - 1] !== ",") continue;
    const place = a.head[k];
    if (place < 0 || place > k || !a.deprel[place].startsWith("nmod")) continue;
    const noun = a.head[place];
    if (noun < 0 || !NOMINAL.has(a.upos[noun])) continue;
    const coordinated = a.head.map((h, j) => (h === place && a.deprel[j] === "conj" ? j : -1)).filter((j) => j >= 0);
    if (coordinated.some((j) => a.head.some((h, c) => h === j && a.deprel[c] === "cc"))) continue;
    if (!forms.slice(nameEnd(a, k) + 1).length || forms[nameEnd(a, k) + 1] !== ",") continue;
    a.head[k] = noun;
    a.deprel[k] = "appos";
  }
}

/** The last word of the name that starts at `t` (its flat words). */
function nameEnd(a: SentenceAnalysis, t: number): number {
  let end = t;
  while (end + 1 < a.head.length && a.head[end + 1] === t && a.deprel[end + 1] === "flat") end++;
  return end;
}

/** Relations of function words: UD gives them no subject or object of their own. */
const FUNCTION_RELATIONS = new Set(["aux", "aux:pass", "cop", "mark", "case", "det"]);

/**
 * "China's coast guard said it had "expelled" ...": the parser may hang the subject from the auxiliary
 * ("it" from "had"). A function word has no subject or object: they belong to the word it serves.
 */
export function repairFunctionWordDependents(a: SentenceAnalysis): void {
  a.head.forEach((h, k) => {
    if (h < 0 || !FUNCTION_RELATIONS.has(a.deprel[h]) || !/^(nsubj|obj|iobj|csubj)/.test(a.deprel[k])) return;
    const served = a.head[h];
    if (served < 0 || served === k) return;
    a.head[k] = served;
  });
}
