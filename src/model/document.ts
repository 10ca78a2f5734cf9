// The annotated document: one cleaned text and stand-off layers over it (see DESIGN.md).
// All offsets are 0-based UTF-16 indices into `text`, end excluded.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "FAC" | "NORP" | (string & {});

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  country?: string;
  role?: string;
  kb?: string;
  geo?: { lat: number; lon: number };
  mentions: Span[];
  /** Which recognizer or refiner produced it, e.g. "entities/title-pattern". */
  source?: string;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Timex extends Span {
  type: TimexType;
  value: string;
  source?: string;
}

export interface Quantity extends Span {
  value: number;
  unit?: string;
  approximate?: boolean;
  max?: number;
  source?: string;
}

export interface ActorRef {
  entity?: string;
  name: string;
  /** Other names the article uses for the entity: "U.N. Security Council", "Britain". */
  aliases?: string[];
  country?: string;
  role?: string;
}

export interface Quote extends Span {
  speaker?: ActorRef;
  direct: boolean;
  cue?: string;
  source?: string;
}

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/**
 * How much of the map a place covers: a site or city is a point; a region or a country is an area, and
 * its coordinates (a centroid) must not be drawn as if the event happened there.
 */
export type PlacePrecision = "site" | "city" | "region" | "country";

export interface Place {
  name: string;
  country?: string;
  lat?: number;
  lon?: number;
  precision?: PlacePrecision;
}

/** What a report counts among the people an event harmed or took. */
export const CASUALTY_KINDS = ["killed", "injured", "missing", "displaced", "arrested"] as const;
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];

/** One count of casualties: the number as the text gives it, and the words it came from. */
export interface CasualtyCount extends Span {
  value: number;
  /** "at least 34", "about 50", "more than 100". */
  approximate?: boolean;
  /** The upper end of a range ("between 10 and 20"). */
  max?: number;
}

export type Casualties = Partial<Record<CasualtyKind, CasualtyCount>>;

/** Casualties of a fused event across its reports: the lowest and highest figure reported, never a sum. */
export interface CasualtyRange {
  min: number;
  max: number;
  /** How many reports give a figure. */
  reports: number;
}

export type CasualtyRanges = Partial<Record<CasualtyKind, CasualtyRange>>;

export interface Event {
  id: string;
  type: PloverType;
  mode?: string;
  context?: string[];
  cameo?: string;
  source?: ActorRef;
  target?: ActorRef;
  date?: string;
  place?: Place;
  quantities?: Quantity[];
  /** People killed, injured, missing, displaced or arrested in it, as the text counts them. */
  casualties?: Casualties;
  evidence: Span[];
  confidence: number;
}

/** Metadata an article carries about itself; every field is optional because none may be invented. */
export interface ArticleMeta {
  title?: string;
  source?: string;
  url?: string;
  author?: string;
  /** ISO 8601 date or date-time of publication. */
  published?: string;
  dateline?: string;
}

/**
 * Maps offsets in the cleaned text back to the raw input. `segments` are runs where
 * cleaned[cleanStart + i] came from raw[rawStart + i]; anything outside a run was inserted by cleaning.
 */
export interface OffsetMap {
  segments: Array<{ cleanStart: number; rawStart: number; length: number }>;
}

/** What ingest hands to the pipeline: the cleaned text, its metadata and where it came from. */
export interface Article extends ArticleMeta {
  /** The input as the user named it (path, URL, "-", or "path#item" inside a feed or JSONL file). */
  input: string;
  text: string;
  offsets?: OffsetMap;
  /** Photo captions: paragraphs of `text` after the body, the publication's words about its pictures. */
  captions?: Span[];
  warnings: string[];
}

/** A sentence of the text, with the token range it covers. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number; // inclusive
}

/** Tokens as flat parallel arrays (wink-nlp style): fast to build and to serialise. */
export interface Tokens {
  start: number[];
  end: number[];
  /** Universal POS tags: PROPN, NOUN, VERB, AUX, ADP, DET, NUM, PUNCT, ... */
  pos: string[];
  /** Lower-cased lemma (or normal form where wink gives no lemma). */
  lemma: string[];
}

export interface Segments {
  sentences: Sentence[];
  tokens: Tokens;
}

/**
 * The dependency tree over the pipeline's tokens, parallel to `Tokens` (the syntax stage's layer).
 * Tokens outside every sentence (line breaks) have the tag "SPACE", no head and no relation.
 */
export interface Syntax {
  /** Universal POS tags chosen by the project's tagger. */
  upos: string[];
  lemma: string[];
  /** Index of the head token in the document's tokens; -1 for the root of a sentence. */
  head: number[];
  /** Universal Dependencies relation to the head: "nsubj", "obj", "obl", "nsubj:pass", "root", ... */
  deprel: string[];
}

/** One word of the dependency tree in the output (`annotate --syntax`), as in DESIGN.md. */
export interface Token {
  start: number;
  end: number;
  upos: string;
  lemma: string;
  /** Index into the document's `tokens` of its head; -1 for the root of its sentence. */
  head: number;
  deprel: string;
}

/** The output contract of `sitrep annotate`. */
export interface AnnotatedDocument extends ArticleMeta {
  id: string;
  text: string;
  entities: Entity[];
  timexes: Timex[];
  quantities: Quantity[];
  quotes: Quote[];
  events: Event[];
  /** Map from offsets in `text` back to the raw input (text, PDF-extracted text and JSONL inputs). */
  offsets?: OffsetMap;
  /** Photo captions, kept after the body: their words are evidence (a meeting a picture shows) but not the story. */
  captions?: Span[];
  warnings?: string[];
  /** With `annotate --syntax`: the sentences, and every word with its tag, lemma, head and relation. */
  sentences?: Span[];
  tokens?: Token[];
}
