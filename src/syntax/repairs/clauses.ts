// Repairs of which clause is which: relative and participial clauses the parser took for the sentence,
// and the sentence's verb it took for a modifier or a participle.
import { DAY_WORDS, isPastForm, NOMINAL, RELATIVE_PRONOUNS, RepairTree } from "./tree.ts";
import { CLAUSE_TAKERS } from "./speech.ts";

/**
 * "Trump, who has ruled out NATO membership": a clause whose subject or object is a relative pronoun
 * is a relative clause on the noun just before the pronoun, whatever the parser called it (parataxis,
 * conj). "Who attacked?" has no noun before it and stays as it is.
 */
export function repairRelativeClauses(t: RepairTree): void {
  for (let i = 0; i < t.n; i++) {
    if (!isRelativeArgument(t, i)) continue;
    const clause = t.head(i);
    if (clause < 0 || t.head(clause) < 0 || t.rel(clause).startsWith("acl")) continue;
    const antecedent = antecedentBefore(t, i);
    if (antecedent < 0 || t.dominates(clause, antecedent)) continue;
    t.attach(clause, antecedent, "acl:relcl");
  }
}

/**
 * "He Lifeng, who led the talks, said the deal was positive": the parser may make the relative clause
 * the sentence (its verb the root, "said" a conjunct of "led") or hang it off the subject. A verb after
 * the clause's closing comma that hangs on the clause with no subject and no coordinator of its own is
 * the main verb: it takes the root, the noun phrase before "who" becomes its subject, and the clause
 * that phrase's relative clause.
 */
export function repairSwallowedMainClauses(t: RepairTree): void {
  for (let i = 0; i < t.n; i++) {
    if (!isRelativeArgument(t, i)) continue;
    const clause = t.head(i);
    const antecedent = antecedentBefore(t, i, true);
    if (clause < 0 || antecedent < 0) continue;
    const subject = phraseTop(t, antecedent, i);
    const root = t.root();
    if (root !== clause && root !== subject) continue;
    const main = t.child(clause, (v) => v > clause && t.upos(v) === "VERB" && /^(conj|parataxis)$/.test(t.rel(v))
      && t.form(v - 1) === "," && !t.hasRelation(v, /^(nsubj|csubj)|^cc$/));
    if (main < 0 || t.dominates(main, subject)) continue;
    t.attach(main, -1, "root");
    t.attach(subject, main, "nsubj");
    t.attach(clause, antecedent, "acl:relcl");
    // What followed the main verb and hung on the old root (the full stop) is the main verb's.
    t.moveDependents(root, main, (k) => k > main);
    t.moveDependents(clause, main, (k) => k > main);
  }
}

/**
 * "Pakistan's National Security Committee, which met under Prime Minister Shehbaz Sharif, said": the parser
 * may hang the relative clause on the main verb as its complement, with the noun phrase before "which" as
 * the clause's object. That phrase is the subject of the main verb after the clause, and the clause its
 * relative clause.
 */
export function repairRelativeClausesTakenAsComplements(t: RepairTree): void {
  for (let i = 0; i < t.n; i++) {
    if (!isRelativeArgument(t, i)) continue;
    const clause = t.head(i);
    const main = clause < 0 ? -1 : t.head(clause);
    if (main <= clause || t.upos(main) !== "VERB" || !/^(ccomp|advcl|parataxis|csubj)$/.test(t.rel(clause)) || t.hasRelation(main, /^(nsubj|csubj)/)) continue;
    const antecedent = antecedentBefore(t, i, true);
    if (antecedent < 0) continue;
    const subject = phraseTop(t, antecedent, i);
    if (t.head(subject) !== clause) continue;
    t.attach(subject, main, "nsubj");
    t.attach(clause, antecedent, "acl:relcl");
  }
}

function isRelativeArgument(t: RepairTree, i: number): boolean {
  return RELATIVE_PRONOUNS.has(t.word(i)) && t.upos(i) === "PRON" && /^(nsubj|obj)/.test(t.rel(i));
}

/** The nominal before a relative pronoun (over a comma), or the name it is part of. */
function antecedentBefore(t: RepairTree, pronoun: number, adjectiveNouns = false): number {
  let k = pronoun - 1;
  if (k >= 0 && t.upos(k) === "PUNCT") k--;
  if (k < 0 || !(adjectiveNouns ? t.isNominal(k) : NOMINAL.has(t.upos(k)) && t.upos(k) !== "PRON")) return -1;
  return t.nameHead(k);
}

/** The top of the noun phrase a word is part of, before `limit`: "Georgescu, a little-known independent" from "independent". */
function phraseTop(t: RepairTree, k: number, limit: number): number {
  let at = k;
  while (t.head(at) >= 0 && t.head(at) < at && t.head(at) < limit && /^(appos|conj|flat|compound)$/.test(t.rel(at)) && t.isNominal(t.head(at))) at = t.head(at);
  return at;
}

/**
 * "Colombia, the third largest U.S. trading partner in Latin America, swiftly responded": after a long
 * apposition or title the parser may make the subject the root and hang the verb on it (parataxis, an
 * adverbial or relative clause with no marker or relative word, a conjunct with no coordinator), or on
 * a noun inside it ("Russian aircraft including helicopter gunships killed 46 civilians": a participle
 * with an object, or the sentence's only verb). A nominal root without a copula whose first such verb
 * has no subject of its own is that verb's subject; in a chain of titles and names ("Arab League
 * Secretary-General Chedli Klibi today urged") the name nearest the verb is, and the chain's first word
 * its compound.
 */
export function repairNominalRoots(t: RepairTree): void {
  const root = t.root();
  if (root < 0 || !NOMINAL.has(t.upos(root)) || t.upos(root) === "PRON" || t.hasRelation(root, /^cop$/)) return;
  const verb = verbOfNominalRoot(t, root);
  // "Clashes in Tripoli, killing 12": a participle without an auxiliary is no main verb.
  if (verb < 0 || /ing$/i.test(t.form(verb))) return;
  if (t.hasRelation(verb, /^(nsubj|csubj|expl)|^cc$|^mark$/) || t.child(verb, (k) => RELATIVE_PRONOUNS.has(t.word(k))) >= 0) return;
  const subject = nameBeforeVerb(t, root, verb);
  t.attach(verb, -1, "root");
  t.attach(subject, verb, "nsubj");
  if (subject !== root) t.attach(root, subject, "compound");
  t.moveDependents(root, verb, (k) => k > verb);
}

/** The first verb after a nominal root that would be its predicate: hung on it, or a participle inside its phrase. */
function verbOfNominalRoot(t: RepairTree, root: number): number {
  for (let v = root + 1; v < t.n; v++) {
    if (t.upos(v) !== "VERB") continue;
    if (t.head(v) === root && /^(parataxis|acl:relcl|conj|dep|advcl)$/.test(t.rel(v))) return v;
    // "Boluarte, 60, a lawyer who becomes president, called for ...": hung on the root's apposition after a comma.
    const up = t.head(v);
    if (up >= 0 && t.head(up) === root && t.rel(up) === "appos" && /^(parataxis|conj)$/.test(t.rel(v)) && t.form(v - 1) === ",") return v;
    if (t.rel(v) === "acl" && isPastForm(t.form(v), t.a.lemma[v]) && withinPhrase(t, t.head(v), root)
      && (t.hasRelation(v, /^obj$/) || onlyPredicate(t, v))) return v;
  }
  return -1;
}

/** A noun inside the root's phrase: the root itself, or one hung on it through nominal modifiers. */
function withinPhrase(t: RepairTree, k: number, root: number): boolean {
  for (let at = k, steps = 0; at >= 0 && steps <= t.n; at = t.head(at), steps++) {
    if (at === root) return true;
    if (!NOMINAL.has(t.upos(at)) || !t.rel(at).startsWith("nmod")) return false;
  }
  return false;
}

/**
 * "Tens of thousands of Georgians marched in Tbilisi.": a participle that is the sentence's only verb and
 * names no agent ("by") is its predicate; news prose does not drop "were" outside its headlines.
 */
function onlyPredicate(t: RepairTree, v: number): boolean {
  if (t.child(v, (k) => t.rel(k).startsWith("obl") && t.child(k, (c) => t.word(c) === "by") >= 0) >= 0) return false;
  const verbal = (k: number) => t.upos(k) === "VERB" || t.upos(k) === "AUX";
  let inside = 0;
  for (const stack = [v]; stack.length;) {
    const k = stack.pop()!;
    if (verbal(k)) inside++;
    stack.push(...t.children(k));
  }
  let all = 0;
  for (let k = 0; k < t.n; k++) if (verbal(k)) all++;
  return inside === all;
}

/** The name right before a verb (over adverbs and days) when it ends a chain of capitalised words from the root, else the root. */
function nameBeforeVerb(t: RepairTree, root: number, verb: number): number {
  const k = t.beforeAdverbs(verb, root, true);
  if (k <= root || t.upos(root) !== "PROPN" || t.upos(k) !== "PROPN") return root;
  for (let j = root + 1; j < k; j++) if (t.upos(j) !== "PROPN" && t.form(j) !== "-") return root;
  const name = t.nameHead(k);
  return name > root ? name : root;
}

/**
 * "Khamenei threatened “severe punishment,” saying": the parser may read a verb before its object as
 * the object's modifier (amod) and give the noun, or the verb, the subject. A noun with a subject and no
 * copula is no predicate, and a modifier has no subject: the verb between them is, with the subject its
 * own and the noun its object; the clauses and punctuation the noun had after it are the verb's.
 */
export function repairVerbsReadAsModifiers(t: RepairTree): void {
  for (let v = 1; v < t.n; v++) {
    const noun = t.head(v);
    if (t.upos(v) !== "VERB" || t.rel(v) !== "amod" || noun <= v || !NOMINAL.has(t.upos(noun))) continue;
    // The subject the noun holds, or one the parser gave the verb itself (a modifier has none).
    const subject = earliest(t.child(noun, (k) => k < v && t.rel(k).startsWith("nsubj")), t.child(v, (k) => k < v && t.rel(k).startsWith("nsubj")));
    if (subject < 0 || t.hasRelation(noun, /^cop$/)) continue;
    t.attach(v, t.head(noun), t.rel(noun));
    t.attach(noun, v, "obj");
    t.attach(subject, v);
    for (const k of [...t.children(noun)]) {
      if (k > noun && /^(acl|advcl|punct|parataxis)$/.test(t.rel(k))) t.attach(k, v, t.rel(k) === "acl" ? "advcl" : undefined);
    }
  }
}

/**
 * "Police used tear gas", "Guerrillas wounded two soldiers, police said": the parser, used to web
 * text's reduced relatives ("the car used by"), may read a news sentence's verb as a participle on its
 * subject. A passive participle on a noun takes no object; one that has an object (and no subject,
 * auxiliary or marker of its own) right after the noun is the noun's verb. It takes the noun's place:
 * the sentence's root, the clause a speech verb with a second subject reports, or the clause a verb of
 * saying takes ("said the attack targeted members").
 */
export function repairReducedRelatives(t: RepairTree): void {
  for (let v = 1; v < t.n; v++) {
    if (t.upos(v) !== "VERB" || t.rel(v) !== "acl" || !isPastForm(t.form(v), t.a.lemma[v])) continue;
    const noun = t.head(v);
    if (noun < 0 || noun > v || !NOMINAL.has(t.upos(noun))) continue;
    if (!t.hasRelation(v, /^obj$/) || t.hasRelation(v, /^(nsubj|aux|mark|cop)/)) continue;
    // "the town, shelled overnight": a comma sets a participle apart; news verbs follow their subject directly.
    if (t.a.upos.slice(noun + 1, v).includes("PUNCT")) continue;
    const up = t.head(noun);
    const secondSubject = up >= 0 && t.rel(noun).startsWith("nsubj") && t.child(up, (k) => k > v && t.rel(k).startsWith("nsubj")) >= 0;
    // "He said the attack targeted members of ...": a verb of saying takes a clause, not a noun and its participle.
    const reported = up >= 0 && t.rel(noun) === "obj" && CLAUSE_TAKERS.has(t.a.lemma[up].toLowerCase());
    if (up >= 0 && !secondSubject && !reported) continue;
    t.attach(v, up, up < 0 ? "root" : "ccomp");
    t.attach(noun, v, "nsubj");
    // What hung from the noun after the verb (the full stop, a clause) belongs to the verb now.
    t.moveDependents(noun, v, (k) => k > v);
  }
}

/**
 * "Soldiers led by General Tiani detained Bazoum": a verb with an agent ("by") and no "be" is a passive
 * participle, so it modifies the noun before it; the parser, taking it for the sentence's verb, hangs the
 * real one on it (xcomp, conj). That verb takes its place, with the noun for its subject.
 */
export function repairAgentParticiples(t: RepairTree): void {
  for (let v = 1; v < t.n; v++) {
    if (t.upos(v) !== "VERB" || !t.hasRelation(v, /^obl:agent$/) || t.hasRelation(v, /^(aux|cop|mark)/)) continue;
    const subject = t.child(v, (k) => k < v && t.rel(k) === "nsubj");
    // The verb after it: hung on it, or beside it on the same head ("when members, led by X, detained him").
    const isMain = (k: number) => k > v && t.upos(k) === "VERB" && /^(xcomp|conj|parataxis|ccomp)$/.test(t.rel(k)) && !t.hasRelation(k, /^(nsubj|csubj|mark|cc$)/);
    const up = t.head(v);
    const main = earliest(t.child(v, isMain), up >= 0 ? t.child(up, isMain) : -1);
    if (subject < 0 || main < 0) continue;
    t.attach(main, up, t.rel(v));
    // What the participle held before its subject ("when") and after the main verb belongs to the main verb.
    t.moveDependents(v, main, (k) => k < subject || k > main);
    t.attach(subject, main);
    t.attach(v, subject, "acl");
  }
}

/** The earlier of two words, either of which may be missing (-1). */
function earliest(x: number, y: number): number {
  return x < 0 ? y : y < 0 ? x : Math.min(x, y);
}

/** Verbs whose infinitive complement says what is agreed, promised, refused or sought. */
const INFINITIVE_TAKERS = new Set(["agree", "decide", "promise", "pledge", "vow", "refuse", "threaten", "plan", "try", "seek", "fail",
  "want", "offer", "undertake", "resolve", "move", "prepare", "intend", "aim", "hope", "expect", "continue", "begin", "start"]);

/**
 * "agreed in principle on Saturday to provide aid", "agreed in Geneva to resume talks": an infinitive the
 * parser hung on the noun of a phrase between a verb and it belongs to the verb, when the verb takes one
 * and has none.
 */
export function repairDisplacedInfinitives(t: RepairTree): void {
  for (let v = 1; v < t.n; v++) {
    const noun = t.head(v);
    if (t.rel(v) !== "acl" || t.upos(v) !== "VERB" || noun < 0 || noun > v || t.child(v, (k) => k < v && t.rel(k) === "mark" && t.word(k) === "to") < 0) continue;
    if (!t.rel(noun).startsWith("obl") || t.child(noun, (k) => t.rel(k) === "case") < 0) continue;
    const verb = t.head(noun);
    if (verb < 0 || t.upos(verb) !== "VERB" || !INFINITIVE_TAKERS.has(t.a.lemma[verb].toLowerCase()) || t.hasRelation(verb, /^(xcomp|ccomp|obj)$/)) continue;
    t.attach(v, verb, "xcomp");
  }
}

/**
 * "reiterated its demand today that Israel ease restrictions", "announced on Thursday that Georgia would
 * suspend talks": a "that" the parser took for a relative pronoun, on a day or in a clause whose verb has an
 * object of its own, is the clause's marker. A clause hung on a day belongs to the verb's object before the
 * day ("its demand ... that"), else to the verb itself (what it says). "Kobakhidze announced ... that
 * Georgia would suspend talks", hung on the subject of a verb before it, is what that verb says too.
 */
export function repairThatClauses(t: RepairTree): void {
  for (let v = 1; v < t.n; v++) {
    if (!t.rel(v).startsWith("acl") || !t.hasRelation(v, /^nsubj/)) continue;
    const that = t.child(v, (k) => k < v && t.word(k) === "that" && (t.rel(k) === "mark" || t.rel(k) === "obj"));
    if (that < 0) continue;
    const up = t.head(v);
    const onDay = up >= 0 && DAY_WORDS.has(t.word(up)) && t.head(up) >= 0;
    if (t.rel(that) === "obj" && !onDay && t.child(v, (k) => k > v && t.rel(k) === "obj") < 0) continue;
    t.attach(that, v, "mark");
    t.a.upos[that] = "SCONJ";
    if (onDay) {
      const verb = t.head(up);
      const object = t.children(verb).filter((k) => k < up && NOMINAL.has(t.upos(k)) && t.upos(k) !== "PRON" && t.rel(k) === "obj").pop();
      if (object !== undefined) t.attach(v, object, "acl");
      else t.attach(v, verb, "ccomp");
      continue;
    }
    // The subject the clause hangs in, through a name's title words ("Prime Minister Irakli Kobakhidze").
    let subject = up;
    for (let steps = 0; subject >= 0 && steps < 4 && /^(flat|appos|compound|nmod:desc)$/.test(t.rel(subject)); steps++) subject = t.head(subject);
    const said = subject >= 0 ? t.head(subject) : -1;
    if (said >= 0 && said < v && t.rel(subject).startsWith("nsubj") && t.upos(said) === "VERB") t.attach(v, said, "ccomp");
    else t.attach(v, up, "acl");
  }
}

/**
 * "threw stones and set fire to a patrol car": a verb coordinated with a verb's object joins like with like,
 * the verb, and shares its subject; the parser may hang it on the object before the "and".
 */
export function repairVerbConjunctsOfObjects(t: RepairTree): void {
  for (let v = 2; v < t.n; v++) {
    const object = t.head(v);
    if (t.upos(v) !== "VERB" || t.rel(v) !== "conj" || object < 0 || object > v || !NOMINAL.has(t.upos(object)) || t.rel(object) !== "obj") continue;
    const verb = t.head(object);
    if (verb < 0 || t.upos(verb) !== "VERB" || t.hasRelation(v, /^(nsubj|mark)/) || !t.hasRelation(v, /^cc$/)) continue;
    t.attach(v, verb, "conj");
  }
}
