// What kind of event the words make it: hypothetical ("could", "would"), future ("will meet",
// "plans to"), negated ("did not meet", "neither ... nor"), an intent, a refusal or a riot. The cue words
// are data (data/events/contexts.yaml); whether and when an event is recorded is in record.ts.
import type { PloverType } from "../model/index.ts";
import type { Actor, ActorIndex } from "../link/index.ts";
import { SPEECH_VERBS, subjectToken } from "../link/index.ts";
import { CONTEXTS } from "./contexts-file.ts";

const file = CONTEXTS;
const split = (list: string[]) => list.map((p) => p.toLowerCase().split(" "));
const CUES: Array<[string, string[][]]> = [
  ["hypothetical", split(file.hypothetical)],
  ["future", split(file.future)],
  ["negated", split(file.negated)],
  ["refused", split(file.refused)],
];
const FUTURE_OF_THE_PAST = split(file.future_of_the_past);
const TODAY = split(file.today);
const TODAY_FIRST = new Set(TODAY.map((c) => c[0]));
/** Verbs whose object names an act asked for or judged, not one reported ("halt the killing"). */
export const GOVERNORS: ReadonlySet<string> = new Set(file.governors);
/** Verbs whose "of"/"for" clause is the act they lay at someone's door ("accused the army of shelling"). */
export const CLAIMERS: ReadonlySet<string> = new Set(file.claimers);

const CROWD_TYPES = new Set(file.crowd_violence.types);
const CROWDS = new Set(file.crowd_violence.crowds);
/** The CAMEO code of a riot. */
export const RIOT_CAMEO = file.crowd_violence.cameo;

const SAID_PROTESTS = new Set(file.protest_in_words.verbs);
/** The CAMEO code of a protest in words. */
export const SAID_PROTEST_CAMEO = file.protest_in_words.cameo;

/** "Japan's government protested against the ban": a state or a person protesting in words accuses. */
export function isProtestInWords(ix: ActorIndex, type: string, head: number, source: Actor): boolean {
  return type === "PROTEST" && (source.kind === "country" || !!source.isPerson) && SAID_PROTESTS.has(ix.tree.lemma(head).toLowerCase());
}

/** "Demonstrators stormed parliament": an attack or seizure by a crowd of protesters is a riot. */
export function isCrowdViolence(ix: ActorIndex, type: string, source: Actor): boolean {
  if (!CROWD_TYPES.has(type) || source.kind === "entity") return false;
  // The lemma, or the plain plural ("Demonstrators" opening a sentence keeps its -s as a lemma).
  const word = ix.words[source.last];
  return CROWDS.has(ix.tree.lemma(source.last).toLowerCase()) || CROWDS.has(word) || CROWDS.has(word.replace(/s$/, ""));
}

/** Verbs whose subject reports or watches an act, rather than doing it. */
export const REPORTERS: ReadonlySet<string> = new Set(file.reporters);
const ANNOUNCERS = new Set(file.announcers.verbs);
const REPORTED_ONLY = new Set(file.announcers.reported_only);
const FOR_OTHERS = file.announcers.for_others;
/** "announced that Georgia would suspend talks": the trigger's clause is what an announcer verb reports. */
export function announcedClause(ix: ActorIndex, head: number): boolean {
  const { tree } = ix;
  const up = tree.head(head);
  return up >= 0 && tree.base(head) === "ccomp" && ANNOUNCERS.has(tree.lemma(up));
}

/**
 * "Italy announced a suspension of air links": a verb that makes its subject's own act of this type
 * public, unless the subject's role is to speak for others ("Kremlin spokesman Dmitry Peskov").
 */
export function announcesOwnAct(verb: string, type: string, role: string | undefined): boolean {
  const speaksForOthers = !!role && role.toLowerCase().split(/\s+/).some((w) => FOR_OTHERS.includes(w));
  return ANNOUNCERS.has(verb) && !REPORTED_ONLY.has(type) && !speaksForOthers;
}
function cueAt(ix: ActorIndex, cue: string[], k: number): boolean {
  return cue.every((w, i) => ix.words[k + i] === w || ix.tokens.lemma[k + i] === w);
}

/** Relations of the words that qualify their head: auxiliaries, adverbs ("not"), markers ("if", "without"), determiners ("no"). */
const QUALIFIERS = new Set(["aux", "advmod", "mark", "det", "amod", "cc:preconj", "case"]);
/** Relations through which an act is the content of the word above it: "plans to meet", "ready to strike". */
const CHAINS = new Set(["xcomp"]);

/**
 * The words whose cues scope over the trigger: the trigger, the verbs above it through infinitive chains
 * ("is expected to plan to meet"), the verb whose object an event noun is ("did not hold talks"), and the
 * auxiliaries, adverbs, markers and determiners of each. Another clause's words ("said it would not",
 * "if the talks fail, ...") are outside it.
 */
function scopeOf(ix: ActorIndex, head: number): { scope: Set<number>; clause: number } {
  const { tree } = ix;
  const scope = new Set<number>();
  let at = head;
  const nominal = tree.upos(head) === "NOUN" || tree.upos(head) === "PROPN";
  if (nominal) {
    for (const c of tree.children(head)) if (QUALIFIERS.has(tree.relation(c)) || QUALIFIERS.has(tree.base(c))) scope.add(c);
    if (tree.base(head) !== "obj" || tree.head(head) < 0) return { scope, clause: -1 };
    at = tree.head(head);
  }
  // The trigger's own words are its act, not a cue about it ("threatened to" is a threat, not hypothetical).
  for (let steps = 0; at >= 0 && steps < 8; steps++) {
    if (at !== head) scope.add(at);
    for (const c of tree.children(at)) {
      if (QUALIFIERS.has(tree.relation(c)) || QUALIFIERS.has(tree.base(c))) scope.add(c);
      // "Neither X nor Y met": the negation stands on the subject.
      if (tree.base(c) === "nsubj") for (const p of tree.childrenWith(c, "cc:preconj")) scope.add(p);
    }
    if (!CHAINS.has(tree.relation(at))) break;
    at = tree.head(at);
  }
  return { scope, clause: at };
}

/** Hypothetical, future and negated contexts from the cues that scope over the trigger in the tree. */
export function contextsOf(ix: ActorIndex, head: number): string[] {
  const found = new Set<string>();
  const { scope, clause } = scopeOf(ix, head);
  for (const k of scope) {
    const reportedFuture = FUTURE_OF_THE_PAST.some((c) => cueAt(ix, c, k)) && isToldInThePast(ix, clause);
    if (reportedFuture) found.add("future");
    else for (const [context, cues] of CUES) if (cues.some((c) => cueAt(ix, c, k))) found.add(context);
  }
  return [...found];
}

/**
 * "Iraq said it would allow the inspectors back": a clause that a verb of saying in the past reports, where
 * "would" tells what was then still to come (the speaker's intent), not a supposition.
 */
function isToldInThePast(ix: ActorIndex, clause: number): boolean {
  const { tree } = ix;
  const verb = clause >= 0 && tree.base(clause) === "ccomp" ? tree.head(clause) : -1;
  if (verb < 0 || !(SPEECH_VERBS.has(tree.lemma(verb)) || ANNOUNCERS.has(tree.lemma(verb)))) return false;
  const word = ix.words[verb].toLowerCase();
  return word !== tree.lemma(verb) && !/(s|ing)$/.test(word);
}

/** Whether the sentence says the event happened on the day of publication. */
export function saysToday(ix: ActorIndex, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (TODAY_FIRST.has(ix.words[k]) && TODAY.some((c) => cueAt(ix, c, k))) return true;
  return false;
}

/** The type an announced act is coded as (AGREE for help, THREATEN for coercion), if its contexts make it an intent. */
export function intentType(type: string, contexts: string[], conditional = false, announced = false): PloverType | undefined {
  if (contexts.includes("refused")) return "REJECT";
  // Not doing a cooperative act ("failed to reach agreement", "will not withdraw") refuses it; not doing
  // any other ("will not attack") is no event.
  if (contexts.includes("negated")) return file.refusal.includes(type) || (contexts.includes("future") && isIntentOf("AGREE", type)) ? "REJECT" : undefined;
  // An act announced on a condition ("will withdraw unless ...") is a threat, whatever the act.
  if (conditional && contexts.includes("future")) return "THREATEN";
  // A measure decided: "will impose", or "would suspend" in what an announcer reports ("announced that
  // Georgia would suspend talks"), where "would" tells the future of the past.
  if (file.decided.includes(type) && (announced || (contexts.includes("future") && !contexts.includes("hypothetical")))) return undefined;
  for (const [intent, types] of Object.entries(file.intent)) {
    if (!types.includes(type)) continue;
    const cues = file.intent_contexts[intent] ?? [];
    if (contexts.some((c) => cues.includes(c))) return intent as PloverType;
  }
  return undefined;
}

function isIntentOf(intent: string, type: string): boolean {
  return file.intent[intent]?.includes(type) ?? false;
}

const NON_AGENTS = new Set(file.non_agents);

/**
 * "the earthquake that struck central Myanmar", "fighting that killed 35 people": a verb whose subject
 * is a natural or impersonal happening (non_agents in contexts.yaml) has no one doing it.
 */
export function hasNonAgentSubject(ix: ActorIndex, head: number): boolean {
  if (ix.tree.upos(head) !== "VERB") return false;
  const subject = subjectToken(ix, head);
  return subject >= 0 && (NON_AGENTS.has(ix.tree.lemma(subject)) || NON_AGENTS.has(ix.words[subject]));
}

/** Types whose event makes a later infinitive or "must" act in its sentence its content. */
export const CONTENT_CARRIERS: ReadonlySet<string> = new Set(file.content_carriers);
const CONTENT_MARKERS = new Set(file.content_markers);

/** "agreed to undertake joint military exercises": an act noun (or its modifier) that an infinitive takes as its object. */
function isInfinitiveObject(ix: ActorIndex, head: number): boolean {
  const { tree } = ix;
  const noun = tree.base(head) === "amod" || tree.base(head) === "compound" ? tree.head(head) : head;
  const verb = noun >= 0 && tree.base(noun) === "obj" ? tree.head(noun) : -1;
  return verb >= 0 && tree.childrenWith(verb, "mark").some((k) => ix.words[k] === "to");
}

/**
 * Whether the trigger at `head` is an infinitive, follows "must"/"should" (two words back at most), or is
 * a base form right after its subject, as a demand's clause puts it ("demanded that Karanja resign").
 */
export function isContentForm(ix: ActorIndex, head: number, sentenceFirst: number): boolean {
  if (ix.tokens.pos[head] === "VERB" && ix.words[head] === ix.tokens.lemma[head] && head > sentenceFirst && ix.chunkAt[head - 1] >= 0) return true;
  if (isInfinitiveObject(ix, head)) return true;
  for (let k = head - 1; k >= Math.max(sentenceFirst, head - 2); k--) {
    if (CONTENT_MARKERS.has(ix.words[k])) return true;
    if (ix.tokens.pos[k] !== "ADV" && ix.tokens.pos[k] !== "AUX") return false;
  }
  return false;
}
