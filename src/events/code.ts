// Codes one trigger match into events: source and target from the sentence's structure (./sides.ts), then date,
// place, quantities, contexts, evidence and a confidence.
import type { ActorRef, Event, PloverType, Quantity, Segments, Sentence } from "../model/index.ts";
import type { Actor, ActorIndex } from "../link/index.ts";
import { actorOf, SPEECH_VERBS, subjectOf } from "../link/index.ts";
import { announcedClause, contextsOf, hasNonAgentSubject, intentType, isCrowdViolence, isProtestInWords, RIOT_CAMEO, SAID_PROTEST_CAMEO } from "./context.ts";
import { isBackground, isHistorical } from "./record.ts";
import type { TriggerMatch } from "./match.ts";
import { isReportedAct } from "./sense.ts";
import { conditionOf, hasReciprocalObject, rolesOf, type Roles } from "./roles.ts";
import { coordinated, homeState, namesCountry, postedTo, representedState, sameActor, sidesOf } from "./sides.ts";
import { accuserOf, restatedAct, type ToldAct } from "./authors.ts";
import { isPlaceType, ofCountry, placedByStory, placeOf } from "./placing.ts";
import { datesOf, narrativeDate, narrativeKept, type EventDate, type Narrative, type SentenceTimexes } from "./when.ts";

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
  sentenceTimexes: SentenceTimexes;
  todayCues: boolean[];
  lastPair?: [Actor, Actor];
  /** The speaker of each quoted token: who "we" and "I" are in the quoted words. */
  voices: Map<number, ActorRef>;
  /** Head token of the event that set `lastPair`. */
  lastPairAt?: number;
  /** Acts told so far, in text order, and the one-word act nouns of the lexicon: what "the strike" stands for. */
  told: ToldAct[];
  actNouns: Map<string, PloverType | "any">;
  /** The narrative's time: the day the text last dated an event to. */
  narrative?: Narrative;
  /** The country of the place the story was filed from (its dateline). */
  home?: string;
}

const KIND_WEIGHT: Record<Actor["kind"], number> = { entity: 1, description: 0.85, country: 0.85, pronoun: 0.75, group: 0.6, name: 0.6 };

export function codeMatch(m: TriggerMatch, s: Sentence, sentenceIndex: number, cc: CodingContext): CodedEvent[] {
  const { ix } = cc;
  const def = m.trigger.def;
  if (!isReportedAct(ix, m.head)) return [];
  if (hasNonAgentSubject(ix, m.head)) return [];
  const roles = rolesOf(m, cc, sentenceIndex);
  const sides = sidesOf(m, cc, roles);
  if (!sides) return [];
  if (!sides.source) return sides.target && !sides.target.counted && CONTINUING.has(def.type) ? [sourceless(m, sentenceIndex, cc, sides.target)] : [];
  // Told, even if it is not recorded for want of a target: "the strike" may stand for it later, and date what
  // came days after it.
  const told: ToldAct = { type: def.type, lemma: ix.tree.lemma(m.head).toLowerCase(), source: sides.source, target: sides.target, sentence: sentenceIndex };
  cc.told.push(told);
  const events = recordSides(m, s, sentenceIndex, cc, roles, sides.source, sides.target);
  told.date = events.find((e) => e.dateFrom && TEXT_DATES.has(e.dateFrom))?.date;
  return events;
}

/** Where an event's date comes from when the text itself gives it. */
const TEXT_DATES: ReadonlySet<string> = new Set(["clause", "sentence", "shifted", "restated"]);

/** The records of a match with its sides: one per coordinated source and target (or party, for a two-sided act). */
function recordSides(m: TriggerMatch, s: Sentence, sentenceIndex: number, cc: CodingContext, roles: Roles, source: Actor, target: Actor | undefined): CodedEvent[] {
  const def = m.trigger.def;
  const sources = [source, ...coordinated(cc, roles.source, source)];
  if (def.symmetric) {
    // "Russia, Iran and Turkey met": three or more coordinated sides, one of them the other party, meet in every pair.
    if (sources.length > 2 && target && sources.some((from) => sameActor(from, target))) {
      return sources.flatMap((from, i) => sources.slice(i + 1).flatMap((party) => recordEvents(m, s, sentenceIndex, cc, roles, from, party)));
    }
    const others = target && def.objectIsParty && !sources.some((from) => sameActor(from, target)) ? sources : [source];
    // "agreed to provide aid for Romania and Poland": one act with each coordinated other side.
    const parties = [target, ...coordinated(cc, roles.target, target)];
    const withOthers = (from: Actor) => parties.filter((party) => party === target || !sameActor(party!, from));
    return others.flatMap((from) => withOthers(from).flatMap((party) => recordEvents(m, s, sentenceIndex, cc, roles, from, party)));
  }
  // "Kyiv and Moscow accused each other": each coordinated side acts on each of the others.
  if (sources.length > 1 && hasReciprocalObject(cc.ix, m.head)) {
    return sources.flatMap((from) => sources.filter((to) => to !== from).flatMap((to) => recordEvents(m, s, sentenceIndex, cc, roles, from, to)));
  }
  // "Brazil, Colombia and Chile condemned it": a pronoun never stands for its own clause's subject.
  const bound = target?.kind === "pronoun" && sources.some((from) => sameActor(from, target));
  const targets = bound ? [undefined] : [target, ...coordinated(cc, roles.target, target)];
  return sources.flatMap((from) => targets.flatMap((t) => recordEvents(m, s, sentenceIndex, cc, roles, from, t)));
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
  // A protest in words is aimed at the one it names (the author of the act it is against), never at a place.
  const said = isProtestInWords(ix, def.type, head, source);
  if (said && (!target || target.ref.country === source.ref.country)) return [];
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
  if (!source.ref.country && isPlaceType(source.entityType)) return [];
  // "expelled Ethiopia's ambassador", "declared the Mexican ambassador, Raquel Serur, persona non grata": an
  // envoy a state sent stands for that state.
  const represented = def.objectRepresentsState ? representedState(ix, head) : undefined;
  if (represented && represented.ref.country !== source.ref.country) target = represented;
  else if (def.objectRepresentsState) {
    const host = postedTo(ix, head);
    if (host && host.ref.country !== source.ref.country) target = host;
  }
  // "denied that his government was involved": what is denied is the source's own doing; the accuser is rejected.
  if (def.answersAccusation && (!target || (target.kind === "group" && !target.ref.country) || target.ref.country === source.ref.country)) {
    target = accuserOf(cc.told, source, sentenceIndex) ?? target;
  }
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
    published: cc.published, todayCue: cc.todayCues[sentenceIndex], narrative: narrativeDate(cc.ix, cc.segments.sentences, cc.sentenceTimexes, cc.narrative, sentenceIndex, cc.published),
    restated: restatedDay(cc, head, sentenceIndex),
  });
  cc.narrative = narrativeKept(dated, sentenceIndex) ?? cc.narrative;
  const dates = dated.filter((d) => !isBackground(d.value, cc.published));
  if (dated.length && !dates.length) return [];
  const contexts = contextsOf(ix, head);
  // "Straw said the government and the rebels must reach an agreement": a demand on them, by him.
  const demander = demandedBy(ix, head);
  if (demander && !sameActor(demander, source)) {
    target = source;
    source = demander;
  }
  [source, target] = placedByStory(cc, source, target, placeActor);
  // "met leaders", "ordered the commanders": a group that no country places says too little to be the
  // one acted on; the event keeps its source (and may take a target its actor has elsewhere).
  if (target?.kind === "group" && !target.ref.country && def.groupsAreHeld && source.ref.country) {
    // "Belarus pardoned 16 political prisoners": those a state frees are held by it, its own people.
    target = ofCountry(target, source.ref.country);
  } else if (target?.kind === "group" && !target.ref.country && !def.groupsAreTargets) {
    target = placeActor?.ref.country && def.placeIsTarget ? placeActor : undefined;
    if (target) targetFrom = "place";
    else if (needsTarget(def, source)) return [];
  }
  const place = placeOf(placeActor, cc.ix.countries) ?? target?.place ?? (region && { name: region.ref.name });
  if (target && !target.ref.country && target.kind === "group" && place?.country) {
    // "killed 23 people in Tel Aviv": people of the place's country.
    target = ofCountry(target, place.country);
  }
  // "President Omar El Bashir lifted the curfew in Sudan": an office holder or a group no entity places
  // acts at home, in the country of what the act is about.
  if (!source.ref.country && (source.isPerson || source.kind === "group") && (target?.ref.country ?? place?.country)) {
    source = { ...source, kind: "name", ref: { ...source.ref, country: target?.ref.country ?? place?.country } };
  }
  // "Opposition groups in Zimbabwe demanded that President Mugabe ...": rebels, protesters and the
  // opposition act against their own country's leaders, whom no entity places.
  if (target?.isPerson && !target.ref.country && source.kind === "group" && source.ref.country) {
    target = ofCountry(target, source.ref.country);
  }
  // Only an act someone says they will do is an intent; "a hypothetical attack" stays an attack.
  const intent = demander ? "REQUEST" : roles.nominal ? undefined : intentType(def.type, contexts, conditional(ix, head), announcedClause(ix, head));
  const riot = !intent && isCrowdViolence(ix, def.type, source);
  const base: CodedEvent = {
    id: "",
    type: intent ?? (riot ? "PROTEST" : said ? "ACCUSE" : def.type),
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
  } else if (riot) {
    base.mode = "riot";
    base.cameo = RIOT_CAMEO;
  } else if (said) {
    base.cameo = SAID_PROTEST_CAMEO;
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
    // (A refusal is told by the event's type and mode, and by its "negated" context.)
    const context = contexts.filter((c) => c !== "refused");
    if (date) {
      event.date = date.value;
      event.dateFrom = date.from;
      if (isHistorical(date.value, cc.published)) context.push("historical");
    }
    if (context.length) event.context = context;
    const dateWeight = !date || date.from === "article" ? 0.9 : date.from === "clause" || date.from === "shifted" ? 1 : date.from === "narrative" ? 0.91 : 0.93;
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

const OBLIGATION = new Set(["must", "should"]);
/** CAMEO roots of the types an act is recoded to: intent to cooperate, threat, demand, rejection. */
const RECODED_CAMEO: Record<string, string> = { AGREE: "030", THREATEN: "130", REQUEST: "100", REJECT: "120" };

/** Who demands the act: the speaker whose reported clause puts it under "must" or "should". */
function demandedBy(ix: ActorIndex, head: number): Actor | undefined {
  const { tree } = ix;
  if (!tree.childrenWith(head, "aux").some((a) => OBLIGATION.has(ix.words[a]))) return undefined;
  const verb = tree.head(head);
  if (verb < 0 || tree.base(head) !== "ccomp" || !SPEECH_VERBS.has(tree.lemma(verb))) return undefined;
  return actorOf(ix, subjectOf(ix, verb));
}

/** "will withdraw its force unless ...": an act announced on a condition. */
function conditional(ix: ActorIndex, head: number): boolean {
  const clause = conditionOf(ix, head);
  return clause >= 0 && ix.tree.childrenWith(clause, "mark").some((k) => ix.words[k] === "unless");
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

function confidenceOf(words: number, source: Actor, target: Actor | undefined, slotted: boolean): number {
  let c = 0.35 + 0.08 * Math.min(words, 3) + (slotted ? 0.05 : 0);
  c += 0.25 * KIND_WEIGHT[source.kind];
  c += target ? 0.15 * KIND_WEIGHT[target.kind] : 0.05;
  return c;
}

const round = (x: number): number => Math.max(0.05, Math.min(0.98, Math.round(x * 100) / 100));

/**
 * "The attack came two days after Witkoff met Putin": the day the text gave the act that the subject of
 * the clause above the event's tells again (the latest such act the text dated), from which the event's own
 * day is counted.
 */
function restatedDay(cc: CodingContext, head: number, sentence: number): string | undefined {
  const { tree } = cc.ix;
  const above = tree.head(head);
  const subject = above < 0 ? -1 : tree.child(above, "nsubj");
  return restatedAct(cc.ix, cc.actNouns, cc.told, subject, sentence, (act) => !!act.date)?.date?.slice(0, 10);
}
