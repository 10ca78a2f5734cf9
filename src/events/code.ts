// Codes one trigger match into events: source and target from the sentence's structure, then date,
// place, quantities, contexts, evidence and a confidence.
import type { ActorRef, Event, Place, Quantity, Segments, Sentence, Timex } from "../model/index.ts";
import type { Actor, ActorIndex, Chunk, CountryGazetteer } from "../link/index.ts";
import { contextsOf, GOVERNORS, hasNonAgentSubject, intentType, isBackground, isHistorical, REPORTERS, WORD_ACTS } from "./context.ts";
import type { TriggerMatch } from "./match.ts";
import { actorOf, conjunctsAfter, coordinatedWith, objectsAfter, subjectAfterComma, subjectOf } from "../link/index.ts";
import type { Objects } from "../link/index.ts";
import { CLAUSAL_VERBS, SPEECH_VERBS } from "../link/index.ts";
import { datesOf } from "./when.ts";
import type { EventDate } from "./when.ts";

/** An event as coded, with what the merge step and users need to know about how it was found. */
export interface CodedEvent extends Event {
  /** The trigger file and pattern that coded it. */
  rule: string;
  /** Where the date came from: the event's clause, its sentence, a "day after" shift, or the publication date. */
  dateFrom?: EventDate["from"];
  /** Where a target not named as such came from: the same actor's earlier events, or the event's place. */
  targetFrom?: "article" | "place";
  symmetric: boolean;
  sentence: number;
}

/** What coding needs besides the match; `lastPair` carries the sides of the latest two-sided event. */
export interface CodingContext {
  text: string;
  segments: Segments;
  ix: ActorIndex;
  published?: string;
  quantities: Quantity[];
  sentenceTimexes: Array<Array<{ timex: Timex; first: number; last: number }>>;
  todayCues: boolean[];
  lastPair?: [Actor, Actor];
  /** Head token of the event that set `lastPair`. */
  lastPairAt?: number;
}

/** The two sides a plural anaphor names: of the latest two-sided event, or of a later "X and Y" subject. */
function latestPair(cc: CodingContext, before: number): [Actor, Actor] | undefined {
  let subject: { token: number; sides: [Actor, Actor] } | undefined;
  for (const p of cc.ix.subjectPairs) if (p.token < before) subject = p;
  if (subject && (cc.lastPairAt === undefined || subject.token > cc.lastPairAt)) return subject.sides;
  return cc.lastPair;
}

const KIND_WEIGHT: Record<Actor["kind"], number> = { entity: 1, description: 0.85, country: 0.85, pronoun: 0.75, group: 0.6, name: 0.6 };

/** The phrases a trigger's roles come from: the match's own slots, else the sentence's structure. */
interface Roles {
  nominal: boolean;
  objects: Objects;
  source?: Chunk;
  target?: Chunk;
  partner?: Chunk;
}

export function codeMatch(m: TriggerMatch, s: Sentence, sentenceIndex: number, cc: CodingContext): CodedEvent[] {
  const { ix } = cc;
  const def = m.trigger.def;
  if (isPurpose(ix, m.head, s.firstToken) || isGovernedNoun(ix, m.head, s.firstToken) || isAttributive(ix, m.head)) return [];
  if (hasNonAgentSubject(ix, m.head, s.firstToken)) return [];
  const roles = rolesOf(m, s, cc);
  const sides = sidesOf(m, s, cc, roles);
  if (!sides) return [];
  if (!sides.source) return sides.target && !sides.target.counted && CONTINUING.has(def.type) ? [sourceless(m, sentenceIndex, cc, sides.target)] : [];
  if (def.symmetric) return recordEvents(m, s, sentenceIndex, cc, roles, sides.source, sides.target);
  const { source, target } = sides;
  return [target, ...coordinatedTargets(s, cc, roles, target)].flatMap((t) => recordEvents(m, s, sentenceIndex, cc, roles, source, t));
}

/**
 * "aid for Romania and Poland", "sanctions on Iran, Libya and Sudan": a one-sided act on coordinated
 * actors is an act on each of them (a two-sided one takes them as its two sides).
 */
function coordinatedTargets(s: Sentence, cc: CodingContext, roles: Roles, target: Actor | undefined): Actor[] {
  const { ix } = cc;
  const named = actorOf(ix, roles.target);
  if (!target || !roles.target || !named || !sameActor(target, named)) return [];
  const out: Actor[] = [];
  for (const c of conjunctsAfter(ix, roles.target, s.lastToken)) {
    const actor = actorOf(ix, c);
    if (actor && ![target, ...out].some((a) => sameActor(a, actor))) out.push(actor);
  }
  return out;
}

function rolesOf(m: TriggerMatch, s: Sentence, cc: CodingContext): Roles {
  const { ix } = cc;
  const def = m.trigger.def;
  const head = m.head;
  // Nouns ("the attack") find their actors in their phrase; verbs and predicate adjectives ("was critical") around them.
  const nominal = ix.tokens.pos[head] === "NOUN" || ix.tokens.pos[head] === "PROPN";
  // From the head: a pattern may hold its own object ("expelled two Russian diplomats").
  const objects = objectsAfter(ix, head, s.lastToken);
  const roles: Roles = { nominal, objects, source: m.source, target: m.target };
  if (!roles.source) {
    // "talks between X and Y": the two sides are named after the noun.
    if (def.symmetric && nominal && objects.partner) {
      roles.source = objects.target;
      roles.target = objects.partner;
    } else if (nominal && ix.words[prepositionBefore(ix, head, s.firstToken)] === "during") {
      // "Xi told Trump during a phone call": the ones talking are the clause's subject and object.
      roles.source = subjectOf(ix, head, s.firstToken);
      const before = ix.chunkAt[prepositionBefore(ix, head, s.firstToken) - 1];
      if (before >= 0 && ix.chunks[before] !== roles.source) roles.target = ix.chunks[before];
    } else if (nominal) {
      // A noun inside a prepositional phrase ("at the start of the meeting", "during demonstrations")
      // is background to its clause: its own phrase must say whose it is.
      const guess = def.symmetric && !inPrepositionalPhrase(ix, head, s.firstToken) ? subjectOf(ix, head, s.firstToken) : undefined;
      // "The talks were held in Muscat": talks as the subject, with no one named, are the last two sides'.
      const own = nominalSource(ix, m, s);
      const chunk = ix.chunks[ix.chunkAt[head]];
      if (!own && def.symmetric && chunk?.subject && latestPair(cc, head)) roles.source = { ...chunk, pair: true };
      else roles.source = own ?? objects.agent ?? guess;
    } else if (isPassive(ix, head, s.firstToken)) {
      roles.target ??= subjectOf(ix, head, s.firstToken);
      roles.source = objects.agent;
    } else roles.source = verbSubject(ix, head, s);
  }
  if (!roles.target) {
    // "rejected recent calls by Belarus's rulers": after an active verb, "by" names the one acted on.
    roles.target = objects.target ?? (nominal ? undefined : objects.agent);
    roles.partner = objects.partner;
  }
  if (!roles.target && nominal) roles.target = ofPhrase(ix, head);
  if (!roles.target && def.type === "THREATEN") roles.target = conditionSubject(ix, m.last, s);
  return roles;
}

/** Source and target actors; both sides of a two-sided event ("X and Y met", "the counterparts"). */
function sidesOf(m: TriggerMatch, s: Sentence, cc: CodingContext, roles: Roles): { source?: Actor; target?: Actor } | undefined {
  const { ix } = cc;
  const def = m.trigger.def;
  let source = actorOf(ix, roles.source);
  let target = actorOf(ix, roles.target);
  const pair = latestPair(cc, m.head);
  if (def.symmetric) {
    const coordinated = roles.source && !roles.source.pair ? coordinatedWith(ix, roles.source, s.firstToken) : undefined;
    if (coordinated && !m.target) { target = source; source = actorOf(ix, coordinated); }
    else if (!source && target && roles.partner) { source = target; target = actorOf(ix, roles.partner); }
    else if (roles.source?.pair && pair) [source, target] = pair;
    if (!source) return undefined;
  } else if (roles.source?.pair && !roles.source.head && pair) {
    source = pair[0];
  }
  if (!source) return { target };
  // "Berlin rejected calls by Belarus's rulers, saying it ...": a target that is the source itself
  // gives way to the agent phrase.
  if (target && sameActor(source, target)) target = roles.nominal ? undefined : actorOf(ix, roles.objects.agent);
  if (target && sameActor(source, target)) target = undefined;
  return { source, target };
}

/** The records of one match: one per date (coordinated dates), with place, quantities, contexts and evidence. */
function recordEvents(m: TriggerMatch, s: Sentence, sentenceIndex: number, cc: CodingContext, roles: Roles, found: Actor, foundTarget: Actor | undefined): CodedEvent[] {
  const { ix } = cc;
  const def = m.trigger.def;
  const head = m.head;
  const { objects } = roles;
  let source = found;
  let target = foundTarget;
  // "nine civilians were killed" read as actors: a count of victims neither acts nor is the side acted on;
  // the place they were in is ("killed 15 people in El Fasher").
  if (source.counted) return [];
  if (target?.counted) target = undefined;
  // A region ("Asia", "the Middle East") is where something happens, not a party to it.
  const region = target?.entityType === "LOC" ? target : undefined;
  if (region) target = undefined;
  const placeActor = actorOf(cc.ix, objects.place);
  let targetFrom: CodedEvent["targetFrom"];
  if (!target && placeActor?.ref.country && def.placeIsTarget) {
    target = placeActor;
    targetFrom = "place";
  }
  if (!target && !placeActor && def.homeIsTarget) {
    target = homeState(source, ix.countries);
    if (target) targetFrom = "place";
  }
  // "Netanyahu asked Israelis to ...", "Trump said, in the first strike on ...": a person does not act on
  // the state they belong to; such a target is a misreading of a wider clause or of the place.
  if (target && (source.isPerson || namesCountry(source, ix)) && target.ref.country === source.ref.country && namesCountry(target, ix)) target = undefined;
  // "Pahalgam" as the one who acts: a town no country places is where something happened, not who did it.
  if (!source.ref.country && source.entityType && PLACE_TYPES.has(source.entityType)) return [];
  if (!target && needsTarget(def, source)) return [];
  if (def.symmetric && target) {
    cc.lastPair = [source, target];
    cc.lastPairAt = head;
  }

  // From the first side named in the sentence: "X (4th L) and Y during a meeting" starts at X.
  const namedFirst = [roles.source?.first, source.first, target?.first].filter((t): t is number => t !== undefined && t >= s.firstToken && t <= m.first);
  const clauseFirst = Math.min(m.first, ...namedFirst);
  const clauseLast = Math.max(objects.end, m.last);
  const evidenceLast = Math.max(m.last, roles.target?.last ?? 0, roles.partner?.last ?? 0, objects.agent?.last ?? 0);
  const { start, end } = cc.segments.tokens;
  const evidenceStart = start[clauseFirst];
  const evidenceEnd = end[Math.min(evidenceLast, s.lastToken)];
  const quantities = cc.quantities.filter((q) => q.start >= start[clauseFirst] && q.end <= end[clauseLast]);
  const dated = datesOf(ix, {
    sentence: s, clauseFirst, clauseLast, head, timexes: cc.sentenceTimexes[sentenceIndex],
    published: cc.published, todayCue: cc.todayCues[sentenceIndex],
  });
  const dates = dated.filter((d) => !isBackground(d.value, cc.published));
  if (dated.length && !dates.length) return [];
  const contexts = contextsOf(ix, head, clauseFirst, s.firstToken);
  // "Straw said the government and the rebels must reach an agreement": a demand on them, by him.
  const demander = demandedBy(ix, head, clauseFirst, s);
  if (demander && !sameActor(demander, source)) {
    target = source;
    source = demander;
  }
  // "met leaders", "ordered the commanders": a group that no country places says too little to be the
  // one acted on; the event keeps its source (and may take a target its actor has elsewhere).
  if (target?.kind === "group" && !target.ref.country && def.groupsAreHeld && source.ref.country) {
    // "Belarus pardoned 16 political prisoners": those a state frees are held by it, its own people.
    target = { ...target, ref: { ...target.ref, country: source.ref.country } };
  } else if (target?.kind === "group" && !target.ref.country) {
    target = placeActor?.ref.country && def.placeIsTarget ? placeActor : undefined;
    if (target) targetFrom = "place";
    else if (needsTarget(def, source)) return [];
  }
  const place = placeOf(placeActor, cc.ix.countries) ?? target?.place ?? (region && { name: region.ref.name });
  if (target && !target.ref.country && target.kind === "group" && place?.country) {
    // "killed 23 people in Tel Aviv": people of the place's country.
    target = { ...target, ref: { ...target.ref, country: place.country } };
  }
  // "President Omar El Bashir lifted the curfew in Sudan": an office holder or a group no entity places
  // acts at home, in the country of what the act is about.
  if (!source.ref.country && (source.isPerson || source.kind === "group") && (target?.ref.country ?? place?.country)) {
    source = { ...source, kind: "name", ref: { ...source.ref, country: target?.ref.country ?? place?.country } };
  }
  // "Opposition groups in Zimbabwe demanded that President Mugabe ...": rebels, protesters and the
  // opposition act against their own country's leaders, whom no entity places.
  if (target?.isPerson && !target.ref.country && source.kind === "group" && source.ref.country) {
    target = { ...target, ref: { ...target.ref, country: source.ref.country } };
  }
  // Only an act someone says they will do is an intent; "a hypothetical attack" stays an attack.
  const intent = demander ? "REQUEST" : roles.nominal ? undefined : intentType(def.type, contexts, conditional(ix, m.last, s));
  const base: CodedEvent = {
    id: "",
    type: intent ?? def.type,
    evidence: [{ start: evidenceStart, end: evidenceEnd, text: cc.text.slice(evidenceStart, evidenceEnd) }],
    confidence: 0,
    source: source.ref,
    rule: ruleOf(m),
    symmetric: def.symmetric,
    sentence: sentenceIndex,
  };
  if (intent) {
    // "will give Tanzania a grant": the announced (or demanded) act stays readable in the mode.
    base.mode = `${demander ? "demand" : intent === "REJECT" ? "refusal" : "intent"}-${def.type.toLowerCase()}`;
    base.cameo = RECODED_CAMEO[intent];
  } else {
    if (def.mode) base.mode = def.mode;
    if (def.cameo) base.cameo = def.cameo;
  }
  if (targetFrom) base.targetFrom = targetFrom;
  if (target) base.target = target.ref;
  if (place) base.place = place;
  if (quantities.length) base.quantities = quantities;
  const confidence = confidenceOf(m.trigger.words, source, target, !!m.source || !!m.target);
  return (dates.length ? dates : [undefined]).map((date) => {
    const event: CodedEvent = { ...base };
    const context = [...contexts];
    if (date) {
      event.date = date.value;
      event.dateFrom = date.from;
      if (isHistorical(date.value, cc.published)) context.push("historical");
    }
    if (context.length) event.context = context;
    const dateWeight = !date || date.from === "article" ? 0.9 : date.from === "clause" || date.from === "shifted" ? 1 : 0.93;
    event.confidence = round(confidence * dateWeight);
    return event;
  });
}

/** Whether an act of this trigger needs a target to be coded; a body of members may agree among itself. */
function needsTarget(def: TriggerMatch["trigger"]["def"], source: Actor): boolean {
  return def.requiresTarget && !def.targetlessSources.has(source.entityType ?? "");
}

/** The trigger file and pattern that coded an event, e.g. "consult.yaml: meet with". */
const ruleOf = (m: TriggerMatch): string => `${m.trigger.def.file.slice(m.trigger.def.file.lastIndexOf("/") + 1)}: ${m.trigger.def.pattern}`;

/** "Russia's attack on", "Russian strikes", "their meeting", "launched an attack": who the noun's act is by. */
function nominalSource(ix: ActorIndex, m: TriggerMatch, s: Sentence): Chunk | undefined {
  const c = ix.chunkAt[m.head];
  if (c >= 0) {
    const chunk = ix.chunks[c];
    if (chunk.possessor) return chunk;
    if (chunk.head && chunk.head.first < m.head) return chunk; // "Russian strikes", "U.S. aid"
    if (ix.words[chunk.first] === "their") return { ...chunk, head: undefined, possessor: undefined, pair: true };
    const agent = agentAfter(ix, chunk, m.trigger.def.type);
    if (agent) return agent;
  }
  let verb = (c >= 0 ? ix.chunks[c].first : m.head) - 1;
  // "had a "good meeting" with", "launched a new attack": the verb whose object the noun is.
  while (verb >= s.firstToken && verb >= m.head - 5 && (/^["“”'‘’]$/.test(ix.words[verb]) || ix.tokens.pos[verb] === "DET" || ix.tokens.pos[verb] === "ADJ")) verb--;
  const pos = ix.tokens.pos[verb];
  // Not the subject of a verb that reports or watches the act ("said the attack targeted ...").
  const lemma = ix.tokens.lemma[verb];
  if (verb >= s.firstToken && (pos === "VERB" || pos === "AUX") && !REPORTERS.has(lemma) && !CLAUSAL_VERBS.has(lemma)) return verbSubject(ix, verb, s);
  return undefined;
}

/** "an appeal by the president", "demands from UNITA": who a noun's act is by, named right after it. */
function agentAfter(ix: ActorIndex, chunk: Chunk, type: string): Chunk | undefined {
  const prep = ix.words[chunk.last + 1];
  if (prep !== "by" && !(prep === "from" && WORD_ACTS.has(type))) return undefined;
  const c = ix.chunkAt[chunk.last + 2];
  return c >= 0 && actorOf(ix, ix.chunks[c]) ? ix.chunks[c] : undefined;
}

/** The subject of a verb; for a participle or infinitive opening the sentence, the one after its comma. */
function verbSubject(ix: ActorIndex, verb: number, s: Sentence): Chunk | undefined {
  const nonFinite = ix.words[verb].endsWith("ing") || ix.words[verb - 1] === "to";
  return subjectOf(ix, verb, s.firstToken) ?? (nonFinite ? subjectAfterComma(ix, verb, s.lastToken) : undefined);
}

const OBLIGATION = new Set(["must", "should"]);
/** CAMEO roots of the types an act is recoded to: intent to cooperate, threat, demand, rejection. */
const RECODED_CAMEO: Record<string, string> = { AGREE: "030", THREATEN: "130", REQUEST: "100", REJECT: "120" };

/** Who demands the act: the speaker of a reporting verb before an act under "must"/"should". */
function demandedBy(ix: ActorIndex, head: number, clauseFirst: number, s: Sentence): Actor | undefined {
  let k = head - 1;
  while (k > s.firstToken && (ix.tokens.pos[k] === "ADV" || ix.tokens.pos[k] === "AUX") && !OBLIGATION.has(ix.words[k])) k--;
  if (!OBLIGATION.has(ix.words[k])) return undefined;
  for (let v = clauseFirst - 1; v >= s.firstToken; v--) {
    if (ix.tokens.pos[v] === "VERB" && SPEECH_VERBS.has(ix.tokens.lemma[v])) return actorOf(ix, subjectOf(ix, v, s.firstToken));
  }
  return undefined;
}

/** "will withdraw its force unless ...": an act announced on a condition. */
function conditional(ix: ActorIndex, from: number, s: Sentence): boolean {
  for (let k = from + 1; k <= s.lastToken; k++) if (ix.words[k] === "unless") return true;
  return false;
}

/** "threatened to strike unless Israel withdrew": a threat is aimed at the one its condition names. */
function conditionSubject(ix: ActorIndex, from: number, s: Sentence): Chunk | undefined {
  for (let k = from + 1; k < s.lastToken; k++) {
    if (ix.words[k] !== "unless" && ix.words[k] !== "if") continue;
    const c = ix.chunkAt[k + 1];
    return c >= 0 && actorOf(ix, ix.chunks[c]) ? ix.chunks[c] : undefined;
  }
  return undefined;
}

/** "the invasion of South Lebanon", "the release of 30 prisoners": a noun's "of" phrase is what it acts on. */
function ofPhrase(ix: ActorIndex, head: number): Chunk | undefined {
  const c = ix.chunkAt[head];
  const after = (c >= 0 ? ix.chunks[c].last : head) + 1;
  if (ix.words[after] !== "of") return undefined;
  const next = ix.chunkAt[after + 1];
  return next >= 0 && actorOf(ix, ix.chunks[next]) ? ix.chunks[next] : undefined;
}

function inPrepositionalPhrase(ix: ActorIndex, head: number, sentenceFirst: number): boolean {
  const k = prepositionBefore(ix, head, sentenceFirst);
  return k >= sentenceFirst && ix.tokens.pos[k] === "ADP";
}

/** The token before a noun's phrase (past quotation marks): its preposition when it has one. */
function prepositionBefore(ix: ActorIndex, head: number, sentenceFirst: number): number {
  const c = ix.chunkAt[head];
  let k = (c >= 0 ? ix.chunks[c].first : head) - 1;
  while (k >= sentenceFirst && /^["“”'‘’]$/.test(ix.words[k])) k--;
  return k;
}

/** Types whose events an article tells over several sentences, naming the attacker in one and the target in another. */
export const CONTINUING: ReadonlySet<string> = new Set(["ASSAULT"]);

/** An event whose source another sentence of the article gives; the merge completes it or drops it. */
function sourceless(m: TriggerMatch, sentenceIndex: number, cc: CodingContext, target: Actor): CodedEvent {
  const start = cc.segments.tokens.start[m.first];
  const end = cc.segments.tokens.end[Math.max(m.last, target.last)];
  const def = m.trigger.def;
  return {
    id: "", type: def.type, cameo: def.cameo, mode: def.mode, target: target.ref, evidence: [{ start, end, text: cc.text.slice(start, end) }],
    confidence: round(confidenceOf(m.trigger.words, target, undefined, false) * 0.8),
    rule: ruleOf(m), symmetric: false, sentence: sentenceIndex,
  };
}

/**
 * "the detained journalists", "a besieged town", "the Syrian-backed militia", "the hard-left party": a
 * participle used as an adjective, or the second half of a hyphenated compound, names no act.
 */
function isAttributive(ix: ActorIndex, head: number): boolean {
  if (ix.tokens.pos[head] !== "VERB" || head < 1) return false;
  return ix.tokens.pos[head - 1] === "DET" || (ix.words[head - 1] === "-" && ix.tokens.start[head] === ix.tokens.end[head - 1]);
}

/** "an effort to re-establish relations", "a bid to end": a purpose, not something that happened. */
function isPurpose(ix: ActorIndex, head: number, sentenceFirst: number): boolean {
  if (head - 2 < sentenceFirst || ix.words[head - 1] !== "to") return false;
  const pos = ix.tokens.pos[head - 2];
  return pos === "NOUN" || pos === "PROPN" || ix.words[head - 2] === "order";
}

const GOVERNED_PREPOSITIONS = new Set(["of", "about", "over"]);

/**
 * "halt the killing", "condemned the attack", "fears of reprisals", "concerns about retaliation": the act
 * is what is asked for, judged or feared, not reported.
 */
function isGovernedNoun(ix: ActorIndex, head: number, sentenceFirst: number): boolean {
  let k = head - 1;
  while (k >= sentenceFirst && (ix.tokens.pos[k] === "DET" || ix.tokens.pos[k] === "ADJ" || ix.words[k] === '"' || ix.words[k] === "“")) k--;
  if (k > sentenceFirst && GOVERNED_PREPOSITIONS.has(ix.words[k]) && ix.tokens.pos[k - 1] === "NOUN") k--;
  return k >= sentenceFirst && GOVERNORS.has(ix.tokens.lemma[k]);
}

/** "was attacked", "were detained", "got arrested": a form of be/get before a participle. */
function isPassive(ix: ActorIndex, head: number, sentenceFirst: number): boolean {
  const word = ix.words[head];
  if (word.endsWith("ing") || word === ix.tokens.lemma[head]) return false;
  // "Out of 77 people arrested, ...": a participle right after its noun is passive.
  if (head > sentenceFirst && ix.tokens.pos[head - 1] === "NOUN" && word.endsWith("ed")) {
    // ... when a comma, "by" or the sentence's end follows: "guerrillas killed the deputy chief",
    // "Albanians demonstrated on Tuesday" are finite verbs.
    const next = head + 1;
    const c = ix.chunkAt[next];
    if (c < 0 && (ix.words[next] === "," || ix.words[next] === "by" || ix.words[next] === ".")) return true;
  }
  for (let k = head - 1; k >= Math.max(sentenceFirst, head - 3); k--) {
    const pos = ix.tokens.pos[k];
    if (pos === "AUX") return ix.tokens.lemma[k] === "be" || ix.tokens.lemma[k] === "get";
    if (pos !== "ADV" && pos !== "PART") return false;
  }
  return false;
}

const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);

/** The state or its people by name alone ("Israel", "the United States", "Israelis"), not "Ugandan opposition". */
function namesCountry(actor: Actor, ix: ActorIndex): boolean {
  if (actor.kind === "country") {
    const chunk = ix.chunks[ix.chunkAt[actor.first]];
    const phrase = ix.countries.phraseAt(ix.words, actor.first, actor.last + 1);
    return phrase?.kind === "country" || (phrase?.kind === "adjective" && chunk?.last === actor.last);
  }
  return actor.entityType === "GPE" && ix.countries.ofName(actor.ref.name)?.kind === "country";
}

const sameActor = (a: Actor, b: Actor): boolean => sameRef(a.ref, b.ref);

/** The same actor: the same entity, or for actors no entity names, the same name. */
export function sameRef(a: ActorRef, b: ActorRef): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  return a.name.toLowerCase() === b.name.toLowerCase();
}

/** "Kenyan doctors went on strike": people of a country (not the state itself) acting at home act on its state. */
function homeState(source: Actor, countries: CountryGazetteer): Actor | undefined {
  const info = countries.byCode(source.ref.country);
  if (!info || (source.kind !== "group" && !source.isPerson)) return undefined;
  return { ref: { name: info.name, country: info.code }, kind: "country", first: source.first, last: source.last, isPerson: false };
}

function placeOf(actor: Actor | undefined, countries: CountryGazetteer): Place | undefined {
  if (!actor) return undefined;
  if (actor.place) return actor.place;
  if (actor.kind !== "country" || !actor.ref.country) return undefined;
  const info = countries.byCode(actor.ref.country);
  return { name: actor.ref.name, country: actor.ref.country, lat: info?.lat, lon: info?.lon, precision: "country" };
}

function confidenceOf(words: number, source: Actor, target: Actor | undefined, slotted: boolean): number {
  let c = 0.35 + 0.08 * Math.min(words, 3) + (slotted ? 0.05 : 0);
  c += 0.25 * KIND_WEIGHT[source.kind];
  c += target ? 0.15 * KIND_WEIGHT[target.kind] : 0.05;
  return c;
}

const round = (x: number): number => Math.max(0.05, Math.min(0.98, Math.round(x * 100) / 100));
