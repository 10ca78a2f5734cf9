// Whom and where, read from the dependency tree: a verb's or an event noun's object and the prepositional
// phrases it governs (target, place, the agent of a passive, the other side), through its infinitive or its
// purpose (the subject is in subjects.ts, the noun phrase a word stands in in phrases.ts). A role the tree
// does not give is no role: an event or quote then goes without that side rather than taking the nearest name.
import type { ActorIndex, Chunk } from "./actors.ts";
import { NOUNS } from "./nouns.ts";
import { agentOfParticiple, chunkOfToken, hasActor } from "./phrases.ts";
import { SPEECH_VERBS } from "./speech.ts";
import { isPassiveClause, subjectToken } from "./subjects.ts";

/** Prepositions whose noun phrase is the one acted on ("attack on", "talks with", "aid to"). */
const TARGET_PREPOSITIONS = new Set(["on", "against", "to", "with", "at", "toward", "towards", "into", "upon", "for", "from"]);
/** Prepositions of cause, concession and time: "over their ties with Israel", "despite pressure by", "during the war against". */
const NOT_WHOM = new Set(["over", "despite", "amid", "about", "because", "due", "after", "before", "during", "following", "since"]);
/** Prepositions of place: "in Kuala Lumpur" is where, not whom. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across", "throughout", "around", "along", "off"]);
/** Prepositions that only ever say where: "near the border with Finland" names no one acted on. */
const ONLY_WHERE = new Set(["near", "along", "across", "outside", "inside", "around", "off", "throughout"]);
/** Verb particles the parser may hang a verb's phrase on ("strike back at", "lashed out at"). */
const PARTICLES = new Set(["back", "out", "down", "off", "up", "away"]);

export interface Objects {
  /** The object, or the noun phrase of a target preposition. */
  target?: Chunk;
  /** The other side of "between X and Y" or of a coordinated object. */
  partner?: Chunk;
  /** The phrase after "between": "X and Y", or a pair ("the two countries"). */
  between?: Chunk;
  /** The agent of a passive ("by X"). */
  agent?: Chunk;
  /** A place phrase ("in Kuala Lumpur"). */
  place?: Chunk;
  /** Last token of the trigger's clause, other clauses left out. */
  end: number;
}

/** The phrases a verb or an event noun governs: object, target phrase, agent, place, other side. */
export function objectsOf(ix: ActorIndex, head: number, depth = 0, objectIsTheme = false): Objects {
  const { tree } = ix;
  const out: Objects = { end: clauseEnd(ix, head) };
  const nominal = tree.upos(head) === "NOUN" || tree.upos(head) === "PROPN";
  const direct = nominal ? -1 : tree.child(head, "obj", "iobj");
  // "sent rescue teams to Myanmar", "offered its troops to Lebanon's president": what is given, or people
  // sent, are no target; whom they go to is.
  const recipient = direct >= 0 && isUnplacedGroup(ix, direct) ? recipientOf(ix, head) : -1;
  if (recipient >= 0) setTarget(ix, out, recipient);
  else if (direct >= 0 && !objectIsTheme && hasActor(chunkOfToken(ix, direct))) setTarget(ix, out, direct);
  readPhrases(ix, out, head, nominal);
  // "will strike back at Russia": a phrase the parser hangs on the verb's particle is the verb's.
  if (!nominal) for (const k of tree.childrenWith(head, "advmod", "compound:prt")) if (PARTICLES.has(tree.lemma(k))) readPhrases(ix, out, k, false);
  // "lifted sanctions on Syria", "a package of sanctions against Russia", "fired tear gas at protesters in
  // Nairobi", "massed troops near the border": the object's own phrases name whom and where.
  if (direct >= 0) readPhrases(ix, out, direct, true);
  // "prevented the demonstration staged by students": an act done to an act is done to its doers.
  if (direct >= 0 && !out.target && !out.agent) out.agent = participleAgent(ix, direct);
  // "threatened to strike Iran", "refused to meet Lavrov": the act's content names the one acted on;
  // "opened fire to disperse demonstrators": so does its purpose.
  if (!out.target && !nominal && depth < 3) {
    const purposes = clausesBeside(ix, head, direct).filter((k) => isPurpose(ix, k));
    const content = [tree.child(head, "xcomp"), ...purposes].find((k) => k >= 0);
    if (content !== undefined) {
      const inner = objectsOf(ix, content, depth + 1);
      out.target = inner.target;
      out.partner ??= inner.partner;
      // "threatened to impose a curfew in Algiers": where the act would be done.
      out.place ??= inner.place;
    }
  }
  // "demanded that the US cancel ...", "warned Israel would pay": who the clause a demand is about names;
  // "threatened severe punishment, saying Israel should brace itself": so does a participle's saying.
  if (!out.target && !nominal) out.target = reportedSubject(ix, head) ?? sayingOf(ix, head);
  // "its demand that Israel ease restrictions": so does a noun's content clause.
  if (!out.target && nominal) out.target = contentSubject(ix, head);
  return out;
}

/** "troops", "its soldiers": people of no named country, whose own phrase names no one. */
function isUnplacedGroup(ix: ActorIndex, t: number): boolean {
  const actor = ix.chunkAt[t] >= 0 ? ix.chunks[ix.chunkAt[t]].head : undefined;
  return actor?.kind === "group" && !actor.ref.country;
}

/** The "to" phrase of a verb that names someone: whom what the verb gives or sends goes to, or -1. */
function recipientOf(ix: ActorIndex, verb: number): number {
  return ix.tree.childrenWith(verb, "obl").find((k) => ix.tree.marker(k) === "to" && hasActor(chunkOfToken(ix, k))) ?? -1;
}

/**
 * The adverbial clauses of a verb, and those the parser hangs on its object instead ("opened fire to
 * disperse ...", "threatened severe punishment, saying ...").
 */
function clausesBeside(ix: ActorIndex, verb: number, object: number): number[] {
  return [...ix.tree.childrenWith(verb, "advcl"), ...(object >= 0 ? ix.tree.childrenWith(object, "acl") : [])];
}

/** "to disperse the crowd": an infinitive clause of purpose, without a subject of its own. */
function isPurpose(ix: ActorIndex, clause: number): boolean {
  const { tree } = ix;
  return tree.childrenWith(clause, "mark").some((k) => ix.words[k] === "to") && tree.child(clause, "nsubj") < 0;
}

/** "the demonstration staged by students": the agent of a participle (with no subject) on a noun. */
function participleAgent(ix: ActorIndex, noun: number): Chunk | undefined {
  return agentOfParticiple(ix, noun, (clause) => ix.tree.child(clause, "nsubj") < 0);
}

/** The subject of the clause `v` reports, when it names someone. */
function reportedSubject(ix: ActorIndex, v: number): Chunk | undefined {
  return namedSubject(ix, ix.tree.child(v, "ccomp"));
}

/** The subject of a noun's "that" clause, when it names someone: "the demand that Israel ease ...". */
function contentSubject(ix: ActorIndex, noun: number): Chunk | undefined {
  const { tree } = ix;
  return namedSubject(ix, tree.childrenWith(noun, "acl").find((k) => tree.childrenWith(k, "mark").some((m) => ix.words[m] === "that")) ?? -1);
}

/** The subject of `clause` (-1: none), when it names someone. */
function namedSubject(ix: ActorIndex, clause: number): Chunk | undefined {
  const subject = clause >= 0 ? chunkOfToken(ix, ix.tree.child(clause, "nsubj")) : undefined;
  return subject && hasActor(subject) ? subject : undefined;
}

/** "..., saying Israel should brace itself": what a speech participle of the trigger's clause says of whom. */
function sayingOf(ix: ActorIndex, head: number): Chunk | undefined {
  const { tree } = ix;
  for (const k of clausesBeside(ix, head, tree.child(head, "obj"))) {
    if (SPEECH_VERBS.has(tree.lemma(k)) && tree.child(k, "nsubj") < 0 && tree.child(k, "mark") < 0) return reportedSubject(ix, k);
  }
  return undefined;
}

/**
 * The prepositional phrases of a verb (obl) or a noun (nmod): agent, "between" sides, place, target;
 * through phrases that name no one to the phrases inside them ("of sanctions against Russia").
 */
function readPhrases(ix: ActorIndex, out: Objects, head: number, nominal: boolean, depth = 0, placesOnly = false): void {
  const { tree } = ix;
  for (const k of tree.childrenWith(head, nominal ? "nmod" : "obl")) {
    // "on the sidelines of the summit in Doha": a setting may say where, never whom.
    if (NOUNS.setting_nouns.has(tree.lemma(k))) {
      if (depth < 2) readPhrases(ix, out, k, true, depth + 1, true);
      continue;
    }
    const marker = tree.marker(k);
    const chunk = chunkOfToken(ix, k);
    if (!placesOnly && isMotive(ix, k)) {
      readMotive(ix, out, k);
      continue;
    }
    // A phrase inside a phrase that names someone ("talks between X and Y in Helsinki"), a place ("near the
    // border with Finland") or a cause ("over their ties with Israel") may still say where, never whom.
    if (depth < 2) readPhrases(ix, out, k, true, depth + 1, placesOnly || hasActor(chunk) || ONLY_WHERE.has(marker) || NOT_WHOM.has(marker));
    if (!chunk || chunk.time) continue;
    const actor = chunk.head ?? chunk.possessor;
    if (placesOnly) {
      if (PLACE_PREPOSITIONS.has(marker) && actor && (actor.place || actor.kind === "country" || actor.entityType === "LOC" || actor.entityType === "FAC")) out.place ??= chunk;
      continue;
    }
    if (marker === "by") out.agent ??= hasActor(chunk) ? chunk : undefined;
    else if (marker === "between" && hasActor(chunk)) {
      setTarget(ix, out, k, true);
      out.between = chunk;
    }
    else if (PLACE_PREPOSITIONS.has(marker) && actor && (actor.place || actor.kind === "country" || actor.entityType === "LOC" || actor.entityType === "FAC")) {
      out.place ??= chunk;
      // "launched drones at Kyiv": at a city is both where and whom (its country).
      if (marker === "at" && actor.place && !out.target) out.target = chunk;
    } else if (TARGET_PREPOSITIONS.has(marker) && hasActor(chunk) && !out.target) setTarget(ix, out, k);
  }
}

/**
 * "staged a hunger strike in protest against abuses", "fired rockets in retaliation": a bare singular noun
 * after "in" says why the act it hangs on was done; it is that act's motive, not an act of its own.
 */
export function isMotive(ix: ActorIndex, head: number): boolean {
  const { tree } = ix;
  if (tree.upos(head) !== "NOUN" || tree.marker(head) !== "in" || tree.head(head) < 0) return false;
  // Nothing before it: no determiner, modifier or name ("in Montenegro province" is a place).
  const bare = tree.children(head).every((k) => k > head || tree.base(k) === "case");
  const word = ix.words[head];
  return bare && /^\p{Ll}+$/u.test(word) && word === tree.lemma(head) && !ix.chunks[ix.chunkAt[head]]?.head;
}

/** Prepositions by which a motive names what it answers: "in protest of the government's refusal", "in retaliation against". */
const MOTIVE_OBJECTS = new Set(["of", "against", "at", "over", "for"]);

/** "in protest of the Russian government's refusal": the one a motive answers is the one the act is aimed at. */
function readMotive(ix: ActorIndex, out: Objects, motive: number): void {
  for (const k of ix.tree.childrenWith(motive, "nmod")) {
    if (MOTIVE_OBJECTS.has(ix.tree.marker(k)) && hasActor(chunkOfToken(ix, k))) setTarget(ix, out, k);
  }
}

function setTarget(ix: ActorIndex, out: Objects, t: number, always = false): void {
  const chunk = chunkOfToken(ix, t);
  if (!chunk || (!always && out.target)) return;
  out.target = chunk;
  const other = ix.tree.childrenWith(t, "conj").map((c) => chunkOfToken(ix, c)).find((c) => hasActor(c)) ?? coordinatedModifier(ix, t, chunk);
  if (other) out.partner = other;
}

/** "between Armenian and Azerbaijani troops": the other side a noun's coordinated nationality words name. */
function coordinatedModifier(ix: ActorIndex, t: number, own: Chunk): Chunk | undefined {
  for (const modifier of ix.tree.childrenWith(t, "amod")) {
    for (const k of [modifier, ...ix.tree.childrenWith(modifier, "conj")]) {
      const chunk = chunkOfToken(ix, k);
      if (chunk && chunk !== own && hasActor(chunk)) return chunk;
    }
  }
  return undefined;
}

/** Clauses hanging from a trigger that are not its clause: coordinated, reported, adverbial, relative. */
const OTHER_CLAUSES = new Set(["conj", "parataxis", "advcl", "ccomp", "acl:relcl", "csubj", "list"]);

/** The last token of the trigger's own clause; for a noun, of the clause of the verb that governs it. */
function clauseEnd(ix: ActorIndex, head: number): number {
  const { tree } = ix;
  const nominal = tree.upos(head) === "NOUN" || tree.upos(head) === "PROPN";
  const up = tree.head(head);
  const clause = nominal && up >= 0 && (tree.upos(up) === "VERB" || tree.upos(up) === "AUX") ? up : head;
  return Math.max(head, tree.extent(clause, OTHER_CLAUSES)[1]);
}


/** The word a verb acts on in the tree: its object, the subject of its passive, a noun's "of" phrase. */
export function patientToken(ix: ActorIndex, head: number): number {
  const { tree } = ix;
  const nominal = tree.upos(head) === "NOUN" || tree.upos(head) === "PROPN";
  if (nominal) return tree.childrenWith(head, "nmod").find((k) => tree.marker(k) === "of") ?? -1;
  if (isPassiveClause(ix, head)) return subjectToken(ix, head);
  const object = tree.child(head, "obj");
  if (object >= 0) return object;
  const content = tree.child(head, "xcomp");
  return content >= 0 ? patientToken(ix, content) : -1;
}
