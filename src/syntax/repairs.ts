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

/**
 * "He Lifeng, who led the talks, said the deal was positive": the parser may make the relative clause
 * the sentence (its verb the root, "said" a conjunct of "led") or hang it off the subject. A verb after
 * the clause's closing comma that hangs on the clause with no subject and no coordinator of its own is
 * the main verb: it takes the root, the noun phrase before "who" becomes its subject, and the clause
 * that phrase's relative clause.
 */
export function repairSwallowedMainClauses(a: SentenceAnalysis, forms: string[]): void {
  forms.forEach((form, i) => {
    if (!RELATIVE_PRONOUNS.has(form.toLowerCase()) || a.upos[i] !== "PRON" || !/^(nsubj|obj)/.test(a.deprel[i])) return;
    const clause = a.head[i];
    const antecedent = antecedentBefore(a, i, true);
    if (clause < 0 || antecedent < 0) return;
    const subject = phraseTop(a, antecedent, i);
    const root = a.head.indexOf(-1);
    if (root !== clause && root !== subject) return;
    const main = a.head.findIndex((h, v) => h === clause && v > clause && a.upos[v] === "VERB" && /^(conj|parataxis)$/.test(a.deprel[v])
      && forms[v - 1] === "," && !a.head.some((hh, k) => hh === v && /^(nsubj|csubj)|^cc$/.test(a.deprel[k])));
    if (main < 0 || dominates(a, main, subject)) return;
    a.head[main] = -1;
    a.deprel[main] = "root";
    a.head[subject] = main;
    a.deprel[subject] = "nsubj";
    a.head[clause] = antecedent;
    a.deprel[clause] = "acl:relcl";
    // What followed the main verb and hung on the old root (the full stop) is the main verb's.
    for (let k = main + 1; k < a.head.length; k++) if (a.head[k] === root || a.head[k] === clause) a.head[k] = main;
  });
}

/**
 * "Colombia, the third largest U.S. trading partner in Latin America, swiftly responded": after a long
 * apposition or title the parser may make the subject the root and hang the verb on it (parataxis, an
 * adverbial or relative clause with no marker or relative word, a conjunct with no coordinator), or on
 * a noun inside it ("Russian aircraft including helicopter gunships killed 46 civilians": a participle
 * with an object, or the sentence's only verb). A nominal root without a copula whose first such verb has no subject of its own is
 * that verb's subject; in a chain of titles and names ("Arab League Secretary-General Chedli Klibi
 * today urged") the name nearest the verb is, and the chain's first word its compound.
 */
export function repairNominalRoots(a: SentenceAnalysis, forms: string[]): void {
  const root = a.head.indexOf(-1);
  if (root < 0 || !NOMINAL.has(a.upos[root]) || a.upos[root] === "PRON") return;
  const own = (t: number, relation: RegExp) => a.head.some((h, k) => h === t && relation.test(a.deprel[k]));
  if (own(root, /^cop$/)) return;
  const verb = a.head.findIndex((h, v) => v > root && a.upos[v] === "VERB"
    && ((h === root && /^(parataxis|acl:relcl|conj|dep|advcl)$/.test(a.deprel[v]))
      || (a.deprel[v] === "acl" && isPastForm(forms[v], a.lemma[v]) && withinPhrase(a, h, root) && (own(v, /^obj$/) || onlyPredicate(a, forms, v)))));
  // "Clashes in Tripoli, killing 12": a participle without an auxiliary is no main verb.
  if (verb < 0 || /ing$/i.test(forms[verb])) return;
  if (own(verb, /^(nsubj|csubj|expl)|^cc$|^mark$/) || a.head.some((h, k) => h === verb && RELATIVE_PRONOUNS.has(forms[k].toLowerCase()))) return;
  const subject = nameBeforeVerb(a, forms, root, verb);
  a.head[verb] = -1;
  a.deprel[verb] = "root";
  a.head[subject] = verb;
  a.deprel[subject] = "nsubj";
  if (subject !== root) {
    a.head[root] = subject;
    a.deprel[root] = "compound";
  }
  for (let k = verb + 1; k < a.head.length; k++) if (a.head[k] === root) a.head[k] = verb;
}

/**
 * "Khamenei threatened “severe punishment,” saying": the parser may read a verb before its object as
 * the object's modifier (amod) and give the noun, or the verb, the subject. A noun with a subject and no
 * copula is no predicate, and a modifier has no subject: the verb between them is, with the subject its own and the noun its object; the
 * clauses and punctuation the noun had after it are the verb's.
 */
export function repairVerbsReadAsModifiers(a: SentenceAnalysis): void {
  const n = a.head.length;
  for (let v = 1; v < n; v++) {
    const noun = a.head[v];
    if (a.upos[v] !== "VERB" || a.deprel[v] !== "amod" || noun <= v || !NOMINAL.has(a.upos[noun])) continue;
    // The subject the noun holds, or one the parser gave the verb itself (a modifier has none).
    const subject = a.head.findIndex((h, k) => (h === noun || h === v) && k < v && a.deprel[k].startsWith("nsubj"));
    if (subject < 0 || a.head.some((h, k) => h === noun && a.deprel[k] === "cop")) continue;
    a.head[v] = a.head[noun];
    a.deprel[v] = a.deprel[noun];
    a.head[noun] = v;
    a.deprel[noun] = "obj";
    a.head[subject] = v;
    for (let k = noun + 1; k < n; k++) {
      if (a.head[k] !== noun || !/^(acl|advcl|punct|parataxis)$/.test(a.deprel[k])) continue;
      a.head[k] = v;
      if (a.deprel[k] === "acl") a.deprel[k] = "advcl";
    }
  }
}

/**
 * "Tens of thousands of Georgians marched in Tbilisi.": a participle that is the sentence's only verb and
 * names no agent ("by") is its predicate; news prose does not drop "were" outside its headlines.
 */
function onlyPredicate(a: SentenceAnalysis, forms: string[], v: number): boolean {
  const agent = a.head.some((h, k) => h === v && a.deprel[k].startsWith("obl") && a.head.some((hh, c) => hh === k && forms[c].toLowerCase() === "by"));
  return !agent && a.upos.every((tag, k) => (tag !== "VERB" && tag !== "AUX") || dominates(a, v, k));
}

/**
 * "Assistant Secretary-General for the Middle East ... Khaled Khiari said": a verb has one subject, but
 * the parser may give it the title as well as the name the title chain ends at. Of two nominal subjects
 * before a verb, the nearer (a name without a coordinator of its own) is the subject and the farther its title.
 */
export function repairDoubleSubjects(a: SentenceAnalysis): void {
  a.head.forEach((_, verb) => {
    const subjects = a.head.map((h, k) => (h === verb && k < verb && a.deprel[k] === "nsubj" && NOMINAL.has(a.upos[k]) && a.upos[k] !== "PRON" ? k : -1)).filter((k) => k >= 0);
    if (subjects.length < 2) return;
    const near = subjects[subjects.length - 1];
    if (a.upos[near] !== "PROPN") return;
    // "Lima and Quito signed": a nearer subject with a coordinator of its own is a conjunct mislabelled.
    if (a.head.some((h, k) => h === near && a.deprel[k] === "cc")) return;
    for (const far of subjects.slice(0, -1)) {
      a.head[far] = near;
      a.deprel[far] = "compound";
    }
  });
}

/**
 * "At a conference of allies in Rome on Wednesday, envoy Keith Kellogg met with Zelenskiy": a subject
 * has no preposition. A "subject" with a case marker of its own is the fronted phrase it is (obl), and
 * the name or noun right before the verb, unmarked, is the verb's subject; unless the marker can begin a
 * clause ("after the court issued"), when it is the clause's marker and the subject stays.
 */
const SUBORDINATORS = new Set(["after", "before", "since", "until", "till", "as", "because", "while", "once"]);
export function repairMarkedSubjects(a: SentenceAnalysis, forms: string[]): void {
  a.head.forEach((verb, s) => {
    if (verb < 0 || !a.deprel[s].startsWith("nsubj") || s > verb || a.upos[verb] !== "VERB") return;
    const marker = a.head.findIndex((h, k) => h === s && a.deprel[k] === "case" && k < s);
    if (marker < 0) return;
    // "three days after the court issued a warrant": a word that can begin a clause begins this one.
    if (SUBORDINATORS.has(forms[marker].toLowerCase()) && !a.head.some((h, k) => h === verb && a.deprel[k] === "mark")) {
      a.head[marker] = verb;
      a.deprel[marker] = "mark";
      return;
    }
    a.deprel[s] = "obl";
    let t = verb - 1;
    while (t > s && (a.upos[t] === "ADV" || DAY_WORDS.has(forms[t].toLowerCase()))) t--;
    if (t <= s || !NOMINAL.has(a.upos[t])) return;
    const subject = nameHead(a, t);
    if (subject <= s || a.head.some((h, k) => h === subject && a.deprel[k] === "case") || dominates(a, subject, verb)) return;
    a.head[subject] = verb;
    a.deprel[subject] = "nsubj";
  });
}

/**
 * "Late on Saturday, the office of President Lukashenko said": the parser may hang the subject on the
 * fronted phrase before it (an apposition of "Saturday"), leaving the verb without one. A verb with no
 * subject, marker or infinitive "to", whose fronted phrase (with a preposition) has an apposition or
 * conjunct reaching up to the verb, has that nominal for its subject.
 */
export function repairFrontedSubjects(a: SentenceAnalysis, forms: string[]): void {
  a.head.forEach((_, verb) => {
    if (a.upos[verb] !== "VERB" || /ing$/i.test(forms[verb]) || a.head.some((h, k) => h === verb && /^(nsubj|csubj|expl|mark)/.test(a.deprel[k]))) return;
    let t = verb - 1;
    while (t > 0 && (a.upos[t] === "ADV" || DAY_WORDS.has(forms[t].toLowerCase()))) t--;
    if (t <= 0 || !NOMINAL.has(a.upos[t])) return;
    // Up from the word before the verb to the fronted phrase it hangs in.
    let at = t;
    for (let steps = 0; at >= 0 && a.head[at] !== verb && steps < a.head.length; steps++) {
      const up = a.head[at];
      if (up < 0 || up > at) return;
      if (/^(appos|conj)$/.test(a.deprel[at]) && a.head[up] === verb && a.deprel[up].startsWith("obl") && NOMINAL.has(a.upos[at])
        && a.head.some((h, k) => h === up && a.deprel[k] === "case")) {
        a.head[at] = verb;
        a.deprel[at] = "nsubj";
        return;
      }
      at = up;
    }
  });
}

/**
 * "Soldiers led by General Tiani detained Bazoum": a verb with an agent ("by") and no "be" is a passive
 * participle, so it modifies the noun before it; the parser, taking it for the sentence's verb, hangs the
 * real one on it (xcomp, conj). That verb takes its place, with the noun for its subject.
 */
export function repairAgentParticiples(a: SentenceAnalysis): void {
  const n = a.head.length;
  for (let v = 1; v < n; v++) {
    if (a.upos[v] !== "VERB" || !a.head.some((h, k) => h === v && a.deprel[k] === "obl:agent")) continue;
    if (a.head.some((h, k) => h === v && /^(aux|cop|mark)/.test(a.deprel[k]))) continue;
    const subject = a.head.findIndex((h, k) => h === v && k < v && a.deprel[k] === "nsubj");
    // The verb after it: hung on it, or beside it on the same head ("when members, led by X, detained him").
    const main = a.head.findIndex((h, k) => (h === v || (h === a.head[v] && h >= 0)) && k > v && a.upos[k] === "VERB"
      && /^(xcomp|conj|parataxis|ccomp)$/.test(a.deprel[k]) && !a.head.some((hh, c) => hh === k && /^(nsubj|csubj|mark|cc$)/.test(a.deprel[c])));
    if (subject < 0 || main < 0) continue;
    a.head[main] = a.head[v];
    a.deprel[main] = a.deprel[v];
    // What the participle held before its subject ("when") and after the main verb belongs to the main verb.
    for (let k = 0; k < n; k++) if (a.head[k] === v && (k < subject || k > main)) a.head[k] = main;
    a.head[subject] = main;
    a.head[v] = subject;
    a.deprel[v] = "acl";
  }
}

/**
 * "Araghchi, speaking in Istanbul, said": a participle set off by commas has no subject of its own; the
 * parser may give it the sentence's, and hang the main verb's clause on it. The subject before the comma
 * is the verb's the participle hangs on (when that verb has none), and the participle an adverbial clause.
 */
export function repairSetOffParticiples(a: SentenceAnalysis, forms: string[]): void {
  a.head.forEach((verb, p) => {
    if (verb <= p || a.upos[p] !== "VERB" || !/ing$/i.test(forms[p]) || forms[p - 1] !== ",") return;
    if (a.upos[verb] !== "VERB" || a.head.some((h, k) => h === p && /^(aux|mark)/.test(a.deprel[k]))) return;
    const subject = a.head.findIndex((h, k) => h === p && k < p && a.deprel[k] === "nsubj");
    if (subject < 0 || a.head.some((h, k) => h === verb && /^(nsubj|csubj|expl)/.test(a.deprel[k]))) return;
    a.head[subject] = verb;
    a.deprel[p] = "advcl";
  });
}

/** A noun inside the root's phrase: the root itself, or one hung on it through nominal modifiers. */
function withinPhrase(a: SentenceAnalysis, t: number, root: number): boolean {
  for (let at = t, steps = 0; at >= 0 && steps <= a.head.length; at = a.head[at], steps++) {
    if (at === root) return true;
    if (!NOMINAL.has(a.upos[at]) || !a.deprel[at].startsWith("nmod")) return false;
  }
  return false;
}

/** The name right before a verb (over adverbs and days) when it ends a chain of capitalised words from the root, else the root. */
function nameBeforeVerb(a: SentenceAnalysis, forms: string[], root: number, verb: number): number {
  let t = verb - 1;
  while (t > root && (a.upos[t] === "ADV" || DAY_WORDS.has(forms[t].toLowerCase()) || forms[t].toLowerCase() === "on")) t--;
  if (t <= root || a.upos[root] !== "PROPN" || a.upos[t] !== "PROPN") return root;
  for (let k = root + 1; k < t; k++) if (a.upos[k] !== "PROPN" && forms[k] !== "-") return root;
  const name = nameHead(a, t);
  return name > root ? name : root;
}

/** The top of the noun phrase a word is part of, before `limit`: "Georgescu, a little-known independent" from "independent". */
function phraseTop(a: SentenceAnalysis, t: number, limit: number): number {
  let at = t;
  while (a.head[at] >= 0 && a.head[at] < at && a.head[at] < limit && /^(appos|conj|flat|compound)$/.test(a.deprel[at]) && isNominal(a, a.head[at])) at = a.head[at];
  return at;
}

/** A noun, a name, or an adjective used as one ("a little-known independent"). */
function isNominal(a: SentenceAnalysis, t: number): boolean {
  return (NOMINAL.has(a.upos[t]) && a.upos[t] !== "PRON") || (a.upos[t] === "ADJ" && a.head.some((h, k) => h === t && a.deprel[k] === "det"));
}

/** The nominal before a relative pronoun (over a comma), or the name it is part of. */
function antecedentBefore(a: SentenceAnalysis, pronoun: number, adjectiveNouns = false): number {
  let t = pronoun - 1;
  if (t >= 0 && a.upos[t] === "PUNCT") t--;
  if (t < 0 || !(adjectiveNouns ? isNominal(a, t) : NOMINAL.has(a.upos[t]) && a.upos[t] !== "PRON")) return -1;
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
    if (conjuncts(a, place).some((j) => a.head.some((h, c) => h === j && a.deprel[c] === "cc"))) continue;
    if (!forms.slice(nameEnd(a, k) + 1).length || forms[nameEnd(a, k) + 1] !== ",") continue;
    a.head[k] = noun;
    a.deprel[k] = "appos";
  }
}

/** The conjuncts of `t`, also those the parser chained on one another ("A, B, C and D" as D on C on B). */
function conjuncts(a: SentenceAnalysis, t: number): number[] {
  const found = [t];
  for (let i = 0; i < found.length; i++) a.head.forEach((h, j) => { if (h === found[i] && a.deprel[j] === "conj") found.push(j); });
  return found.slice(1);
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
