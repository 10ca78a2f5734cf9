// Builds the knowledge base from the bundled data files and the user's own.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from "node:fs";
import { join, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { AppError } from "../model/index.ts";
import { parseCameoDictionary } from "./cameo.ts";
import { nameKey, variantKey } from "./normalise.ts";
import type { KbEntry, KbEntrySpec, KbRole, KbType, KnowledgeBase, Lexicon, LoadOptions, TitleInfo } from "./index.ts";

const DATA_DIR = fileURLToPath(new URL("../../data/kb/", import.meta.url));
const BUNDLED = ["countries.json", "cities.json", "places.yaml", "organisations.yaml", "actors.yaml", "lexicon.yaml"];
// Parsing YAML costs ~100 ms at every start; the bundled YAML files are also kept parsed in this JSON,
// used only while each file's content hash still matches (scripts/build-kb-cache.ts rewrites it).
const CACHE = join(DATA_DIR, "compiled.json");
type Cache = Record<string, { hash: string; data: DataFile }>;

// Which entry a shared name means when nothing else tells: a person named in the news before an
// organisation, a country before a region, a region before a city, a big city before a small one.
const KIND_RANK: Record<KbEntry["kind"], number> = { actor: 0, org: 1, country: 2, place: 3, city: 4 };

interface CountryRow {
  id: string; iso2: string; name: string; official: string; aliases: string[]; demonyms: string[];
  capital: string[]; geo: { lat: number; lon: number }; independent: boolean;
}
type CityRow = [string, string, number, number, number, number];

interface LexiconSpec {
  titles?: Record<string, { sector?: string; forms?: string[] }>;
  title_modifiers?: string[]; title_qualifiers?: string[]; honorifics?: string[];
  descriptions?: Record<string, string[]>;
  org_cues?: string[]; place_cues?: Record<string, string[]>; place_nouns?: string[]; place_modifiers?: string[];
  state_nouns?: string[]; event_cues?: string[]; months?: string[]; month_context?: string[]; norp_cues?: string[]; place_starts?: string[]; hyphen_particles?: string[];
  locative_prepositions?: string[]; place_prepositions?: string[]; combining_prefixes?: string[]; org_nouns?: string[]; vessel_prefixes?: string[]; occupation_nouns?: string[]; org_starts?: string[]; political_descriptors?: string[]; region_adjectives?: string[]; toponym_heads?: string[];
  given_names?: string[]; name_particles?: string[]; name_connectors?: string[]; not_names?: string[];
}

/** The data a file may hold: any of these sections (a bare list counts as actors). */
interface DataFile {
  countries?: CountryRow[];
  cities?: CityRow[];
  places?: KbEntrySpec[];
  organisations?: KbEntrySpec[];
  organizations?: KbEntrySpec[];
  actors?: KbEntrySpec[];
  lexicon?: LexiconSpec;
}

export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const builder = new KbBuilder();
  const cache = readCache();
  for (const name of BUNDLED) builder.add(readDataFile(join(DATA_DIR, name), cache[name]), join(DATA_DIR, name));
  for (const path of options.extraPaths ?? []) {
    for (const file of filesUnder(path)) builder.add(readDataFile(file), file);
  }
  return builder.finish();
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) throw new AppError("KB", "no such knowledge-base file or folder", path);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().filter((n) => !n.startsWith(".")).flatMap((n) => filesUnder(join(path, n)));
}

function readCache(): Cache {
  try {
    return JSON.parse(readFileSync(CACHE, "utf8")) as Cache;
  } catch {
    return {};
  }
}

/** Rewrites the parsed copy of the bundled YAML files; returns the files it holds. */
export function writeBundledCache(): string[] {
  const cache: Cache = {};
  for (const name of BUNDLED.filter((n) => n.endsWith(".yaml"))) {
    const text = readFileSync(join(DATA_DIR, name), "utf8");
    cache[name] = { hash: contentHash(text), data: parseDataText(text, join(DATA_DIR, name)) };
  }
  writeFileSync(CACHE, JSON.stringify(cache) + "\n");
  return Object.keys(cache);
}

function contentHash(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

function readDataFile(file: string, cached?: Cache[string]): DataFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new AppError("KB", `cannot read: ${(e as Error).message}`, file, { cause: e });
  }
  if (cached && cached.hash === contentHash(text)) return cached.data;
  return parseDataText(text, file);
}

function parseDataText(text: string, file: string): DataFile {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === ".json" || ext === ".yaml" || ext === ".yml") {
      const data = ext === ".json" ? JSON.parse(text) : parseYaml(text);
      if (Array.isArray(data)) return { actors: data as KbEntrySpec[] };
      if (data && typeof data === "object") return data as DataFile;
      throw new Error("expected a list of entries or sections actors/organisations/places/lexicon");
    }
    return { actors: parseCameoDictionary(text) };
  } catch (e) {
    throw new AppError("KB", `not a knowledge-base file: ${(e as Error).message}`, file, { cause: e });
  }
}

class KbBuilder {
  private files: string[] = [];
  private entries: KbEntry[] = [];
  private byId = new Map<string, KbEntry>();
  private countries = new Map<string, KbEntry>();
  private capitals = new Map<string, string>(); // nameKey of capital -> country
  /** Countries and cities by every name, for the places that only add names to them. */
  private gazetteer = new Map<string, KbEntry>();
  private lexiconSpec: LexiconSpec = {};
  private pendingActors: Array<{ spec: KbEntrySpec; file: string }> = [];

  add(data: DataFile, file: string): void {
    this.files.push(file);
    for (const row of data.countries ?? []) this.addCountry(row);
    for (const row of data.cities ?? []) this.addCity(row);
    for (const spec of data.places ?? []) this.addSpec(spec, "place", "GPE", file);
    for (const spec of [...(data.organisations ?? []), ...(data.organizations ?? [])]) this.addSpec(spec, "org", "ORG", file);
    // Actors' role keys come from the lexicon, which may be read after them.
    for (const spec of data.actors ?? []) this.pendingActors.push({ spec, file });
    if (data.lexicon) mergeLexicon(this.lexiconSpec, data.lexicon);
    else if (file.endsWith("lexicon.yaml")) mergeLexicon(this.lexiconSpec, data as LexiconSpec);
  }

  finish(): KnowledgeBase {
    const lexicon = buildLexicon(this.lexiconSpec);
    for (const { spec, file } of this.pendingActors) this.addSpec(spec, "actor", "PERSON", file, lexicon);
    const byName = new Map<string, KbEntry[]>();
    const byVariant = new Map<string, KbEntry[]>();
    let nameWords = 1;
    const innerWords = new Set<string>();
    for (const entry of this.entries) {
      for (const name of [entry.name, ...entry.aliases]) {
        const key = nameKey(name);
        if (!key) continue;
        pushUnique(byName, key, entry);
        nameWords = Math.max(nameWords, key.split(" ").length);
        for (const word of name.split(" ").slice(1)) if (/^[a-z]+$/.test(word)) innerWords.add(word);
        // Variants of one-word names collide too often ("Yusuf" ~ "Youssouf"); those must be listed as aliases.
        const variant = variantKey(name);
        if (key.includes(" ") && variant.length >= 5) pushUnique(byVariant, variant, entry);
      }
    }
    for (const list of [...byName.values(), ...byVariant.values()]) list.sort(preferred);
    const demonyms = new Map<string, string>();
    const roleHolders = new Map<string, Array<{ entry: KbEntry; role: KbRole }>>();
    // "Dutch" is the Netherlands, not the Caribbean Netherlands: sovereign states claim demonyms first.
    const byStatus = [...this.entries].sort((a, b) => Number(!!a.dependent) - Number(!!b.dependent));
    for (const entry of byStatus) {
      for (const d of entry.demonyms ?? []) {
        if (!demonyms.has(nameKey(d))) demonyms.set(nameKey(d), entry.id);
        if (!/(s|ese|sh|ch)$/.test(d) && !demonyms.has(nameKey(d + "s"))) demonyms.set(nameKey(d + "s"), entry.id);
      }
    }
    for (const entry of this.entries) {
      // the first names of the people the knowledge base knows by their last name are given names too
      // ("Keir" of Starmer), not those who go by their first ("Xi", "Kim": a family name first) nor titles ("King")
      const words = entry.type === "PERSON" ? nameKey(entry.name).split(" ") : [];
      const [first, last] = [words[0], words[words.length - 1]];
      if (words.length > 1 && first.length > 2 && entry.aliases.some((a) => nameKey(a) === last) &&
          !lexicon.titles.has(first) && !lexicon.honorifics.has(first)) lexicon.givenNames.add(first);
      for (const role of entry.roles) {
        const country = entry.country ?? "";
        pushUnique(roleHolders, `${country}|${role.role}`, { entry, role });
      }
    }
    return { files: this.files, entries: this.entries, byName, byVariant, nameWords, innerWords, countries: this.countries,
      demonyms, roleHolders, lexicon };
  }

  private addCountry(row: CountryRow): void {
    const entry: KbEntry = { id: row.id, name: row.name, type: "GPE", kind: "country", aliases: row.aliases,
      country: row.id, code: row.id, geo: row.geo, roles: [], demonyms: row.demonyms, dependent: !row.independent, official: row.official };
    this.register(entry);
    this.countries.set(row.id, entry);
    for (const n of [row.name, ...row.aliases]) if (!this.gazetteer.has(nameKey(n))) this.gazetteer.set(nameKey(n), entry);
    for (const capital of row.capital) this.capitals.set(nameKey(capital), row.id);
  }

  private addCity([name, country, lat, lon, population, capital]: CityRow): void {
    const id = `${country}:${name}`;
    if (this.byId.has(id)) return;
    const entry: KbEntry = { id, name, type: "GPE", kind: "city", aliases: [], country, code: country,
      geo: { lat, lon }, roles: [], population };
    if (capital || this.capitals.get(nameKey(name)) === country) entry.capitalOf = country;
    this.register(entry);
    if (!this.gazetteer.has(nameKey(name))) this.gazetteer.set(nameKey(name), entry);
  }

  /** A place, organisation or actor; a place named like a known country or city only adds its aliases. */
  private addSpec(spec: KbEntrySpec, kind: KbEntry["kind"], type: KbType, file: string, lexicon?: Lexicon): void {
    if (!spec || typeof spec.name !== "string") {
      throw new AppError("KB", `an entry without a name: ${JSON.stringify(spec).slice(0, 80)}`, file);
    }
    const aliases = (spec.aliases ?? []).map(String);
    if (kind === "place") {
      // Matched on any of its names: world-countries calls Turkey "Türkiye".
      const known = [spec.name, ...aliases].map((n) => this.gazetteer.get(nameKey(n))).find(Boolean);
      if (known) {
        // The curated name wins ("Kyiv", "Geneva", "Odesa"); the gazetteer's becomes an alias.
        if (known.name !== spec.name) known.aliases.push(known.name);
        known.name = spec.name;
        known.aliases.push(...aliases);
        if (spec.demonyms) known.demonyms = [...(known.demonyms ?? []), ...spec.demonyms.map(String)];
        return;
      }
    }
    const country = spec.country ?? (kind === "org" ? undefined : undefined);
    const entry: KbEntry = {
      id: spec.id ?? `${kind}:${spec.name}`,
      name: spec.name,
      type: spec.type ?? type,
      kind,
      aliases,
      country,
      code: spec.code ?? country,
      geo: spec.geo,
      roles: (spec.roles ?? []).map((r) => toRole(r, country, lexicon)),
    };
    if (kind === "actor") entry.code = spec.code ?? entry.roles.find((r) => !r.to)?.code ?? entry.roles[0]?.code ?? country;
    const existing = this.byId.get(entry.id);
    if (existing) Object.assign(existing, entry); // a user file may correct a bundled entry
    else this.register(entry);
  }

  private register(entry: KbEntry): void {
    this.entries.push(entry);
    this.byId.set(entry.id, entry);
  }
}

function toRole(spec: KbEntrySpec["roles"] extends Array<infer R> | undefined ? R : never, country?: string,
  lexicon?: Lexicon): KbRole {
  const title = String(spec.title ?? spec.code ?? "");
  const known = lexicon ? titleInfo(lexicon, title) : undefined;
  const role = spec.role ?? known?.role ?? "official";
  const sector = known?.sector ?? sectorOf(spec.code) ?? "GOV";
  return { title, role, sector, code: spec.code ?? `${country ?? ""}${sector}`,
    from: spec.from ? String(spec.from) : undefined, to: spec.to ? String(spec.to) : undefined };
}

function sectorOf(code?: string): string | undefined {
  return code && code.length >= 6 ? code.slice(3, 6) : undefined;
}

/** The lexicon's reading of a full title: the whole title, or its longest known head ("Special Envoy to the Middle East" -> envoy). */
export function titleInfo(lexicon: Lexicon, title: string): TitleInfo | undefined {
  const words = nameKey(title).split(" ");
  for (let n = words.length; n > 0; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const hit = lexicon.titles.get(words.slice(i, i + n).join(" "));
      if (hit) return hit;
    }
  }
  return undefined;
}

function preferred(a: KbEntry, b: KbEntry): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || (b.population ?? 0) - (a.population ?? 0);
}

function pushUnique<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function mergeLexicon(into: LexiconSpec, from: LexiconSpec): void {
  for (const [key, value] of Object.entries(from) as Array<[keyof LexiconSpec, unknown]>) {
    const current = into[key];
    if (Array.isArray(value)) (into as Record<string, unknown>)[key] = [...((current as unknown[]) ?? []), ...value];
    else if (value && typeof value === "object") (into as Record<string, unknown>)[key] = { ...(current as object), ...value };
  }
}

function buildLexicon(spec: LexiconSpec): Lexicon {
  const keys = (list?: string[]) => new Set((list ?? []).map((w) => nameKey(String(w))));
  const titles = new Map<string, TitleInfo>();
  let titleWords = 1;
  for (const [role, { sector = "GOV", forms = [] }] of Object.entries(spec.titles ?? {})) {
    for (const form of forms) {
      const key = nameKey(String(form));
      if (!titles.has(key)) titles.set(key, { role, sector });
      titleWords = Math.max(titleWords, key.split(" ").length);
    }
  }
  const placeCues = new Map<string, KbType>();
  for (const [type, words] of Object.entries(spec.place_cues ?? {})) {
    for (const w of words) placeCues.set(nameKey(w), type as KbType);
  }
  const descriptions = new Map<string, string[]>();
  for (const [head, roles] of Object.entries(spec.descriptions ?? {})) descriptions.set(nameKey(head), roles);
  const descriptionStarts = new Set([...descriptions.keys()].map((k) => k.split(" ")[0]));
  const titleStarts = new Set([...titles.keys()].map((k) => k.split(" ")[0]));
  return {
    titles, titleWords, titleStarts, descriptions, descriptionStarts, placeCues,
    titleModifiers: keys(spec.title_modifiers), titleQualifiers: keys(spec.title_qualifiers),
    honorifics: keys(spec.honorifics), orgCues: keys(spec.org_cues), placeNouns: keys(spec.place_nouns),
    placeModifiers: keys(spec.place_modifiers), stateNouns: keys(spec.state_nouns), eventCues: keys(spec.event_cues),
    months: keys(spec.months), monthContext: keys(spec.month_context), norpCues: keys(spec.norp_cues), placeStarts: keys([...(spec.place_starts ?? []), ...(spec.toponym_heads ?? [])]), toponymHeads: keys(spec.toponym_heads), hyphenParticles: keys(spec.hyphen_particles),
    locativePrepositions: keys(spec.locative_prepositions), placePrepositions: keys(spec.place_prepositions), combiningPrefixes: keys(spec.combining_prefixes), orgNouns: keys(spec.org_nouns),
    vesselPrefixes: keys(spec.vessel_prefixes), occupationNouns: keys(spec.occupation_nouns), nameParticles: keys(spec.name_particles),
    orgStarts: keys(spec.org_starts), politicalDescriptors: keys(spec.political_descriptors), givenNames: keys(spec.given_names),
    regionAdjectives: keys(spec.region_adjectives),
    nameConnectors: keys(spec.name_connectors),
    // Case matters here: "May" starts a sentence, "may" never names anyone.
    notNames: new Set(spec.not_names ?? []),
  };
}
