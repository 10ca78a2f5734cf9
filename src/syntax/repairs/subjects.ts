// Repairs of who a verb's subject is: the parser's subjects that UD's rules rule out, given back to
// the verb they belong to.
import { DAY_WORDS, isPastForm, NOMINAL, RepairTree } from "./tree.ts";

/** Relations UD gives only to the dependents of nominals: a verb's nominal dependent never has them. */
const NOMINAL_ONLY = new Set(["compound", "nmod", "amod"]);

/**
 * "Police fired tear gas": the labeller, misled by a capitalised noun before a verb, may call the
 * verb's subject a compound, a relation UD allows only inside noun phrases. A nominal before a verb
 * with no subject of its own, labelled so, is that verb's subject.
 */
export function repairSubjects(t: RepairTree): void {
  for (let i = 0; i < t.n; i++) {
    const h = t.head(i);
    if (h <= i || t.upos(h) !== "VERB" || !NOMINAL.has(t.upos(i)) || !NOMINAL_ONLY.has(t.rel(i))) continue;
    // Only the nearest such nominal: "Riot police fired" takes "police", not "Riot".
    const nearer = t.child(h, (k) => k > i && k < h && NOMINAL.has(t.upos(k)) && NOMINAL_ONLY.has(t.rel(k))) >= 0;
    if (!t.hasRelation(h, /^nsubj/) && !nearer) t.a.deprel[i] = "nsubj";
  }
}

/** Relations of function words: UD gives them no subject or object of their own. */
const FUNCTION_RELATIONS = new Set(["aux", "aux:pass", "cop", "mark", "case", "det"]);

/**
 * "China's coast guard said it had "expelled" ...": the parser may hang the subject from the auxiliary
 * ("it" from "had"). A function word has no subject or object: they belong to the word it serves.
 */
export function repairFunctionWordDependents(t: RepairTree): void {
  for (let k = 0; k < t.n; k++) {
    const h = t.head(k);
    if (h < 0 || !FUNCTION_RELATIONS.has(t.rel(h)) || !/^(nsubj|obj|iobj|csubj)/.test(t.rel(k))) continue;
    const served = t.head(h);
    if (served >= 0 && served !== k) t.attach(k, served);
  }
}

/**
 * "Pakistan today threatened", "A top U.S. official today praised": wire copy puts the day between
 * the subject and its verb, and the parser may take the subject for a compound of the day or for the
 * sentence's root with the verb coordinated to it. A nominal right before a day that hangs on the verb
 * right after it, the verb having no subject, is that verb's subject.
 */
export function repairSubjectBeforeDay(t: RepairTree): void {
  for (let day = 1; day + 1 < t.n; day++) {
    if (!DAY_WORDS.has(t.word(day))) continue;
    const verb = day + 1;
    const before = t.word(day - 1) === "on" ? day - 2 : day - 1;
    if (before < 0 || t.upos(verb) !== "VERB" || t.head(day) !== verb || !t.rel(day).startsWith("obl")) continue;
    if (t.hasRelation(verb, /^(nsubj|csubj)/)) continue;
    const subject = t.nameHead(before);
    // "A top U.S. official": a word with a determiner that the tagger took for an adjective is a noun.
    const determined = t.upos(subject) === "ADJ" && t.hasRelation(subject, /^det$/);
    if (!NOMINAL.has(t.upos(subject)) && !determined) continue;
    if (t.upos(subject) === "PRON" && !/^(he|she|it|they|we|i)$/i.test(t.form(subject))) continue;
    if (t.head(subject) === day) {
      t.attach(subject, verb);
    } else if (t.head(subject) === -1 && t.head(verb) === subject) {
      t.attach(verb, -1, "root");
      t.attach(subject, verb);
      t.moveDependents(subject, verb, (k) => k > verb);
    } else continue;
    t.a.deprel[subject] = "nsubj";
    if (determined) t.a.upos[subject] = "NOUN";
  }
}

/** Words that can begin a clause as well as a phrase: "after the court issued a warrant". */
const SUBORDINATORS = new Set(["after", "before", "since", "until", "till", "as", "because", "while", "once"]);

/**
 * "At a conference of allies in Rome on Wednesday, envoy Keith Kellogg met with Zelenskiy": a subject
 * has no preposition. A "subject" with a case marker of its own is the fronted phrase it is (obl), and
 * the name or noun right before the verb, unmarked, is the verb's subject; unless the marker can begin a
 * clause ("after the court issued"), when it is the clause's marker and the subject stays.
 */
export function repairMarkedSubjects(t: RepairTree): void {
  for (let s = 0; s < t.n; s++) {
    const verb = t.head(s);
    if (verb < 0 || !t.rel(s).startsWith("nsubj") || s > verb || t.upos(verb) !== "VERB") continue;
    const marker = t.child(s, (k) => k < s && t.rel(k) === "case");
    if (marker < 0) continue;
    if (SUBORDINATORS.has(t.word(marker)) && !t.hasRelation(verb, /^mark$/)) {
      t.attach(marker, verb, "mark");
      continue;
    }
    t.a.deprel[s] = "obl";
    const before = t.beforeAdverbs(verb, s);
    if (before <= s || !NOMINAL.has(t.upos(before))) continue;
    const subject = t.nameHead(before);
    if (subject <= s || t.hasRelation(subject, /^case$/) || t.dominates(subject, verb)) continue;
    t.attach(subject, verb, "nsubj");
  }
}

/**
 * "as Kyiv and Moscow accused each other": the parser took the subordinator for the preposition of a
 * phrase right before a verb that has no subject. The phrase is the subject, and the subordinator marks
 * the clause.
 */
export function repairSubordinatorsReadAsPrepositions(t: RepairTree): void {
  for (let first = 1; first < t.n; first++) {
    const verb = t.head(first);
    if (verb < first || t.rel(first) !== "obl" || t.upos(verb) !== "VERB" || t.hasRelation(verb, /^(nsubj|mark)/)) continue;
    const marker = t.child(first, (k) => k < first && t.rel(k) === "case");
    if (marker < 0 || !SUBORDINATORS.has(t.word(marker))) continue;
    const conjuncts = t.children(first).filter((k) => t.rel(k) === "conj");
    const last = conjuncts.length ? conjuncts[conjuncts.length - 1] : first;
    if (last < first || last !== verb - 1 || !t.isNominal(last)) continue;
    t.attach(first, verb, "nsubj");
    t.attach(marker, verb, "mark");
  }
}

/** Relations the parser gives a clause it hangs on the phrase before it, or beside that phrase. */
const MISHUNG_CLAUSE = new Set(["acl", "xcomp", "ccomp", "advcl"]);

/**
 * "hours after President Donald Trump threatened sweeping tariffs", "a day after its fighters seized a ship":
 * a nominal marked by a word that can begin a clause, with a finite verb right after it hung on it or beside
 * it, is that verb's subject; the verb is the clause the marker opens, in the nominal's place. A common noun
 * takes the verb only when the verb has an object ("after talks held in Doha" is a phrase).
 */
export function repairSubordinateClauses(t: RepairTree): void {
  for (let verb = 1; verb < t.n; verb++) {
    if (!MISHUNG_CLAUSE.has(t.rel(verb)) || t.upos(verb) !== "VERB" || !isPastForm(t.form(verb), t.a.lemma[verb]) || t.hasRelation(verb, /^(nsubj|aux|mark)/)) continue;
    // The nominal right before the verb (a name's flat words included), the verb hung on it or beside it.
    const name = t.nameHead(verb - 1);
    const up = t.head(name);
    if (!NOMINAL.has(t.upos(name)) || up < 0 || (t.head(verb) !== name && t.head(verb) !== up)) continue;
    if (t.upos(name) !== "PROPN" && !t.hasRelation(verb, /^obj$/)) continue;
    const marker = t.child(name, (k) => k < name && t.rel(k) === "case" && SUBORDINATORS.has(t.word(k)));
    if (marker < 0) continue;
    t.attach(verb, up, NOMINAL.has(t.upos(up)) ? "acl" : "advcl");
    t.attach(name, verb, "nsubj");
    t.attach(marker, verb, "mark");
  }
}

/** Units of time that measure how long after or before something an act came: "a day after Seoul suspended". */
const TIME_UNITS = new Set(["minute", "hour", "day", "week", "month", "year"]);

/**
 * "a day after Seoul partly suspended the pact", "a day after police arrested him": the parser may take the
 * span of time for the verb's subject (or its bare measure) and the name after "after" for the span's modifier. The name (right before the verb, adverbs
 * aside) is the subject, the marker opens the verb's clause, and the span measures that clause.
 */
export function repairSpansBeforeClauses(t: RepairTree): void {
  for (let verb = 2; verb < t.n; verb++) {
    if (t.upos(verb) !== "VERB" || !isPastForm(t.form(verb), t.a.lemma[verb]) || t.hasRelation(verb, /^(aux|mark)/)) continue;
    const span = t.child(verb, (k) => k < verb && SPAN_RELATIONS.has(t.rel(k)) && TIME_UNITS.has(t.a.lemma[k].toLowerCase()));
    if (span < 0) continue;
    const name = t.nameHead(t.beforeAdverbs(verb, span));
    const marker = name > span && t.head(name) === span ? t.child(name, (k) => k < name && t.rel(k) === "case" && SUBORDINATORS.has(t.word(k))) : -1;
    if (marker < 0 || !NOMINAL.has(t.upos(name))) continue;
    t.attach(name, verb, "nsubj");
    t.attach(marker, verb, "mark");
    t.attach(span, verb, "obl:npmod");
    if (t.rel(verb) === "conj" || t.rel(verb) === "parataxis") t.a.deprel[verb] = "advcl";
  }
}

/** How the parser may hang the span on the verb: as its subject, or as a bare measure of time. */
const SPAN_RELATIONS = new Set(["nsubj", "obl:unmarked", "obl:npmod", "obl:tmod"]);

/**
 * "Late on Saturday, the office of President Lukashenko said": the parser may hang the subject on the
 * fronted phrase before it (an apposition of "Saturday"), leaving the verb without one. A verb with no
 * subject, marker or infinitive "to", whose fronted phrase (with a preposition) has an apposition or
 * conjunct reaching up to the verb, has that nominal for its subject.
 */
export function repairFrontedSubjects(t: RepairTree): void {
  for (let verb = 1; verb < t.n; verb++) {
    if (t.upos(verb) !== "VERB" || /ing$/i.test(t.form(verb)) || t.hasRelation(verb, /^(nsubj|csubj|expl|mark)/)) continue;
    const before = t.beforeAdverbs(verb, 0);
    if (before <= 0 || !NOMINAL.has(t.upos(before))) continue;
    // Up from the word before the verb to the fronted phrase it hangs in.
    for (let at = before, steps = 0; at >= 0 && t.head(at) !== verb && steps < t.n; steps++) {
      const up = t.head(at);
      if (up < 0 || up > at) break;
      if (/^(appos|conj)$/.test(t.rel(at)) && t.head(up) === verb && t.rel(up).startsWith("obl") && NOMINAL.has(t.upos(at)) && t.hasRelation(up, /^case$/)) {
        t.attach(at, verb, "nsubj");
        break;
      }
      at = up;
    }
  }
}

/**
 * "Assistant Secretary-General for the Middle East ... Khaled Khiari said", "opposition politician Aminata Touré
 * was arrested": a verb has one subject (active or passive), but
 * the parser may give it the title as well as the name the title chain ends at. Of two nominal subjects
 * before a verb, the nearer (a name) is the subject and the farther its title; with a coordinator between
 * them ("Ethiopia's government and the Tigray People's Liberation Front agreed", the "and" hung on the
 * verb), the farther is the subject and the nearer its conjunct.
 */
export function repairDoubleSubjects(t: RepairTree): void {
  for (let verb = 0; verb < t.n; verb++) {
    const subjects = t.children(verb).filter((k) => k < verb && /^nsubj(:pass)?$/.test(t.rel(k)) && NOMINAL.has(t.upos(k)) && t.upos(k) !== "PRON");
    if (subjects.length < 2) continue;
    const near = subjects[subjects.length - 1];
    const far = subjects[subjects.length - 2];
    const cc = t.child(verb, (k) => k > far && k < near && t.upos(k) === "CCONJ");
    if (cc >= 0) {
      t.attach(near, far, "conj");
      t.attach(cc, near, "cc");
      continue;
    }
    // "Lima and Quito signed": a nearer subject with a coordinator of its own is a conjunct mislabelled.
    if (t.upos(near) !== "PROPN" || t.hasRelation(near, /^cc$/)) continue;
    for (const title of subjects.slice(0, -1)) t.attach(title, near, "compound");
  }
}

/**
 * "Araghchi, speaking in Istanbul, said": a participle set off by commas has no subject of its own; the
 * parser may give it the sentence's, and hang the main verb's clause on it. The subject before the comma
 * is the verb's the participle hangs on (when that verb has none), and the participle an adverbial clause.
 */
export function repairSetOffParticiples(t: RepairTree): void {
  for (let p = 1; p < t.n; p++) {
    const verb = t.head(p);
    if (verb <= p || t.upos(p) !== "VERB" || !/ing$/i.test(t.form(p)) || t.form(p - 1) !== ",") continue;
    if (t.upos(verb) !== "VERB" || t.hasRelation(p, /^(aux|mark)/)) continue;
    const subject = t.child(p, (k) => k < p && t.rel(k) === "nsubj");
    if (subject < 0 || t.hasRelation(verb, /^(nsubj|csubj|expl)/)) continue;
    t.attach(subject, verb);
    t.a.deprel[p] = "advcl";
  }
}

/**
 * "Han called the declaration wrong, and the main opposition Democratic Party, led by Lee, said ...": a verb
 * coordinated after "and" with no subject of its own, and a noun phrase between the "and" and the verb that
 * the parser hung elsewhere (as a complement of the first verb), has that phrase for its subject.
 */
export function repairCoordinatedClauseSubjects(t: RepairTree): void {
  for (let verb = 2; verb < t.n; verb++) {
    const first = t.head(verb);
    if (t.upos(verb) !== "VERB" || t.rel(verb) !== "conj" || first < 0 || first > verb || /ing$/i.test(t.form(verb))) continue;
    if (t.hasRelation(verb, /^(nsubj|csubj|expl|mark|aux)/)) continue;
    // The coordinator after the first verb, on the verb or on the phrase the parser made of "and" and the subject.
    let cc = verb - 1;
    while (cc > first && !(t.upos(cc) === "CCONJ" && (t.word(cc) === "and" || t.word(cc) === "but"))) cc--;
    if (cc <= first) continue;
    for (let k = cc + 1; k < verb; k++) {
      const up = t.head(k);
      if (up > cc && up < verb) continue; // inside the phrase
      if (!NOMINAL.has(t.upos(k)) || t.upos(k) === "PRON" || t.hasRelation(k, /^case$/) || t.dominates(k, verb)) break;
      // "the Governor-General of Hunan and Hubei, Lin Zexu, banned": a noun's own conjunct is no clause's subject.
      if (t.rel(k) === "conj" || up < 0 || t.upos(up) !== "VERB") break;
      t.attach(k, verb, "nsubj");
      t.attach(cc, verb, "cc");
      break;
    }
  }
}
