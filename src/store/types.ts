// The Store contract: one interface, two implementations (SQLite, PostgreSQL) sharing one test suite.
// Every method is async so that both backends fit. Callers outside src/store and src/query should go
// through the query functions in src/query/index.ts, which shape these rows for users.
import type { AnnotatedDocument, Casualties, CasualtyRanges, DatePrecision, Place, PloverType, Span } from "../model/index.ts";

/** Where a stored document came from (the input as the user named it) and when it was stored. */
export interface DocumentOrigin {
  input?: string;
}

/** What `addDocument` did: stored it (and fused it into the corpus), or found it already there. */
export type AddResult = "added" | "exists";

/** A document as listed: its metadata, no text. */
export interface DocumentSummary {
  id: string;
  title?: string;
  /** The title, else the first words of the text: what lists and links show. */
  headline: string;
  source?: string;
  url?: string;
  published?: string;
  /** The URL it was read from, or the file's name (never the server's path to it). */
  input?: string;
  /** Near-duplicate cluster: syndicated copies of one story share it. */
  story: string;
  words: number;
  events: number;
  addedAt: string;
}

/** An actor of the corpus: the entities of many documents fused into one (see src/fuse). */
export interface ActorRecord {
  id: string;
  name: string;
  type: string;
  country?: string;
  kb?: string;
  roles: string[];
  aliases: string[];
  documents: number;
  mentions: number;
  events: number;
}

/** A reference to an actor as an event or quote names it; `id` is set when it resolved to an actor. */
export interface ActorLink {
  id?: string;
  name: string;
  country?: string;
  role?: string;
}

/** TIMEX3 precision of an event date. */
export type { DatePrecision } from "../model/index.ts";

/** A fused event: one real-world event, however many documents report it. */
export interface EventRecord {
  id: string;
  type: PloverType;
  mode?: string;
  cameo?: string;
  context?: string[];
  source?: ActorLink;
  target?: ActorLink;
  /** TIMEX3 value at its precision ("2025-07", "2025-07-10TEV"); the most precise of its reports. */
  date?: string;
  precision: DatePrecision;
  /** First and last day the date covers (ISO), for range filters; absent when undated. */
  dateStart?: string;
  dateEnd?: string;
  place?: Place;
  confidence: number;
  /** Number of documents reporting it. */
  reports: number;
  /** Number of independent sources (syndicated copies and one wire's stories count once). */
  corroboration: number;
  /** People killed, injured, missing, displaced or arrested: the range of figures its reports give. */
  casualties?: CasualtyRanges;
}

/** One document's report of a fused event, with the words that state it and why it was merged. */
export interface EventReport {
  /** The raw per-document event id: `<documentId>/<event id in the document>`. */
  id: string;
  eventId: string;
  document: DocumentSummary;
  type: PloverType;
  date?: string;
  source?: ActorLink;
  target?: ActorLink;
  evidence: Span[];
  /** The casualties this report counts. */
  casualties?: Casualties;
  confidence: number;
  /** The source counted once for corroboration: a wire agency or a near-duplicate story cluster. */
  independentSource: string;
  /** Why this report was merged into the event ("created" for the first one). */
  reason: string;
}

/** The filters an event query shares at every level: its dates, place, words and page. */
export interface EventWindow {
  /** Inclusive ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); an event matches when its date range overlaps. */
  from?: string;
  to?: string;
  /** Substring of the place name. */
  place?: string;
  /** Full text over the evidence of the event's reports. */
  text?: string;
  limit?: number;
  offset?: number;
}

export interface EventFilter extends EventWindow {
  /** Actor ids; an event matches when any of them is its source or target. */
  actorIds?: string[];
  /** Actor ids the event must also involve (the other side), e.g. timeline --with. */
  withIds?: string[];
  type?: PloverType[];
  /** Only plain claims: leave out negated, hypothetical and future events (see data/fuse/rules.yaml). */
  asserted?: boolean;
  /** "date" (chronological, undated last) or "reports" (most reported first). */
  order?: "date" | "reports";
  /**
   * Keyset paging, for reads of the whole corpus (exports): the events after this one, dated events
   * by first day then id, then undated ones by id; `order` and `offset` are then ignored.
   */
  after?: EventCursor;
}

/** Where a keyset read goes on: after the event with this first day (null when undated) and id; {} to start. */
export interface EventCursor {
  dateStart?: string | null;
  id?: string;
}

export interface QuoteRecord {
  id: string;
  document: DocumentSummary;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  cue?: string;
  speaker?: ActorLink;
}

export interface QuoteFilter {
  speakerIds?: string[];
  limit?: number;
  offset?: number;
}

export interface ActorFilter {
  type?: string;
  /** Substring of the name or an alias. */
  text?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  document: DocumentSummary;
  /** A piece of the text around the match, matched words in [brackets]. */
  snippet: string;
  rank: number;
}

/** A stored document with every annotation layer, and how its entities and events were fused. */
export interface StoredDocument {
  summary: DocumentSummary;
  document: AnnotatedDocument;
  /** Document entity id -> corpus actor id. */
  actors: Record<string, string>;
  /** Document event id -> fused event id. */
  events: Record<string, string>;
}

export interface CorpusStats {
  documents: number;
  actors: number;
  events: number;
  reports: number;
  quotes: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** The file or URL, without any password. */
  readonly location: string;

  /**
   * Stores one annotated document with all its layers and fuses its entities and events into the
   * corpus, in ONE transaction: after a crash it is either wholly there or not at all. Idempotent by
   * document id (the content hash): a second call returns "exists" and changes nothing.
   */
  addDocument(doc: AnnotatedDocument, origin?: DocumentOrigin): Promise<AddResult>;
  /**
   * Fuses the corpus again in a canonical order, in one transaction that other writers wait for: the
   * same documents always give the same stories, actors and events, whatever the order, concurrency
   * or interruptions of their ingest. Documents are fused one by one as they are added; this makes the
   * result independent of that order. With `onlyWhenNeeded`, does nothing when no document was added
   * since the last time. Returns the number of documents fused.
   */
  refuse(options?: { onlyWhenNeeded?: boolean }): Promise<number>;
  hasDocument(id: string): Promise<boolean>;
  /** Undefined when unknown (query functions turn that into NOT_FOUND). */
  getDocument(id: string): Promise<StoredDocument | undefined>;
  listDocuments(options?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  /**
   * Documents matching all the words: the `ranked` (default 1,000) most recently stored matches,
   * best match first, then any further matches, most recently stored first.
   */
  searchDocuments(text: string, options?: { limit?: number; offset?: number; ranked?: number }): Promise<SearchHit[]>;

  /** Actors whose name or an alias equals `name` (case- and accent-insensitive), most mentioned first. */
  findActors(name: string): Promise<ActorRecord[]>;
  getActor(id: string): Promise<ActorRecord | undefined>;
  /** The actors with these ids (unknown ones left out), in no particular order: one query for many. */
  getActors(ids: string[]): Promise<ActorRecord[]>;
  listActors(filter?: ActorFilter): Promise<ActorRecord[]>;

  listEvents(filter?: EventFilter): Promise<EventRecord[]>;
  /**
   * The actors sharing most events with this one (on the other side of them), most first, then by
   * id; `events` counts all the events they share, from counts the write path keeps.
   */
  coActors(actorId: string, limit: number): Promise<Array<{ id: string; events: number }>>;
  getEvent(id: string): Promise<EventRecord | undefined>;
  /** Every report of the given events, in publication order. */
  eventReports(eventIds: string[]): Promise<EventReport[]>;

  listQuotes(filter?: QuoteFilter): Promise<QuoteRecord[]>;

  /**
   * Undoes a merge: moves one report (raw per-document event) out of its fused event into an event of
   * its own, and records that the two must not be merged again. Returns the new event id.
   */
  unmergeReport(reportId: string): Promise<string>;

  stats(): Promise<CorpusStats>;
  close(): Promise<void>;
}
