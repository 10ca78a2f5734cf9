// The country gazetteer the event coder falls back on when the entities layer has not named a country:
// names, capitals and adjectives ("Russian") from world-countries, plus data/events/country-aliases.yaml.
import worldCountries from "world-countries";
import type { Country } from "world-countries";
import { readDataFile } from "./data-files.ts";

export interface CountryInfo {
  code: string;
  name: string;
  lat: number;
  lon: number;
  capital?: string;
}

/** What a phrase of the gazetteer says: the country itself, its capital, or its adjective. */
export interface CountryPhrase {
  country: CountryInfo;
  kind: "country" | "capital" | "adjective";
  words: string[];
}

interface AliasFile {
  names?: Record<string, string>;
  adjectives?: Record<string, string>;
}

// The package's typings describe its CommonJS face; under ESM its default export is the array itself.
const countries = worldCountries as unknown as Country[];

const byCode = new Map<string, CountryInfo>();
/** Phrases keyed by their first word (lower case); longest first. */
const phrases = new Map<string, CountryPhrase[]>();

function addPhrase(text: string, country: CountryInfo | undefined, kind: CountryPhrase["kind"]): void {
  if (!country || text.length < 2) return;
  // Tokens split possessives and keep dotted abbreviations whole, as wink does.
  const words = text.toLowerCase().replace(/([a-z])'s\b/g, "$1 's").split(/\s+/).filter(Boolean);
  const list = phrases.get(words[0]) ?? [];
  // Countries are read independent ones first, so "French" is France, not a French territory.
  if (list.some((p) => p.words.join(" ") === words.join(" "))) return;
  list.push({ country, kind, words });
  list.sort((a, b) => b.words.length - a.words.length);
  phrases.set(words[0], list);
}

for (const c of countries) {
  const info: CountryInfo = { code: c.cca3, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1], capital: c.capital[0] };
  byCode.set(c.cca3, info);
}
const independentFirst = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
for (const c of independentFirst) {
  const info = byCode.get(c.cca3);
  addPhrase(c.name.common, info, "country");
  addPhrase(c.name.official, info, "country");
  // Two-letter codes ("RU") collide with words; longer alternative spellings are names.
  for (const alt of c.altSpellings) if (alt.length > 3 || /^[A-Z]{3}$/.test(alt)) addPhrase(alt, info, "country");
  for (const capital of c.capital) addPhrase(capital.replace(/ D\.C\.$/, ""), info, "capital");
  const demonym = c.demonyms?.eng;
  if (demonym) {
    addPhrase(demonym.m, info, "adjective");
    addPhrase(demonym.f, info, "adjective");
    // The people: "Algerians", "Iraqis" (not "Chineses": adjectives in -ese, -ch, -sh, -s have no plural form).
    if (!/(ese|ch|sh|s)$/.test(demonym.m)) addPhrase(`${demonym.m}s`, info, "adjective");
  }
}
const aliases = readDataFile<AliasFile>("events/country-aliases.yaml");
for (const [name, code] of Object.entries(aliases.names ?? {})) addPhrase(name, byCode.get(code), "country");
for (const [name, code] of Object.entries(aliases.adjectives ?? {})) addPhrase(name, byCode.get(code), "adjective");

export function countryByCode(code: string | undefined): CountryInfo | undefined {
  return code ? byCode.get(code.toUpperCase()) : undefined;
}

/** The longest gazetteer phrase starting at token `i` of `words` (lower-cased token texts), if any. */
export function countryPhraseAt(words: string[], i: number, limit: number): CountryPhrase | undefined {
  const candidates = phrases.get(words[i]);
  if (!candidates) return undefined;
  for (const p of candidates) {
    if (i + p.words.length > limit) continue;
    let k = 1;
    while (k < p.words.length && words[i + k] === p.words[k]) k++;
    if (k === p.words.length) return p;
  }
  return undefined;
}

const byName = new Map<string, CountryPhrase | undefined>();

/** The country a place name belongs to when the name is a country or a capital (memoised: entities repeat). */
export function countryOfName(name: string): CountryPhrase | undefined {
  if (byName.has(name)) return byName.get(name);
  const found = lookUpName(name);
  byName.set(name, found);
  return found;
}

function lookUpName(name: string): CountryPhrase | undefined {
  const words = name.toLowerCase().replace(/([a-z])'s\b/g, "$1 's").split(/\s+/).filter(Boolean);
  const p = countryPhraseAt(words, 0, words.length);
  return p && p.words.length === words.length ? p : undefined;
}
