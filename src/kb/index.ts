// The knowledge base: countries, cities, places, organisations and dated actors, loaded from data files
// (data/kb/*) and the user's own (--kb FILE|DIR: YAML/JSON in the same format, or CAMEO/PETRARCH actor
// dictionaries). Every lookup is a Map keyed by nameKey/variantKey, so it costs the same for 10 or 10,000 names.
import { nameKey as nameKeyOf, variantKey as variantKeyOf, dateWithin as dateWithinOf } from "./normalise.ts";

export { loadKnowledgeBase } from "./load.ts";
export { nameKey, variantKey, dateWithin } from "./normalise.ts";
export { parseCameoDictionary } from "./cameo.ts";

export type KbType = "PERSON" | "ORG" | "GPE" | "LOC" | "FAC";

/** A role as written in a data file. */
export interface KbRoleSpec {
  title: string;
  /** Role key (head-of-state, foreign-minister...); by default found from the title in the lexicon. */
  role?: string;
  code?: string;
  from?: string;
  to?: string;
}

/** An entry as written in a data file (actors, organisations, places). */
export interface KbEntrySpec {
  id?: string;
  name: string;
  type?: KbType;
  aliases?: string[];
  country?: string;
  code?: string;
  roles?: KbRoleSpec[];
  geo?: { lat: number; lon: number };
  /** Nationality words (places extending a country: "Philippine", "Filipino"). */
  demonyms?: string[];
}

export interface KbRole {
  title: string;
  role: string;
  sector: string;
  code: string;
  from?: string;
  to?: string;
}

export interface KbEntry {
  id: string;
  name: string;
  type: KbType;
  kind: "country" | "city" | "place" | "org" | "actor";
  aliases: string[];
  country?: string;
  code?: string;
  geo?: { lat: number; lon: number };
  roles: KbRole[];
  population?: number;
  /** For a capital city: the country (ISO alpha-3) whose government sits there. */
  capitalOf?: string;
  demonyms?: string[];
  /** A territory that is not a sovereign state (Caribbean Netherlands, Guam). */
  dependent?: boolean;
  /** A country's official name ("Republic of Korea"): a name in its own right, never a short form of another. */
  official?: string;
}

export interface TitleInfo {
  /** Role key, e.g. "foreign-minister". */
  role: string;
  /** CAMEO sector, e.g. "GOV", "MIL". */
  sector: string;
}

export interface Lexicon {
  /** Title forms by nameKey ("secretary of state" -> foreign-minister/GOV). */
  titles: Map<string, TitleInfo>;
  /** Longest title form, in words. */
  titleWords: number;
  /** First words of the title forms ("maj" of "Maj Gen"), so a sentence may start with one. */
  titleStarts: Set<string>;
  titleModifiers: Set<string>;
  titleQualifiers: Set<string>;
  honorifics: Set<string>;
  /** Description heads by nameKey ("leader" -> [head-of-state, head-of-government]). */
  descriptions: Map<string, string[]>;
  /** First words of the description heads, to skip most tokens at once. */
  descriptionStarts: Set<string>;
  orgCues: Set<string>;
  /** Place cue word -> GPE | LOC | FAC. */
  placeCues: Map<string, KbType>;
  placeNouns: Set<string>;
  placeModifiers: Set<string>;
  /** "government", "authorities": after a country, the state itself. */
  stateNouns: Set<string>;
  eventCues: Set<string>;
  months: Set<string>;
  monthContext: Set<string>;
  norpCues: Set<string>;
  /** First words of place names ("Mount", "South", and the toponymic heads). */
  placeStarts: Set<string>;
  /** "Ras", "Wadi", "Beit": heads that make the whole name one place ("Ras Beirut"). */
  toponymHeads: Set<string>;
  /** Particles that join a name only when hyphenated onto it ("as-Sisi"). */
  hyphenParticles: Set<string>;
  locativePrepositions: Set<string>;
  /** Prepositions after which even one unknown word is a place ("near Pahalgam"). */
  placePrepositions: Set<string>;
  /** "Euro", "Sino": first parts of hyphenated adjectives ("Euro-Atlantic security"). */
  combiningPrefixes: Set<string>;
  /** Nouns heading an apposition that makes the name before it an organisation ("a clearing house"). */
  orgNouns: Set<string>;
  /** "USS", "BRP": a ship's name follows. */
  vesselPrefixes: Set<string>;
  /** "businessman", "activist": before a name at a sentence's start, a description, not part of the name. */
  occupationNouns: Set<string>;
  /** "Partido", "Frente", "Conseil": first words of organisations' names in other languages. */
  orgStarts: Set<string>;
  /** "centrist", "far-right": before a name at a sentence's start, a description, not part of the name. */
  politicalDescriptors: Set<string>;
  /** "Latin American", "West African": a region's adjective whose last word is a nation's. */
  regionAdjectives: Set<string>;
  /** Common given names: one before a word that is also a city makes a person ("Fernando Villavicencio"). */
  givenNames: Set<string>;
  nameParticles: Set<string>;
  nameConnectors: Set<string>;
  notNames: Set<string>;
}

export interface KnowledgeBase {
  /** Files the knowledge base was read from, for provenance. */
  files: string[];
  entries: KbEntry[];
  /** nameKey of every name and alias -> entries, best first (actor, org, country, place, city by size). */
  byName: Map<string, KbEntry[]>;
  /** variantKey -> entries, for transliteration variants not listed as aliases. */
  byVariant: Map<string, KbEntry[]>;
  /** Longest name in the knowledge base, in words. */
  nameWords: number;
  /** Lower-case words inside known names ("for", "and", "in" of "Organization for Security and Co-operation in Europe"). */
  innerWords: Set<string>;
  /** Countries by ISO alpha-3 code. */
  countries: Map<string, KbEntry>;
  /** nameKey of a demonym ("russian", "russians") -> country code. */
  demonyms: Map<string, string>;
  /** `${country}|${roleKey}` -> actors who held that role at some time. */
  roleHolders: Map<string, Array<{ entry: KbEntry; role: KbRole }>>;
  lexicon: Lexicon;
}

export interface LoadOptions {
  /** Extra user files (YAML/JSON, or CAMEO/PETRARCH actor dictionaries) read after the bundled data. */
  extraPaths?: string[];
}

/** Entries known by a name (exact key first, then transliteration variant). */
export function lookupName(kb: KnowledgeBase, name: string): KbEntry[] {
  const exact = kb.byName.get(nameKeyOf(name));
  if (exact) return exact;
  const variant = variantKeyOf(name);
  return variant.length >= 5 ? kb.byVariant.get(variant) ?? [] : [];
}

/** The country a name key names or is the nationality of: "russian", "u.s.", "peru" (undefined if none). */
export function countryOfKey(kb: KnowledgeBase, key: string): string | undefined {
  return kb.demonyms.get(key) ?? kb.byName.get(key)?.find((e) => e.kind === "country")?.id;
}

/** The actors holding a role (a role key) for a country on a date (ISO, any precision); current holders when no date. */
export function roleHoldersOn(kb: KnowledgeBase, country: string, roleKey: string, date?: string): KbEntry[] {
  const holders = kb.roleHolders.get(`${country}|${roleKey}`) ?? [];
  return holders
    .filter(({ role }) => (date ? dateWithinOf(date, role.from, role.to) : !role.to))
    .map(({ entry }) => entry);
}

/** The role an actor held on a date (the first listed that covers it). */
export function roleOn(entry: KbEntry, date?: string): KbRole | undefined {
  return entry.roles.find((r) => (date ? dateWithinOf(date, r.from, r.to) : !r.to));
}
