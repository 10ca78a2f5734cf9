// The two sides of a coded act: source and target as the roles give them, for two-sided acts the pair
// ("Armenia and Azerbaijan signed", "the counterparts"), coordinated sides, the voice of "we" in a quote, a
// state agent in reported speech as the reporter's state, and the state an envoy or a people stands for.
import type { ActorRef } from "../model/index.ts";
import type { Actor, ActorIndex, Chunk, CountryGazetteer, CountryInfo } from "../link/index.ts";
import { actorOf, chunkOfToken, conjunctsOf, coordinatedWith, FIRST_PERSON, NOUNS, patientToken, SPEECH_VERBS, subjectOf } from "../link/index.ts";
import type { CodingContext } from "./code.ts";
import type { TriggerMatch } from "./match.ts";
import { latestPair, type Roles } from "./roles.ts";

/**
 * "aid for Romania and Poland", "Britain, France and Germany imposed": a one-sided act by or on
 * coordinated actors is an act by or on each of them (a two-sided one takes them as its two sides).
 */
export function coordinated(cc: CodingContext, chunk: Chunk | undefined, actor: Actor | undefined): Actor[] {
  const { ix } = cc;
  const named = actorOf(ix, chunk);
  if (!actor || !chunk || !named || !sameActor(actor, named)) return [];
  const out: Actor[] = [];
  for (const c of conjunctsOf(ix, chunk)) {
    const other = actorOf(ix, c);
    if (other && ![actor, ...out].some((a) => sameActor(a, other))) out.push(other);
  }
  return out;
}

/**
 * "Foreign Minister Gil said the government was recalling its staff": a state agent no country places,
 * in what someone reports, is the reporter's own state.
 */
function speakersState(cc: CodingContext, actor: Actor | undefined, head: number): Actor | undefined {
  const { ix } = cc;
  if (!actor || actor.kind !== "group" || actor.ref.country || !NOUNS.state_agents.has(ix.tokens.lemma[actor.last])) return undefined;
  const { tree } = ix;
  for (let at = head, steps = 0; at >= 0 && steps < 12; at = tree.head(at), steps++) {
    const up = tree.head(at);
    if (up < 0 || tree.base(at) !== "ccomp" || !SPEECH_VERBS.has(tree.lemma(up))) continue;
    const info = cc.ix.countries.byCode(actorOf(ix, subjectOf(ix, up))?.ref.country);
    return info && stateOf(info, actor);
  }
  return undefined;
}

/** "we will respond", said by a minister: a first-person pronoun in a quote is its speaker. */
function voiceOf(cc: CodingContext, chunk: Chunk | undefined): Actor | undefined {
  if (!chunk || chunk.first !== chunk.last || !FIRST_PERSON.has(cc.ix.words[chunk.first])) return undefined;
  const speaker = cc.voices.get(chunk.first);
  return speaker && { ref: speaker, kind: "pronoun", first: chunk.first, last: chunk.last, isPerson: !!speaker.role };
}

/** Source and target actors; both sides of a two-sided event ("X and Y met", "the counterparts"). */
export function sidesOf(m: TriggerMatch, cc: CodingContext, roles: Roles): { source?: Actor; target?: Actor } | undefined {
  const { ix } = cc;
  const def = m.trigger.def;
  // "European leaders said they would tighten sanctions": "they" reporting the speakers' own act.
  const speakers = pluralSpeakers(ix, roles.source);
  let source = actorOf(ix, speakers ?? roles.source) ?? voiceOf(cc, roles.source) ?? roles.sourceAuthor;
  let target = actorOf(ix, roles.target) ?? voiceOf(cc, roles.target) ?? roles.targetAuthor;
  const pair = latestPair(cc, m.head);
  if (def.symmetric) {
    const coordinated = roles.source && !roles.source.pair ? coordinatedWith(ix, roles.source) : undefined;
    // "Armenia and Azerbaijan signed": the first named is the source, the one coordinated with it the other side.
    // "Envoys from Qatar, Egypt and the United States met Hamas leaders": where the act's object is a
    // party (a meeting, not a signed deal), each coordinated side meets the one named (codeMatch).
    const partner = coordinated && actorOf(ix, coordinated);
    const otherParty = def.objectIsParty && target && !(source && sameActor(target, source)) && !(partner && sameActor(target, partner));
    if (coordinated && !m.target && !otherParty) target = partner;
    else if (!source && target && roles.partner) { source = target; target = actorOf(ix, roles.partner); }
    else if (roles.source?.pair && pair) [source, target] = pair;
    if (!source) return undefined;
  } else if (roles.source?.pair && !roles.source.head && !speakers && pair) {
    source = pair[0];
  }
  source = speakersState(cc, source, m.head) ?? source;
  if (!source) return { target };
  // "Berlin rejected calls by Belarus's rulers, saying it ...": a target that is the source itself
  // gives way to the agent phrase.
  // "Sudan's army withdrew from El Fasher": a town of the source's own state is the place acted on.
  if (target && sameActor(source, target) && target.place?.precision === "city") target = townOf(target);
  if (target && sameActor(source, target)) target = roles.nominal ? undefined : actorOf(ix, roles.objects.agent);
  if (target && sameActor(source, target)) target = undefined;
  return { source, target };
}

/** The town a city name stands for, as an actor of its own (not its state). */
function townOf(actor: Actor): Actor | undefined {
  const place = actor.place;
  return place && { ref: { name: place.name, country: place.country }, kind: "name", first: actor.first, last: actor.last, isPerson: false, place };
}


/** "European leaders said they would ...": the plural subject of the speech verb whose reported clause "they" is the subject of. */
function pluralSpeakers(ix: ActorIndex, chunk: Chunk | undefined): Chunk | undefined {
  const { tree } = ix;
  if (!chunk || chunk.first !== chunk.last || ix.words[chunk.first] !== "they") return undefined;
  const clause = tree.head(chunk.first);
  const verb = clause >= 0 && tree.base(clause) === "ccomp" ? tree.head(clause) : -1;
  if (verb < 0 || !SPEECH_VERBS.has(tree.lemma(verb))) return undefined;
  const speakers = subjectOf(ix, verb);
  if (!speakers || speakers.head?.kind === "pronoun") return undefined;
  // Plural: "leaders", not "the minister" ("they" is then someone else).
  for (let t = speakers.first; t <= speakers.last; t++) if (tree.upos(t) === "NOUN" && ix.words[t] !== tree.lemma(t).toLowerCase()) return speakers;
  return undefined;
}

export const sameActor = (a: Actor, b: Actor): boolean => sameRef(a.ref, b.ref);

/** The same actor: the same entity, or for actors no entity names, the same name. */
export function sameRef(a: ActorRef, b: ActorRef): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  return a.name.toLowerCase() === b.name.toLowerCase();
}

/** "Kenyan doctors went on strike": people of a country (not the state itself) acting at home act on its state. */
export function homeState(source: Actor, countries: CountryGazetteer): Actor | undefined {
  const info = countries.byCode(source.ref.country);
  if (!info || (source.kind !== "group" && !source.isPerson)) return undefined;
  return stateOf(info, source);
}

/** The state the verb's object (an envoy) was sent by: "Ethiopia's ambassador", "the Mexican ambassador", "12 French diplomats". */
export function representedState(ix: ActorIndex, head: number): Actor | undefined {
  const object = patientToken(ix, head);
  const own = object >= 0 ? ix.chunks[ix.chunkAt[object]] : undefined;
  const placed = own && (own.possessor ?? own.head);
  const info = placed && (placed.kind === "group" || placed.kind === "country") ? ix.countries.byCode(placed.ref.country) : undefined;
  return info && placed && stateOf(info, placed);
}

/** "recalled its ambassador to France": the state the source's own envoy is posted to. */
export function postedTo(ix: ActorIndex, head: number): Actor | undefined {
  const object = patientToken(ix, head);
  if (object < 0) return undefined;
  const host = ix.tree.childrenWith(object, "nmod").find((k) => ix.tree.marker(k) === "to");
  return host === undefined ? undefined : actorOf(ix, chunkOfToken(ix, host));
}

/** A country's state as the actor the words of `words` stand for. */
export function stateOf(info: CountryInfo, words: Actor): Actor {
  return { ref: { name: info.name, country: info.code }, kind: "country", first: words.first, last: words.last, isPerson: false };
}

/** The state or its people by name alone ("Israel", "the United States", "Israelis"), not "Ugandan opposition". */
export function namesCountry(actor: Actor, ix: ActorIndex): boolean {
  if (actor.kind === "country") {
    const chunk = ix.chunks[ix.chunkAt[actor.first]];
    const phrase = ix.countries.phraseAt(ix.words, actor.first, actor.last + 1);
    return phrase?.kind === "country" || (phrase?.kind === "adjective" && chunk?.last === actor.last);
  }
  return actor.entityType === "GPE" && ix.countries.ofName(actor.ref.name)?.kind === "country";
}
