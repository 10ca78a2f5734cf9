// Who does what to whom, read from the dependency tree: the subject of a verb (through coordination,
// control, relative and participial clauses), its object and the prepositional phrases it governs,
// passives and their agents, coordinated sides. A role the tree does not give is no role: an event
// or quote then goes without that side rather than taking the nearest name.
import type { ActorIndex, Chunk } from "./actors.ts";
import { NOUNS } from "./nouns.ts";
import { SPEECH_VERBS } from "./speech.ts";

/** Prepositions whose noun phrase is the one acted on ("attack on", "talks with", "aid to"). */
const TARGET_PREPOSITIONS = new Set(["on", "against", "to", "with", "at", "toward", "towards", "into", "upon", "for", "from", "over"]);
/** Prepositions of place: "in Kuala Lumpur" is where, not whom. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across", "throughout", "around", "along", "off"]);
/** Prepositions that only ever say where: "near the border with Finland" names no one acted on. */
const ONLY_WHERE = new Set(["near", "along", "across", "outside", "inside", "around", "off", "throughout"]);
/** Relative pronouns: the subject of a relative clause is the noun the clause modifies. */
const RELATIVES = new Set(["who", "which", "that", "whom"]);
/** Verb particles the parser may hang a verb's phrase on ("strike back at", "lashed out at"). */
const PARTICLES = new Set(["back", "out", "down", "off", "up", "away"]);
/** Verbs whose object is who does the act of their infinitive ("urged Moscow to halt", "asked them to leave"). */
const OBJECT_CONTROL = new Set(["urge", "ask", "call", "order", "tell", "force", "press", "invite", "encourage", "allow", "persuade", "pressure", "warn", "advise", "instruct", "request", "authorize", "authorise", "compel", "appeal"]);

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

export const hasActor = (c: Chunk | undefined): boolean => !!c && (!!c.head || !!c.possessor || c.pair);

/** Pronouns by which a speaker names themselves or their side: in a quote, the quote's speaker. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(["we", "i", "us", "me", "our", "my"]);

/** The noun phrase a tree word stands in; through "envoys from Qatar", "tens of thousands of students". */
export function chunkOfToken(ix: ActorIndex, t: number, depth = 0): Chunk | undefined {
  if (t < 0) return undefined;
  const c = ix.chunkAt[t];
  const chunk = c >= 0 ? ix.chunks[c] : undefined;
  // "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher said":
  // a title chain ends at the person it names.
  const named = chunk?.head?.isPerson ? undefined : personEndingPhrase(ix, t, chunk);
  if (named) return named;
  // "Russia's special envoy, Kirill Dmitriev, said": the name in apposition stands for the description.
  if (!chunk?.head || chunk.head.kind !== "entity") {
    for (const k of ix.tree.childrenWith(t, "appos")) {
      const named = ix.chunkAt[k] >= 0 ? ix.chunks[ix.chunkAt[k]] : undefined;
      if (named?.head?.kind === "entity") return named;
    }
  }
  // "members of his guard, led by General Tiani": a group nothing places acts for the one who leads it.
  if (!chunk?.head || isUnplacedPeople(chunk)) {
    const leader = leaderOf(ix, t);
    if (leader) return leader;
  }
  // "A drone launched by the RSF struck": a weapon acts for the one who launched, fired or planted it.
  if (!chunk?.head && NOUNS.weapons.has(ix.tree.lemma(t))) {
    const user = agentOfParticiple(ix, t, () => true);
    if (user) return user;
  }
  // "The top diplomats from Rwanda and Congo", "envoys of the two sides": people the phrase does not
  // place act for the ones its "from"/"of" phrase names.
  if (chunk && hasActor(chunk) && !isUnplacedPeople(chunk)) return chunk;
  if (depth < 3) {
    for (const k of ix.tree.childrenWith(t, "nmod")) {
      const marker = ix.tree.marker(k);
      if (marker === "of" || marker === "from" || marker === "for") {
        const named = chunkOfToken(ix, k, depth + 1);
        if (named && hasActor(named)) return named;
      }
    }
  }
  // "the attack targeted ...": a noun phrase in subject position is the subject even when it names no one.
  return chunk;
}

/** The one named by the "led by" participle of a noun: "soldiers led by General Tiani". */
function leaderOf(ix: ActorIndex, t: number): Chunk | undefined {
  return agentOfParticiple(ix, t, (clause) => NOUNS.leader_verbs.has(ix.tree.lemma(clause)));
}

/** The "by" phrase, naming someone, of the first participle on `noun` that `accepts`: "the demonstration staged by students". */
function agentOfParticiple(ix: ActorIndex, noun: number, accepts: (clause: number) => boolean): Chunk | undefined {
  const { tree } = ix;
  for (const clause of tree.childrenWith(noun, "acl")) {
    if (!accepts(clause)) continue;
    const by = tree.childrenWith(clause, "obl").find((k) => tree.marker(k) === "by");
    const agent = by === undefined ? undefined : chunkOfToken(ix, by);
    if (agent && hasActor(agent)) return agent;
  }
  return undefined;
}

/** "top diplomats", "officials": a group or description with no country, not a name. */
function isUnplacedPeople(chunk: Chunk): boolean {
  const actor = chunk.head;
  return !!actor && !chunk.possessor && !actor.ref.country && (actor.kind === "group" || actor.kind === "description");
}

/**
 * The person whose name ends the phrase of `t`, joined to it as part of a title (flat, compound or
 * apposition, with no preposition of its own): "Minister of State for the Middle East Hamish Falconer".
 * "An aide to Putin" ends in a person too, but behind a preposition: the aide is not Putin.
 */
function personEndingPhrase(ix: ActorIndex, t: number, own: Chunk | undefined): Chunk | undefined {
  const { tree } = ix;
  let last = tree.extent(t, CLAUSES_IN_A_PHRASE)[1];
  while (last > t && tree.upos(last) === "PUNCT") last--;
  const c = ix.chunkAt[last];
  const chunk = c >= 0 ? ix.chunks[c] : undefined;
  if (!chunk || chunk === own || chunk.head?.kind !== "entity" || !chunk.head.isPerson) return undefined;
  // The name's own first word: how the name, not the title words before it, hangs in the phrase.
  const name = chunk.head.first;
  // "for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher": a name with title words of
  // its own may hang as the last conjunct of the chain's titles.
  const titled = tree.base(name) === "conj" && tree.childrenWith(name, "compound").some((k) => k < name);
  return !tree.marker(name) && (TITLE_LINKS.has(tree.base(name)) || titled) ? chunk : undefined;
}

const TITLE_LINKS = new Set(["flat", "compound", "appos"]);
/** Clauses that may hang inside a noun phrase: its end is before them. Coordinated titles are not clauses. */
const CLAUSES_IN_A_PHRASE = new Set(["parataxis", "advcl", "ccomp", "acl", "acl:relcl", "csubj", "list"]);

/** The token of a chunk that its other words hang from (its head in the tree). */
export function chunkHead(ix: ActorIndex, chunk: Chunk): number {
  for (let t = chunk.first; t <= chunk.last; t++) {
    const h = ix.tree.head(t);
    if (h < chunk.first || h > chunk.last) return t;
  }
  return chunk.last;
}

/**
 * The subject token of the verb (or predicate) `v`: its own, else the one it shares with the verb it is
 * coordinated with, the controller of an infinitive, the noun a relative or participial clause
 * modifies, or the subject of the clause a participle hangs from ("..., saying ...").
 */
export function subjectToken(ix: ActorIndex, v: number, depth = 0): number {
  const { tree } = ix;
  if (v < 0 || depth > 6) return -1;
  const own = tree.child(v, "nsubj", "csubj");
  const relation = tree.relation(v);
  if (own >= 0) {
    const relative = RELATIVES.has(ix.words[own]) && tree.upos(own) === "PRON";
    return relative && tree.base(v) === "acl" ? tree.head(v) : own;
  }
  const up = tree.head(v);
  if (up < 0) return -1;
  if (relation === "conj" || relation === "xcomp") {
    if (relation === "xcomp" && OBJECT_CONTROL.has(tree.lemma(up))) {
      const object = tree.child(up, "obj", "iobj");
      if (object >= 0) return object;
    }
    return subjectToken(ix, up, depth + 1);
  }
  // "a day after ordering ...": a clause marked like an adverbial one tells of the main clause's subject.
  if (relation === "acl" && tree.child(v, "mark") >= 0 && tree.head(up) >= 0) return subjectToken(ix, tree.head(up), depth + 1);
  // "issued a declaration demanding", "adopted a resolution condemning": a document acts for its issuer.
  if (relation.startsWith("acl")) return isIssuedDocument(ix, up) ? subjectToken(ix, tree.head(up), depth + 1) : up;
  // "..., saying ...", "Having met X, Y said": a participle or infinitive without its own subject;
  // "..., having already met ASEAN" is one too when the parser sets it apart as parataxis.
  if (relation === "advcl" && tree.child(v, "mark") < 0) return subjectToken(ix, up, depth + 1);
  if (relation === "parataxis" && isParticiple(ix, v)) return subjectToken(ix, up, depth + 1);
  return -1;
}

/** A document noun naming no one, the object of the verb that issued it. */
function isIssuedDocument(ix: ActorIndex, t: number): boolean {
  const chunk = ix.chunkAt[t] >= 0 ? ix.chunks[ix.chunkAt[t]] : undefined;
  return NOUNS.documents.has(ix.tree.lemma(t)) && ix.tree.base(t) === "obj" && !chunk?.head && !chunk?.possessor;
}

/** "saying", "having met": a participle with no finite auxiliary ("were fleeing" is finite). */
function isParticiple(ix: ActorIndex, v: number): boolean {
  const auxiliaries = ix.tree.childrenWith(v, "aux").map((a) => ix.words[a]);
  if (auxiliaries.includes("having") || auxiliaries.includes("being")) return true;
  return ix.words[v].endsWith("ing") && auxiliaries.length === 0;
}

export function subjectOf(ix: ActorIndex, v: number): Chunk | undefined {
  const t = subjectToken(ix, v);
  return t < 0 ? undefined : chunkOfToken(ix, t);
}

/** "was shelled", "were detained", and participles modifying a noun ("militias backed by Iran"). */
export function isPassiveClause(ix: ActorIndex, v: number): boolean {
  const { tree } = ix;
  if (tree.isPassive(v)) return true;
  return tree.base(v) === "acl" && tree.upos(v) === "VERB" && !ix.words[v].endsWith("ing") && tree.child(v, "nsubj") < 0;
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
  const clause = ix.tree.child(v, "ccomp");
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
    // A phrase inside a phrase that names someone ("talks between X and Y in Helsinki") or a place ("near the
    // border with Finland") may still say where, never whom.
    if (depth < 2) readPhrases(ix, out, k, true, depth + 1, placesOnly || hasActor(chunk) || ONLY_WHERE.has(marker));
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

/** The other side of a coordinated subject: "Rubio and Lavrov", "Neither Lavrov nor Rubio". */
export function coordinatedWith(ix: ActorIndex, chunk: Chunk): Chunk | undefined {
  const t = chunkHead(ix, chunk);
  const first = ix.tree.firstConjunct(t);
  const others = ix.tree.conjuncts(first).filter((k) => k !== t && (k < chunk.first || k > chunk.last));
  for (const k of others) {
    const other = chunkOfToken(ix, k);
    if (other && other !== chunk && hasActor(other)) return other;
  }
  return undefined;
}

/** "aid for Romania and Poland", "sanctions on Iran, Libya and Sudan": every other phrase coordinated with `chunk`. */
export function conjunctsOf(ix: ActorIndex, chunk: Chunk): Chunk[] {
  const t = chunkHead(ix, chunk);
  const out: Chunk[] = [];
  for (const k of ix.tree.conjuncts(ix.tree.firstConjunct(t))) {
    if (k >= chunk.first && k <= chunk.last) continue;
    const other = chunkOfToken(ix, k);
    if (other && other !== chunk && hasActor(other) && !other.time && !out.includes(other)) out.push(other);
  }
  return out;
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
