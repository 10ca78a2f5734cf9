// Queries over the corpus, shared by the CLI and the HTTP API. Each takes an open Store and plain
// filters; actor filters take a name or alias ("Rubio", "Marco Rubio") or an actor id.
// "Nothing found" is an empty array; an unknown id, or an actor name that matches no actor, is
// AppError("NOT_FOUND") (with the closest known names).
import { AppError, PLOVER_TYPES, type PloverType } from "../model/index.ts";
import { unknownActor } from "./suggest.ts";

export { documentQuery, entityQuery, eventQuery, exportQuery, isoDate, quoteQuery, searchQuery, timelineQuery } from "./schemas.ts";
export { rejectControlCharacters, validate } from "./validate.ts";
export { humanDate } from "./human-date.ts";
import type {
  ActorRecord, EventFilter, EventRecord, EventReport, EventWindow, QuoteRecord, SearchHit, Store, StoredDocument,
} from "../store/index.ts";

export type {
  ActorLink, ActorRecord, DatePrecision, DocumentSummary, EventRecord, EventReport, QuoteRecord, SearchHit,
  StoredDocument,
} from "../store/index.ts";

/** An event query in the user's words: actors by name, types as written; the rest as the store takes it. */
export interface EventQuery extends EventWindow {
  /** Name, alias or id of an actor on either side. */
  actor?: string;
  /** Name, alias or id of the other side (needs `actor`, or stands alone as a second actor). */
  with?: string;
  /** PLOVER types, e.g. "CONSULT" or ["ASSAULT", "COERCE"] (case-insensitive). */
  type?: string | string[];
}

/** A fused event with every document that reports it and the evidence spans of each. */
export interface EventDetail extends EventRecord {
  sources: EventReport[];
}

/** One line of a timeline: an event at its date's precision, with its sources. */
export type TimelineEntry = EventDetail;

export interface EntityProfile {
  actor: ActorRecord;
  /** Titles and roles seen for the actor ("Secretary of State", "GOV"). */
  roles: string[];
  aliases: string[];
  /** Its first PROFILE_EVENTS events in date order (actor.events says how many it has; the timeline lists all). */
  events: EventRecord[];
  /** Its PROFILE_QUOTES latest quotes (the quotes list has all). */
  quotes: QuoteRecord[];
  /** The 50 other actors it shares most events with (counting all its events), most first. */
  coActors: Array<{ actor: ActorRecord; events: number }>;
}

const DEFAULT_LIMIT = 100;
/**
 * What an actor's profile lists: a bounded read whatever the actor (a much-reported one has tens of
 * thousands of events); its timeline and quotes page through the rest.
 */
export const PROFILE_EVENTS = 100;
export const PROFILE_QUOTES = 200;

/** Events matching every given filter, chronological (undated last). */
export async function listEvents(store: Store, query: EventQuery = {}): Promise<EventRecord[]> {
  return store.listEvents({ ...(await eventFilter(store, query)), limit: query.limit ?? DEFAULT_LIMIT, order: "date" });
}

/**
 * The store's filter for an event query: names resolved to actor ids (NOT_FOUND, with the closest
 * names, when one matches no actor), types checked (BAD_ARGUMENT).
 */
export async function eventFilter(store: Store, query: EventQuery): Promise<EventFilter> {
  return {
    ...(await resolveSides(store, query.actor, query.with)),
    type: parseTypes(query.type),
    from: query.from,
    to: query.to,
    place: query.place,
    text: query.text,
    limit: query.limit,
    offset: query.offset,
  };
}

/**
 * The events of an actor (with another, if given), in date order, each with its sources. Only what
 * happened: negated, hypothetical and future events are left out.
 */
export async function timeline(store: Store, query: { actor: string; with?: string; limit?: number }): Promise<TimelineEntry[]> {
  if (!query.actor) throw new AppError("BAD_ARGUMENT", "a timeline needs an actor", "--actor");
  const sides = await resolveSides(store, query.actor, query.with);
  const events = await store.listEvents({ ...sides, asserted: true, limit: query.limit ?? 1000, order: "date" });
  return withSources(store, events);
}

/** Quotes, by a speaker (name, alias or id) if given, newest documents first. */
export async function listQuotes(store: Store, query: { speaker?: string; limit?: number; offset?: number } = {}): Promise<QuoteRecord[]> {
  let speakerIds: string[] | undefined;
  if (query.speaker) {
    speakerIds = (await resolveActor(store, query.speaker)).map((a) => a.id);
    if (!speakerIds.length) throw await unknownActor(store, query.speaker);
  }
  return store.listQuotes({ speakerIds, limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset });
}

/** Actors of the corpus, most mentioned first; `text` matches a substring of a name or alias. */
export async function listEntities(store: Store, query: { type?: string; text?: string; limit?: number; offset?: number } = {}): Promise<ActorRecord[]> {
  return store.listActors({ type: query.type?.toUpperCase(), text: query.text, limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset });
}

/** Everything known about one actor. Throws NOT_FOUND when no actor has that id, name or alias. */
export async function entityProfile(store: Store, idOrName: string): Promise<EntityProfile> {
  const [actor] = await resolveActor(store, idOrName);
  if (!actor) throw await unknownActor(store, idOrName);
  // Three independent reads: PostgreSQL answers them on three connections at once.
  const [events, quotes, coActors] = await Promise.all([
    store.listEvents({ actorIds: [actor.id], limit: PROFILE_EVENTS, order: "date" }),
    store.listQuotes({ speakerIds: [actor.id], limit: PROFILE_QUOTES }),
    coActorsOf(store, actor.id),
  ]);
  return { actor, roles: actor.roles, aliases: actor.aliases, events, quotes, coActors };
}

/** A document with all its annotation layers, for the article reader. Throws NOT_FOUND. */
export async function getDocument(store: Store, id: string): Promise<StoredDocument> {
  const doc = await store.getDocument(id);
  if (!doc) throw new AppError("NOT_FOUND", "no document with this id", id);
  return doc;
}

/** A fused event with every source document and its evidence spans. Throws NOT_FOUND. */
export async function getEvent(store: Store, id: string): Promise<EventDetail> {
  const event = await store.getEvent(id);
  if (!event) throw new AppError("NOT_FOUND", "no event with this id", id);
  return { ...event, sources: await store.eventReports([id]) };
}

/**
 * Full-text search over article text and titles: the 1,000 most recently stored matches best match
 * first, then any further matches most recently stored first (see Store.searchDocuments).
 */
export async function searchDocuments(store: Store, text: string, options: { limit?: number; offset?: number } = {}): Promise<SearchHit[]> {
  if (!text.trim()) throw new AppError("BAD_ARGUMENT", "the search text is empty", "search");
  return store.searchDocuments(text, { limit: options.limit ?? 20, offset: options.offset });
}

/** An id matches first; otherwise every actor with that name or alias (both asked at once). */
async function resolveActor(store: Store, idOrName: string): Promise<ActorRecord[]> {
  const [byId, byName] = await Promise.all([store.getActor(idOrName), store.findActors(idOrName)]);
  return byId ? [byId] : byName;
}

/** Actor ids for both sides of an event filter; NOT_FOUND when a named actor is unknown. */
async function resolveSides(store: Store, actor?: string, other?: string): Promise<{ actorIds?: string[]; withIds?: string[] }> {
  const sides: { actorIds?: string[]; withIds?: string[] } = {};
  for (const [key, name] of [["actorIds", actor], ["withIds", other]] as const) {
    if (!name) continue;
    const ids = (await resolveActor(store, name)).map((a) => a.id);
    if (!ids.length) throw await unknownActor(store, name);
    sides[key] = ids;
  }
  if (!sides.actorIds && sides.withIds) return { actorIds: sides.withIds };
  return sides;
}

async function withSources(store: Store, events: EventRecord[]): Promise<EventDetail[]> {
  const reports = await store.eventReports(events.map((e) => e.id));
  const byEvent = new Map<string, EventReport[]>();
  for (const r of reports) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);
  return events.map((e) => ({ ...e, sources: byEvent.get(e.id) ?? [] }));
}

async function coActorsOf(store: Store, actorId: string): Promise<EntityProfile["coActors"]> {
  const ranked = await store.coActors(actorId, 50);
  const actors = new Map((await store.getActors(ranked.map((c) => c.id))).map((a) => [a.id, a]));
  return ranked.filter((c) => actors.has(c.id)).map((c) => ({ actor: actors.get(c.id)!, events: c.events }));
}

function parseTypes(type: string | string[] | undefined): PloverType[] | undefined {
  if (!type) return undefined;
  const types = (Array.isArray(type) ? type : type.split(",")).map((t) => t.trim().toUpperCase()).filter(Boolean);
  for (const t of types) {
    if (!(PLOVER_TYPES as readonly string[]).includes(t)) {
      throw new AppError("BAD_ARGUMENT", `"${t}" is not a PLOVER event type (${PLOVER_TYPES.join(", ")})`, "type");
    }
  }
  return types as PloverType[];
}
