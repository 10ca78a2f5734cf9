// Repairs of reported speech: which clause the speaker's own acts belong to.
import { isPastForm, RepairTree } from "./tree.ts";

/** Verbs of saying and knowing whose object, followed by a verb with an object of its own, is that verb's subject. */
export const CLAUSE_TAKERS: ReadonlySet<string> = new Set(["say", "claim", "insist", "believe", "think", "argue", "state", "allege", "suggest", "add", "note", "warn", "deny", "confirm", "admit", "acknowledge"]);

/** Acts done in words, which a speaker goes on to do after saying something: "said ..., and threatened". */
const SPEECH_ACTS: ReadonlySet<string> = new Set(["threaten", "warn", "vow", "pledge", "promise", "urge", "call", "demand", "accuse", "blame",
  "condemn", "deny", "reject", "add", "insist", "say", "announce", "declare"]);

/**
 * "Trump said American aircraft had obliterated the sites, and threatened further attacks": after a comma,
 * an act done in words, with no subject of its own, coordinated into what a speaker says is the speaker's
 * next act: the conjunct of the verb of saying, not of the reported clause's verb.
 */
export function repairSpeakersNextActs(t: RepairTree): void {
  for (let v = 2; v < t.n; v++) {
    const reported = t.head(v);
    if (t.upos(v) !== "VERB" || t.rel(v) !== "conj" || reported < 0 || t.rel(reported) !== "ccomp") continue;
    const saying = t.head(reported);
    if (saying < 0 || !CLAUSE_TAKERS.has(t.a.lemma[saying].toLowerCase()) || !SPEECH_ACTS.has(t.a.lemma[v].toLowerCase())) continue;
    if (t.hasRelation(v, /^(nsubj|aux)/) || !isPastForm(t.form(v), t.a.lemma[v]) || !isPastForm(t.form(saying), t.a.lemma[saying])) continue;
    const cc = t.child(v, (k) => k < v && t.rel(k) === "cc");
    if (cc < 1 || t.form(cc - 1) !== ",") continue;
    t.attach(v, saying, "conj");
  }
}

/** Verbs that report what the sentence before them told: "..., the minister announced on Wednesday". */
const REPORTING_VERBS: ReadonlySet<string> = new Set([...CLAUSE_TAKERS, "announce", "report", "tell"]);
const RELATIVE_WORDS: ReadonlySet<string> = new Set(["who", "whom", "which", "that", "whose", "where", "when"]);

/**
 * "Israel and Hamas have agreed to a ceasefire ..., Qatar's prime minister announced on Wednesday": a
 * reporting clause after a comma, with a subject of its own and nothing said in it (no object, no clause),
 * is the parenthetical that reports the sentence, not a relative clause on the noun before it (it has no
 * relative word): it hangs on the sentence's main verb, as UD's parataxis.
 */
export function repairReportingClauses(t: RepairTree): void {
  const root = t.root();
  for (let v = 2; v < t.n; v++) {
    if (root < 0 || v === root || t.upos(v) !== "VERB" || !/^(acl|advcl)/.test(t.rel(v)) || !REPORTING_VERBS.has(t.a.lemma[v].toLowerCase())) continue;
    const subject = t.child(v, (k) => k < v && t.rel(k) === "nsubj");
    if (subject < 0 || t.hasRelation(v, /^(obj|ccomp|xcomp|mark)$/) || t.dominates(v, root)) continue;
    let first = subject;
    while (t.children(first).length && t.children(first)[0] < first) first = t.children(first)[0];
    if (t.form(first - 1) !== "," || RELATIVE_WORDS.has(t.word(first))) continue;
    t.attach(v, root, "parataxis");
  }
}

/**
 * ""This is not the end," Vucic said, accusing the protesters of causing terror": a participle after a comma,
 * with no subject, auxiliary or marker of its own, is what the speaker did while saying it (advcl), not what
 * was said (ccomp): what was said has no comma before it and a subject.
 */
export function repairParticiplesAfterSaying(t: RepairTree): void {
  for (let v = 2; v < t.n; v++) {
    const saying = t.head(v);
    if (t.upos(v) !== "VERB" || t.rel(v) !== "ccomp" || saying < 0 || saying > v || t.form(v - 1) !== "," || !/ing$/i.test(t.form(v))) continue;
    if (!CLAUSE_TAKERS.has(t.a.lemma[saying].toLowerCase()) || t.hasRelation(v, /^(nsubj|aux|mark|cop)/)) continue;
    t.a.deprel[v] = "advcl";
  }
}
