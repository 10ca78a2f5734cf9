// What a run of words names, for the actor index (./actors.ts, which chunks the sentences): a person, an
// organisation, a country, a place standing for its country, a description ("the Ukrainian leader") or a
// group ("Sudanese soldiers"), through the entities layer, the knowledge base's countries and titles.
import type { ActorRef, Entity, Place, PlacePrecision, Segments, Timex } from "../model/index.ts";
import type { DependencyTree } from "../syntax/index.ts";
import { tokensIn } from "../segment/index.ts";
import type { CountryGazetteer, CountryInfo } from "./countries.ts";
import { NOUNS, roleFits } from "./nouns.ts";
import { Antecedents } from "./antecedents.ts";
import type { Actor } from "./actors.ts";

const { person_titles: PERSON_TITLES, state_agents: STATE_AGENTS, weapons: WEAPONS, groups: GROUPS, victims: VICTIMS,
  title_words: TITLE_WORDS, quantity_nouns: QUANTITY_NOUNS } = NOUNS;
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);
const DEFINITE = new Set(["the", "this", "that"]);
/** Words before a group's noun that say how many, not who. */
const GROUP_QUANTIFIERS = new Set(["many", "more", "most", "several", "some", "few", "numerous", "other", "all", "both"]);

/** Tokens (inclusive) of one mention of an entity. */
export interface EntitySpan {
  entity: Entity;
  first: number;
  last: number;
}

/** The document's tokens, entities and countries, and what each run of tokens names. */
export class PhraseActors {
  protected readonly entityAt: Int32Array;
  protected readonly timeAt: Uint8Array;
  /** Tokens that begin with a capital letter. */
  protected readonly capital: Uint8Array;
  /** Tokens between quotation marks. */
  protected readonly quoted: Uint8Array;
  protected readonly spans: EntitySpan[] = [];
  protected readonly countryEntity = new Map<string, Entity>();
  protected readonly antecedents: Antecedents;

  constructor(
    protected readonly text: string,
    protected readonly segments: Segments,
    /** Lower-cased token texts. */
    readonly words: string[],
    protected readonly tree: DependencyTree,
    entities: Entity[],
    timexes: Timex[],
    protected readonly countries: CountryGazetteer,
  ) {
    const { start } = segments.tokens;
    this.timeAt = new Uint8Array(start.length);
    this.capital = new Uint8Array(start.length);
    this.quoted = markQuotedTokens(this.words, segments);
    this.antecedents = new Antecedents(tree, this.quoted, placeMentions(entities));
    for (let i = 0; i < start.length; i++) {
      const c = text.charCodeAt(start[i]);
      if (c >= 65 && c <= 90) this.capital[i] = 1;
    }
    for (const t of timexes) for (const k of tokensIn(segments, t.start, t.end)) this.timeAt[k] = 1;
    this.entityAt = new Int32Array(start.length).fill(-1);
    for (const entity of entities) {
      if (isCountryEntity(entity, countries) && entity.country) this.countryEntity.set(entity.country, entity);
      for (const m of entity.mentions) {
        const toks = tokensIn(segments, roleStart(text, entity, m.start), m.end);
        if (!toks.length) continue;
        const span = { entity, first: toks[0], last: toks[toks.length - 1] };
        const id = this.spans.push(span) - 1;
        for (const t of toks) {
          const old = this.entityAt[t];
          if (old < 0 || this.spans[old].last - this.spans[old].first < span.last - span.first) this.entityAt[t] = id;
        }
      }
    }
  }

  pos(i: number): string {
    return this.segments.tokens.pos[i];
  }

  lemma(i: number): string {
    return this.segments.tokens.lemma[i];
  }

  protected isSentenceStart(i: number): boolean {
    return i === 0 || this.pos(i - 1) === "PUNCT" && /[.!?\n]/.test(this.words[i - 1]) || this.text[this.segments.tokens.start[i] - 1] === "\n";
  }

  protected isAllCaps(i: number): boolean {
    if (!this.capital[i]) return false;
    const { start, end } = this.segments.tokens;
    if (end[i] - start[i] < 2) return false;
    for (let k = start[i] + 1; k < end[i]; k++) {
      const c = this.text.charCodeAt(k);
      if (!(c >= 65 && c <= 90) && c !== 46) return false;
    }
    return true;
  }

  protected isCapitalised(i: number): boolean {
    const c = this.text[this.segments.tokens.start[i]];
    return c !== undefined && c !== c.toLowerCase();
  }

  /** The actor a run of tokens names: a person, else an organisation, else a place or nationality. */
  resolvePart(first: number, last: number): Actor | undefined {
    let person: EntitySpan | undefined;
    let org: EntitySpan | undefined;
    let place: EntitySpan | undefined;
    let gazetteer: { country: CountryInfo; kind: string; first: number; last: number } | undefined;
    let name: { first: number; last: number } | undefined;
    for (let k = first; k <= last; k++) {
      const id = this.entityAt[k];
      if (id >= 0) {
        const span = this.spans[id];
        const type = span.entity.type;
        // "Iraqi Kurds", "Serbian Workers' Union": an entity the entities layer gave no country keeps the one its words name.
        if (!span.entity.country && !gazetteer) {
          for (let g = span.first; g <= span.last && !gazetteer; g++) {
            const inner = this.capital[g] ? this.countries.phraseAt(this.words, g, span.last + 1) : undefined;
            if (inner) gazetteer = { country: inner.country, kind: inner.kind, first: g, last: g + inner.length - 1 };
          }
        }
        if (type === "PERSON") person = span;
        else if (type === "ORG") org = span;
        else if (PLACE_TYPES.has(type) || type === "NORP") place = span;
        k = Math.max(k, span.last);
        continue;
      }
      const phrase = this.capital[k] ? this.countries.phraseAt(this.words, k, last + 1) : undefined;
      if (phrase) {
        gazetteer = { country: phrase.country, kind: phrase.kind, first: k, last: k + phrase.length - 1 };
        k = gazetteer.last;
      } else if (this.pos(k) === "PROPN" && this.capital[k]) {
        name = name && name.last === k - 1 ? { first: name.first, last: k } : { first: k, last: k };
      }
    }
    const headLemma = this.lemma(last);
    const twoWordHead = last > first ? `${this.lemma(last - 1)} ${headLemma}` : headLemma;
    const title = PERSON_TITLES.has(twoWordHead) || PERSON_TITLES.has(headLemma);
    if (person) return this.entityActor(person, this.countryIn(place, gazetteer));
    if (org && (!title || org.last < last)) return this.entityActor(org, this.countryIn(place, gazetteer));
    const placeWords = place ?? gazetteer;
    // "ethnic Albanians": a people, of whichever country the story places them in, not the state.
    if (placeWords && placeWords.first > first && NOUNS.ethnicity_words.has(this.words[placeWords.first - 1].toLowerCase())) return this.groupActor(first, last, undefined);
    const country = this.countryIn(place, gazetteer);
    // "Ukrainian President Volodymyr Zelenskiy" without an entity for him: the name, of that country.
    if (name && name.last === last && (!placeWords || name.first > placeWords.last)) {
      const named = this.nameActor(name.first, name.last);
      if (named && country) named.ref.country = country.code;
      if (named) return named;
    }
    if (country && placeWords) {
      const headIsName = placeWords.last === last;
      if (title && !headIsName) return this.describedPerson(country, headLemma, first, last) ?? this.countryActor(country, first, last, headLemma);
      if (headLemma === "capital" && !headIsName && country.capital) {
        return { ...this.countryActor(country, first, last), place: { name: country.capital, country: country.code } };
      }
      if (!headIsName && GROUPS.has(headLemma)) return this.groupActor(first, last, country.code);
      if (!headIsName && (STATE_AGENTS.has(headLemma) || WEAPONS.has(headLemma))) {
        const agent = this.countryActor(country, first, last, headLemma);
        return { ...agent, place: this.cityPlace(place, gazetteer, country) };
      }
      const actor = this.countryActor(country, placeWords.first, placeWords.last);
      const cityPlace = this.cityPlace(place, gazetteer, country);
      return cityPlace ? { ...actor, place: cityPlace } : actor;
    }
    if (place) return this.entityActor(place, undefined);
    // "the president (of Armenia)": the latest person with that title, else the title itself,
    // whose country a following "of" phrase may give.
    // "the foreign ministers (of Russia, Iran and Turkey)": a plural title names no one person.
    const plural = this.words[last] !== headLemma && this.words[last].endsWith("s");
    if (title && !org) return (plural ? undefined : this.titledPerson(headLemma, first, last)) ?? this.groupActor(first, last, undefined);
    const noun = this.commonNounLemma(last);
    if (GROUPS.has(noun) || STATE_AGENTS.has(noun)) return this.groupActor(first, last, undefined);
    return undefined;
  }

  /**
   * The lemma of a noun, also where a capital made the tagger read it as a name and leave it
   * unlemmatised ("Farmers staged a protest", "Protesters marched"): its regular singular.
   */
  protected commonNounLemma(i: number): string {
    const lemma = this.lemma(i);
    if (this.pos(i) !== "PROPN" || lemma !== this.words[i] || !lemma.endsWith("s")) return lemma;
    if (lemma.endsWith("ies")) return `${lemma.slice(0, -3)}y`;
    return GROUPS.has(lemma.slice(0, -1)) || STATE_AGENTS.has(lemma.slice(0, -1)) ? lemma.slice(0, -1) : lemma.slice(0, -2);
  }

  /** A proper name no entity covers, without the title words before it ("Foreign Minister Araqchi"). */
  protected nameActor(first: number, last: number): Actor | undefined {
    // "Officials said ...", "None of the ...": one capitalised word opening a sentence or a quote is not
    // taken for a name the entities layer did not find.
    const opening = this.isSentenceStart(first) || /^["“‘']$/.test(this.words[first - 1] ?? "");
    if (first === last && opening) return undefined;
    let from = first;
    while (from < last && TITLE_WORDS.has(this.words[from].replace(/\./g, ""))) from++;
    if (TITLE_WORDS.has(this.words[from])) return undefined;
    const text = this.text.slice(this.segments.tokens.start[from], this.segments.tokens.end[last]);
    // An unknown proper name that acts is most often a person's: pronouns may take it.
    return { ref: { name: text }, kind: "name", first: from, last, isPerson: true };
  }

  protected countryIn(place: EntitySpan | undefined, gazetteer: { country: CountryInfo } | undefined): CountryInfo | undefined {
    if (place) {
      // A nationality word is read with the gazetteer, which prefers sovereign states ("French" is France).
      const named = this.countries.ofName(place.entity.name)?.country.code;
      const code = place.entity.type === "NORP" ? named ?? place.entity.country : place.entity.country ?? named;
      const info = this.countries.byCode(code);
      if (info) return info;
    }
    return gazetteer?.country;
  }

  /** A city or capital named as actor: where it happened, with its country as the actor. */
  protected cityPlace(place: EntitySpan | undefined, gazetteer: { kind: string; first: number; last: number } | undefined, country: CountryInfo): Place | undefined {
    if (place && !isCountryEntity(place.entity, this.countries) && place.entity.type !== "NORP") {
      const e = place.entity;
      return { name: e.name, country: e.country ?? country.code, lat: e.geo?.lat, lon: e.geo?.lon, precision: placePrecision(e) };
    }
    if (!place && gazetteer?.kind === "capital" && country.capital) return { name: country.capital, country: country.code, precision: "city" };
    return undefined;
  }

  protected entityActor(span: EntitySpan, country: CountryInfo | undefined): Actor {
    const e = span.entity;
    const ref: ActorRef = { entity: e.id, name: e.name };
    const code = e.country ?? country?.code;
    if (code) ref.country = code;
    if (e.role) ref.role = e.role;
    return { ref, kind: "entity", first: span.first, last: span.last, isPerson: e.type === "PERSON", entityType: e.type };
  }

  countryActor(country: CountryInfo, first: number, last: number, role?: string): Actor {
    const entity = this.countryEntity.get(country.code);
    const ref: ActorRef = entity ? { entity: entity.id, name: entity.name, country: country.code } : { name: country.name, country: country.code };
    if (role) ref.role = role;
    return { ref, kind: "country", first, last, isPerson: false };
  }

  protected groupActor(first: number, last: number, country: string | undefined): Actor {
    let from = first;
    while (from < last && (this.pos(from) === "DET" || this.pos(from) === "PART" || POSSESSIVE_PRONOUNS.has(this.words[from]))) from++;
    // "many more antigovernment protesters" are "antigovernment protesters": how many is no part of who.
    let named = from;
    while (named < last && (GROUP_QUANTIFIERS.has(this.words[named]) || QUANTITY_NOUNS.has(this.words[named]) || this.pos(named) === "NUM")) named++;
    const ref: ActorRef = { name: this.text.slice(this.segments.tokens.start[named], this.segments.tokens.end[last]) };
    if (country) ref.country = country;
    const actor: Actor = { ref, kind: "group", first: from, last, isPerson: false };
    if (this.pos(from) === "NUM" && !country && VICTIMS.has(this.lemma(last))) actor.counted = true;
    return actor;
  }

  /** "the president": the latest person whose role has the title, of any country. */
  protected titledPerson(title: string, first: number, last: number): Actor | undefined {
    // "the president" is someone the article named; "a senior official" is someone it did not.
    if (!DEFINITE.has(this.words[first])) return undefined;
    let chosen: Actor | undefined;
    for (const persons of this.antecedents.persons()) {
      for (const p of persons) if (roleFits(p.ref.role, title) && (!chosen || p.last > chosen.last)) chosen = p;
    }
    return chosen && { ...chosen, kind: "description", first, last, place: undefined };
  }

  /**
   * "the Ukrainian leader": the latest person of that country whose role has the title, else the latest
   * whose role the article does not give; never one whose role is another ("the Mexican ambassador" is
   * not the Mexican president named before).
   */
  protected describedPerson(country: CountryInfo, title: string, first: number, last: number): Actor | undefined {
    const persons = this.antecedents.personsOf(country.code) ?? [];
    let chosen: Actor | undefined;
    for (let k = persons.length - 1; k >= 0 && !chosen; k--) if (roleFits(persons[k].ref.role, title)) chosen = persons[k];
    for (let k = persons.length - 1; k >= 0 && !chosen; k--) if (!persons[k].ref.role) chosen = persons[k];
    return chosen && { ...chosen, kind: "description", first, last, place: undefined };
  }
}

/**
 * Where a person's mention begins with the role written right before the name: "Assistant Secretary-General
 * for the Middle East, Asia and the Pacific Khaled Khiari" is one phrase naming Khiari, and no word of
 * the chain ("Peacebuilding Affairs and ...") is an actor of its own.
 */
function roleStart(text: string, entity: Entity, start: number): number {
  const role = entity.type === "PERSON" ? entity.role : undefined;
  if (!role) return start;
  const before = text.slice(Math.max(0, start - role.length - 1), start);
  return before.length === role.length + 1 && before.startsWith(role) && /\s/.test(before[role.length]) ? start - role.length - 1 : start;
}
const OPENING_MARKS = new Set(["“", "‘"]);
const CLOSING_MARKS = new Set(["”", "’"]);
/** Tokens inside quotation marks, paragraph by paragraph (straight marks toggle, curly ones open or close). */
function markQuotedTokens(words: string[], segments: Segments): Uint8Array {
  const quoted = new Uint8Array(words.length);
  for (const s of segments.sentences) {
    let open = s.firstToken > 0 && quoted[s.firstToken - 1] === 1;
    for (let k = s.firstToken; k <= s.lastToken; k++) {
      const w = words[k];
      if (OPENING_MARKS.has(w) || (w === '"' && !open)) open = true;
      else if (CLOSING_MARKS.has(w) || w === '"') open = false;
      else if (open) quoted[k] = 1;
    }
  }
  return quoted;
}
/**
 * A place entity's extent, from its knowledge-base entry: cities are "RUS:Moscow", the bundled places
 * (regions, seas, areas) "place:Donbas"; a facility is a site.
 */
function placePrecision(e: Entity): PlacePrecision {
  if (e.type === "FAC") return "site";
  return e.kb && /^[A-Z]{3}:/.test(e.kb) ? "city" : "region";
}
export function isCountryEntity(e: Entity, countries: CountryGazetteer): boolean {
  if (e.type !== "GPE") return false;
  const p = countries.ofName(e.name);
  return p?.kind === "country" && (!e.country || p.country.code === e.country);
}

/** How often the story names each country or a place in it: the state it is about is named most. */
function placeMentions(entities: Entity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.country && PLACE_TYPES.has(e.type)) counts.set(e.country, (counts.get(e.country) ?? 0) + e.mentions.length);
  return counts;
}
