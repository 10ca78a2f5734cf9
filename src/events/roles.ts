// The phrases a trigger's roles come from: the match's own slots, else the sentence's tree (subject,
// object, agent, the phrases of an act noun), the act an act noun stands for, the sides of the latest
// two-sided event for "the talks", and the one a threat's condition names.
import type { Actor, ActorIndex, Chunk, Objects } from "../link/index.ts";
import { actorOf, chunkOfToken, CLAUSAL_VERBS, coordinatedWith, hasActor, isPassiveClause, isUnplacedPeople, objectsOf, subjectOf, subjectToken } from "../link/index.ts";
import type { CodingContext } from "./code.ts";
import type { TriggerMatch } from "./match.ts";
import { announcesOwnAct, REPORTERS } from "./context.ts";
import { WORD_ACTS } from "./record.ts";
import { isRemarkAbout } from "./sense.ts";
import { authorOf } from "./authors.ts";

/** The phrases a trigger's roles come from: the match's own slots, else the sentence's structure. */
export interface Roles {
  nominal: boolean;
  objects: Objects;
  source?: Chunk;
  target?: Chunk;
  partner?: Chunk;
  /** The author of a told act that stands as the subject or object: "the attack targeted", "praised the strike". */
  sourceAuthor?: Actor;
  targetAuthor?: Actor;
}

/** "hosted talks between the two countries": the "between" phrase of an act noun, or of the verb whose object it is. */
function betweenOf(ix: ActorIndex, head: number, objects: Objects): Chunk | undefined {
  const { tree } = ix;
  if (objects.between || tree.base(head) !== "obj" || tree.head(head) < 0) return objects.between;
  const around = objectsOf(ix, tree.head(head)).between;
  return around && around.first > head ? around : undefined;
}

export function rolesOf(m: TriggerMatch, cc: CodingContext, sentence: number): Roles {
  const { ix } = cc;
  const { tree } = ix;
  const def = m.trigger.def;
  const head = m.head;
  // Nouns ("the attack") find their actors in their phrase; verbs and predicate adjectives ("was critical") in their clause.
  const nominal = tree.upos(head) === "NOUN" || tree.upos(head) === "PROPN";
  const objects = objectsOf(ix, head, 0, def.objectClass?.theme);
  const roles: Roles = { nominal, objects, source: m.source, target: m.target };
  if (!roles.source) {
    const governor = tree.head(head);
    const between = def.symmetric && nominal && !objects.partner ? betweenOf(ix, head, objects) : undefined;
    if (def.symmetric && nominal && objects.partner) {
      // "talks between X and Y": the two sides are named after the noun.
      roles.source = objects.target;
      roles.target = objects.partner;
    } else if (between?.pair && latestPair(cc, head)) {
      // "talks between the two countries": the sides of the latest two-sided event.
      roles.source = between;
    } else if (def.symmetric && nominal && governor >= 0 && (tree.marker(head) === "during" || (tree.marker(head) === "at" && hasCoordinatedSubject(ix, governor)))) {
      // "Xi told Trump during a phone call": the ones talking are the clause's subject and object; "Yoon and
      // Kishida agreed ... at a summit in Tokyo": its coordinated subjects.
      roles.source = subjectOf(ix, governor) ?? subjectOf(ix, tree.head(governor));
      const object = chunkOfToken(ix, tree.child(governor, "obj", "iobj"));
      if (object && object !== roles.source && tree.marker(head) === "during") roles.target = object;
    } else if (nominal) {
      // A noun inside a prepositional phrase ("at the start of the meeting", "during demonstrations")
      // is background to its clause: its own phrase must say whose it is.
      // "said he would lower tariffs after talks with Xi": talks with someone before or after the clause's
      // act are its subject's own.
      const sequenced = SEQUENCE_MARKERS.has(tree.marker(head)) && !!objects.target;
      const guess = def.symmetric && (!tree.marker(head) || sequenced) && governor >= 0 ? subjectOf(ix, governor) : undefined;
      // "The talks were held in Muscat": talks as the subject, with no one named, are the last two sides'.
      const own = nominalSource(ix, m);
      const chunk = ix.chunks[ix.chunkAt[head]];
      const isSubject = tree.base(head) === "nsubj";
      if (!own && def.symmetric && isSubject && chunk && isAnaphoric(ix, head) && latestPair(cc, head)) roles.source = { ...chunk, pair: true };
      else roles.source = own ?? objects.agent ?? guess;
    } else if (isPassiveClause(ix, head)) {
      const patient = subjectToken(ix, head);
      roles.target ??= patient < 0 ? undefined : chunkOfToken(ix, patient);
      roles.source = objects.agent ?? actDoneIn(cc, head);
    } else roles.source = subjectOf(ix, head);
  }
  // "the killing of Nasrallah in an Israeli air strike": by whoever did the act it was done in.
  if (nominal && !hasActor(roles.source)) roles.source = actDoneIn(cc, head) ?? roles.source;
  if (!roles.target) {
    // "rejected recent calls by Belarus's rulers": after an active verb, "by" names the one acted on.
    roles.target = objects.target ?? (nominal ? undefined : objects.agent);
    roles.partner = objects.partner;
  }
  if (!roles.target && nominal) roles.target = ofPhrase(ix, head);
  // "ordering new deliveries of weapons to Ukraine": the phrase may hang from the verb whose object the act is.
  if (!roles.target && nominal && tree.base(head) === "obj" && tree.head(head) >= 0) {
    const around = objectsOf(ix, tree.head(head));
    if (around.target && around.target.first > head) roles.target = around.target;
  }
  if (roles.target && isRemarkAbout(ix, head, roles.target)) roles.target = undefined;
  // "declared a state of emergency": the trigger's own words name no one ("summoned Niger's ambassador"
  // names Niger).
  const named = roles.target?.head;
  // A person or organisation the pattern's gap holds is its object ("placed Bongo under house arrest").
  if (named && named.kind !== "entity" && named.kind !== "name" && !named.ref.country && !roles.target?.possessor && named.first >= m.first && named.last <= m.last) roles.target = undefined;
  // "will withdraw its ambassador unless Russia frees ...": a threat, or an act on a condition, is aimed at the
  // one the condition names, rather than at people nothing places.
  if ((!roles.target || isUnplacedPeople(roles.target)) && (def.type === "THREATEN" || conditionOf(ix, head) >= 0)) roles.target = conditionSubject(ix, head) ?? roles.target;
  if (!nominal) {
    if (!hasActor(roles.source)) roles.sourceAuthor = authorOf(ix, cc.actNouns, cc.told, subjectToken(ix, head), sentence);
    // "rejected the accusation, saying the Houthis took their own decisions": the author of the act the
    // verb's object names is the one acted on, before anyone a saying or a reported clause names.
    // "protested against the ban": the act a verb is against stands as its object.
    const direct = tree.child(head, "obj");
    const object = direct >= 0 ? direct : tree.childrenWith(head, "obl").find((k) => OPPOSED_MARKERS.has(tree.marker(k) ?? "")) ?? -1;
    const author = authorOf(ix, cc.actNouns, cc.told, object, sentence, actorOf(ix, roles.source));
    if (author && roles.target && !m.target && chunkOfToken(ix, object) !== roles.target) roles.target = undefined;
    if (!hasActor(roles.target)) roles.targetAuthor = author;
  }
  return roles;
}

/** Prepositions by which a verb names the act it opposes: "protested against the ban", "complained over the strikes". */
const OPPOSED_MARKERS = new Set(["against", "over"]);

/**
 * "Yoon and Kishida agreed (on Thursday) to resume visits, at a summit": a clause whose subject is
 * coordinated with another actor, through the infinitive the place phrase hangs on.
 */
function hasCoordinatedSubject(ix: ActorIndex, verb: number): boolean {
  let at = verb;
  if (ix.tree.base(at) === "advcl" && ix.words[ix.tree.child(at, "mark")] === "to" && ix.tree.head(at) >= 0) at = ix.tree.head(at);
  const subject = subjectOf(ix, at);
  return !!subject && !!coordinatedWith(ix, subject);
}

/** Prepositions that put an act before or after the clause's: "after talks with", "ahead of a meeting with". */
const SEQUENCE_MARKERS = new Set(["after", "before", "following", "ahead of", "since"]);

/** Words that make an act noun a new act, not the one told before: "the next summit", "a new round". */
const NEW_ACT_WORDS = new Set(["next", "new", "upcoming", "future", "another", "planned", "first", "second", "third", "last", "previous"]);

/** "The talks were held in Muscat": a definite act noun tells of the act just told, "the next summit" does not. */
function isAnaphoric(ix: ActorIndex, noun: number): boolean {
  const { tree } = ix;
  const dependents = tree.children(noun).filter((k) => k < noun);
  return dependents.some((k) => tree.base(k) === "det" && ix.words[k] === "the") && !dependents.some((k) => NEW_ACT_WORDS.has(ix.words[k]));
}

/** Prepositions of the act something was done in or by: "killed in an Israeli strike", "died during Russian shelling". */
const IN_ACT = new Set(["in", "during", "by", "from", "with"]);

/** "were killed in an Israeli air strike": the act noun's phrase names who did it. */
function actDoneIn(cc: CodingContext, head: number): Chunk | undefined {
  const { ix } = cc;
  const { tree } = ix;
  const phrases = [...tree.childrenWith(head, "obl"), ...tree.childrenWith(head, "nmod")];
  for (const k of phrases) {
    if (!IN_ACT.has(tree.marker(k)) || !cc.actNouns.has(tree.lemma(k).toLowerCase())) continue;
    const chunk = ix.chunks[ix.chunkAt[k]];
    if (chunk && hasActor(chunk) && !chunk.time) return chunk;
  }
  return undefined;
}

/** "Russia's attack on", "Russian strikes", "their meeting", "launched an attack": who the noun's act is by. */
function nominalSource(ix: ActorIndex, m: TriggerMatch): Chunk | undefined {
  const { tree } = ix;
  const c = ix.chunkAt[m.head];
  if (c >= 0) {
    const chunk = ix.chunks[c];
    if (chunk.possessor) return chunk;
    if (chunk.head && chunk.head.first < m.head) return chunk; // "Russian strikes", "U.S. aid"
    if (ix.words[chunk.first] === "their") return { ...chunk, head: undefined, possessor: undefined, pair: true };
  }
  const agent = agentOf(ix, m.head, m.trigger.def.type);
  if (agent) return agent;
  // "had a "good meeting" with", "launched a new attack": the subject of the verb whose object the noun is,
  // unless that verb reports or watches the act ("said the attack targeted ...").
  // "pledged 500 million euros in military aid", "adopted a package of sanctions": through the measure to the object.
  let noun = m.head;
  for (let steps = 0; steps < 3 && tree.base(noun) === "nmod" && MEASURE_LINKS.has(tree.marker(noun)); steps++) noun = tree.head(noun);
  const verb = tree.head(noun);
  if (verb < 0 || tree.base(noun) !== "obj") return undefined;
  const lemma = tree.lemma(verb);
  const announcer = subjectOf(ix, verb);
  if (announcesOwnAct(lemma, m.trigger.def.type, announcer?.head?.ref.role)) return announcer;
  return REPORTERS.has(lemma) || CLAUSAL_VERBS.has(lemma) ? undefined : subjectOf(ix, verb);
}

/** Prepositions joining an amount or a kind to the act it measures: "euros in aid", "a package of sanctions". */
const MEASURE_LINKS = new Set(["of", "in"]);

/** "an appeal by the president", "demands from UNITA": who a noun's act is by, named in its phrase. */
function agentOf(ix: ActorIndex, head: number, type: string): Chunk | undefined {
  for (const k of ix.tree.childrenWith(head, "nmod")) {
    const marker = ix.tree.marker(k);
    if (marker !== "by" && !(marker === "from" && WORD_ACTS.has(type))) continue;
    const chunk = chunkOfToken(ix, k);
    if (chunk && actorOf(ix, chunk)) return chunk;
  }
  return undefined;
}

/** The infinitive of an act: "threatened to strike unless ...": a condition may hang from it. */
const INFINITIVE_LINKS: ReadonlySet<string> = new Set(["xcomp"]);
/** Relations down which a threat's content runs: "to stop negotiations to reduce weapons if ...". */
const CONTENT_LINKS: ReadonlySet<string> = new Set(["xcomp", "advcl", "obj", "acl"]);

/**
 * The clause a condition opens under the act ("unless Israel withdrew", "if the talks fail"), or -1: on the
 * act or, `depth` levels down, on what it governs through `links` (its infinitive, by default).
 */
export function conditionOf(ix: ActorIndex, head: number, links = INFINITIVE_LINKS, depth = 2): number {
  const { tree } = ix;
  let level = [head];
  for (let d = 0; d < depth && level.length; d++) {
    const next: number[] = [];
    for (const at of level) {
      for (const k of tree.children(at)) {
        if (tree.base(k) === "advcl" && tree.childrenWith(k, "mark").some((m) => ix.words[m] === "unless" || ix.words[m] === "if")) return k;
        if (links.has(tree.relation(k))) next.push(k);
      }
    }
    level = next;
  }
  return -1;
}

/** "threatened to strike unless Israel withdrew": a threat is aimed at the one its condition names. */
function conditionSubject(ix: ActorIndex, head: number): Chunk | undefined {
  // "threatened to stop negotiations to reduce nuclear weapons if the United States goes ahead": the condition
  // of a threat may hang anywhere in what is threatened, a few clauses down.
  const clause = conditionOf(ix, head, CONTENT_LINKS, 4);
  const subject = clause >= 0 ? subjectOf(ix, clause) : undefined;
  return subject && hasActor(subject) ? subject : undefined;
}

/** "the invasion of South Lebanon", "the release of 30 prisoners": a noun's "of" phrase is what it acts on. */
function ofPhrase(ix: ActorIndex, head: number): Chunk | undefined {
  for (const k of ix.tree.childrenWith(head, "nmod")) {
    if (ix.tree.marker(k) !== "of") continue;
    const chunk = chunkOfToken(ix, k);
    if (chunk && actorOf(ix, chunk)) return chunk;
  }
  return undefined;
}

/** The two sides a plural anaphor names: of the latest two-sided event, or of a later "X and Y" subject. */
export function latestPair(cc: CodingContext, before: number): [Actor, Actor] | undefined {
  let subject: { token: number; sides: [Actor, Actor] } | undefined;
  for (const p of cc.ix.subjectPairs) if (p.token < before) subject = p;
  if (subject && (cc.lastPairAt === undefined || subject.token > cc.lastPairAt)) return subject.sides;
  return cc.lastPair;
}

/** "accused each other", "blamed one another": the verb's object is the reciprocal pronoun. */
export function hasReciprocalObject(ix: ActorIndex, head: number): boolean {
  const object = ix.tree.child(head, "obj");
  return object >= 0 && ((ix.words[object] === "each" && ix.words[object + 1] === "other") || (ix.words[object] === "one" && ix.words[object + 1] === "another"));
}
