// Who the noun phrases of a document name. Quotes (speakers) and events (source, target) both read this
// index: noun-phrase chunks over the wink tokens, each resolved to an actor through the entities layer,
// the knowledge base's countries, titles ("the Ukrainian leader"), nationality words ("Russian drones" is Russia)
// and pronouns (he/she -> the latest person in subject position).
import type { ActorRef, Entity, Place, PlacePrecision, Segments, Syntax, Timex, Tokens } from "../model/index.ts";
import { DependencyTree } from "../syntax/index.ts";
import type { Doc } from "../pipeline/stage.ts";
import type { KnowledgeBase } from "../kb/index.ts";
import { tokensIn } from "../segment/index.ts";
import { countryGazetteer } from "./countries.ts";
import type { CountryGazetteer, CountryInfo } from "./countries.ts";
import { NOUNS, roleFits } from "./nouns.ts";
import { Antecedents } from "./antecedents.ts";

/** How an actor was found; events use it for confidence, users to judge a coding. */
export type ActorKind = "entity" | "country" | "description" | "pronoun" | "group" | "name";

export interface Actor {
  ref: ActorRef;
  kind: ActorKind;
  /** Tokens (inclusive) of the words that name it. */
  first: number;
  last: number;
  /** Set when the words name a place (a city, a capital) that stands for its country's actor. */
  place?: Place;
  isPerson: boolean;
  /** The entity's type when the actor is an entity. */
  entityType?: string;
  /** "15 people", "nine civilians": a count of victims or bystanders, who suffer rather than act as one. */
  counted?: boolean;
}

/** A noun phrase: the actor it names, the possessor ("Israel's" strike), and where it stands. */
export interface Chunk {
  first: number;
  last: number;
  head?: Actor;
  possessor?: Actor;
  /** "the counterparts", "both sides", "they": the two sides of the latest two-sided event. */
  pair: boolean;
  /** Followed by its verb and not inside a prepositional phrase. */
  subject: boolean;
  /** A time phrase ("the previous night"): when, never who. */
  time: boolean;
}

export interface ActorIndex {
  tokens: Tokens;
  /** Lower-cased token texts. */
  words: string[];
  chunks: Chunk[];
  /** Token -> index into `chunks`, or -1. */
  chunkAt: Int32Array;
  /** Coordinated subjects ("the US and China announced"), in text order: what a later "they" may be. */
  subjectPairs: Array<{ token: number; sides: [Actor, Actor] }>;
  /** The knowledge base's countries the index was resolved with. */
  countries: CountryGazetteer;
  /** The dependency tree of the document (the syntax layer): where roles are read from. */
  tree: DependencyTree;
}

const { person_titles: PERSON_TITLES, state_agents: STATE_AGENTS, weapons: WEAPONS, groups: GROUPS, victims: VICTIMS,
  title_words: TITLE_WORDS, time_nouns: TIME_NOUNS, quantity_nouns: QUANTITY_NOUNS, pair_anaphora: PAIR_ANAPHORA } = NOUNS;
const TIME_MODIFIERS = new Set(["last", "next", "this", "early", "late", "every", "that"]);
const PAIR_LAST_WORDS = new Set([...PAIR_ANAPHORA].map((p) => p.split(" ").pop()));

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
const PERSON_PRONOUNS = new Set(["he", "she", "him", "his", "her"]);
/** Pronouns for a country, an organisation or a group: the latest one in subject position. */
const THING_PRONOUNS = new Set(["it", "they", "them"]);
/** Pronouns that stand for an actor; relative ones ("who", "which") are read by the role finder. */
const ACTOR_PRONOUNS = new Set(["he", "she", "him", "they", "them", "it", "we", "i", "you", "us"]);
const ARTICLES = new Set(["the", "a", "an"]);
const NOT_IN_CHUNK = new Set(["that", "which", "what", "whose", "who", "whom", "this", "these", "those", "all", "any"]);
const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);
const DEFINITE = new Set(["the", "this", "that"]);
/** Words before a group's noun that say how many, not who. */
const GROUP_QUANTIFIERS = new Set(["many", "more", "most", "several", "some", "few", "numerous", "other", "all", "both"]);

const cache = new WeakMap<Segments, ActorIndex>();

/** The actor index of a document (built once per document and shared by the quotes and events stages). */
export function actorIndex(doc: Doc, kb: KnowledgeBase): ActorIndex {
  const segments = doc.segments;
  if (!segments || !doc.syntax) throw new Error("actorIndex needs the segments and syntax layers");
  let index = cache.get(segments);
  if (!index) {
    index = buildActorIndex(doc.text, segments, doc.syntax, doc.entities ?? [], doc.timexes ?? [], countryGazetteer(kb));
    cache.set(segments, index);
  }
  return index;
}

interface EntitySpan {
  entity: Entity;
  first: number;
  last: number;
}

class Resolver {
  private readonly entityAt: Int32Array;
  private readonly timeAt: Uint8Array;
  /** Tokens that begin with a capital letter. */
  private readonly capital: Uint8Array;
  /** Tokens between quotation marks. */
  private readonly quoted: Uint8Array;
  private readonly spans: EntitySpan[] = [];
  private readonly countryEntity = new Map<string, Entity>();
  readonly subjectPairs: ActorIndex["subjectPairs"] = [];
  private readonly antecedents: Antecedents;

  constructor(
    private readonly text: string,
    private readonly segments: Segments,
    /** Lower-cased token texts. */
    readonly words: string[],
    private readonly tree: DependencyTree,
    entities: Entity[],
    timexes: Timex[],
    private readonly countries: CountryGazetteer,
  ) {
    const { start } = segments.tokens;
    this.timeAt = new Uint8Array(start.length);
    this.capital = new Uint8Array(start.length);
    this.quoted = markQuotedTokens(this.words, segments);
    this.antecedents = new Antecedents(tree, this.quoted);
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

  isChunkToken(i: number): boolean {
    if (this.entityAt[i] >= 0) return true;
    const pos = this.pos(i);
    const word = this.words[i];
    if (NOT_IN_CHUNK.has(word)) return false;
    if (pos === "DET" || pos === "ADJ" || pos === "PROPN" || pos === "NOUN" || pos === "NUM") return true;
    if (pos === "PART") return word === "'s" || word === "’s";
    if (this.isAllCaps(i)) return true; // "US", "UN", "NATO" whatever wink tags them
    if (pos === "PRON") return POSSESSIVE_PRONOUNS.has(word);
    // wink tags a few adjectives inside names ("big fat", "U.S.") loosely; capitalised words stay in the phrase.
    return pos === "ADV" && this.capital[i] === 1 && i > 0 && this.isChunkToken(i - 1);
  }

  /** Resolves the chunks of one sentence in text order, so that pronouns see the persons before them. */
  chunkSentence(first: number, last: number, out: Chunk[]): void {
    this.antecedents.startSentence();
    let i = first;
    while (i <= last) {
      if (ACTOR_PRONOUNS.has(this.words[i]) && this.entityAt[i] < 0 && !this.isAllCaps(i)) {
        out.push(this.pronounChunk(i, last));
        i++;
        continue;
      }
      if (!this.isChunkToken(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 <= last && this.continuesChunk(j, j + 1)) j++;
      const chunk = this.nounChunk(i, j, last);
      out.push(chunk);
      this.noteCoordinatedSubject(out[out.length - 2], chunk);
      i = j + 1;
    }
  }

  /** Whether token `next` extends the phrase ending at `j`: not across a time phrase's edge. */
  private continuesChunk(j: number, next: number): boolean {
    if (this.insideEntity(next)) return true;
    if (this.timeAt[j] !== this.timeAt[next]) return false;
    // "praised Stubb last week": a time phrase after a name is not part of it.
    if (TIME_NOUNS.has(this.lemma(next)) || (TIME_MODIFIERS.has(this.words[next]) && TIME_NOUNS.has(this.lemma(next + 1)))) {
      if (this.entityAt[j] >= 0 || this.pos(j) === "PROPN" || this.pos(j) === "NOUN") return false;
    }
    // "said on Monday the government was ...": an article after a noun or name begins another phrase.
    if (ARTICLES.has(this.words[next]) && (this.pos(j) === "PROPN" || this.pos(j) === "NOUN")) return false;
    if (this.isChunkToken(next)) return true;
    // "Secretary of State Marco Rubio", "Association of Southeast Asian Nations": "of" inside a name.
    return this.words[next] === "of" && this.isCapitalised(j) && this.isCapitalised(next + 1) && this.pos(next + 1) === "PROPN";
  }

  private isSentenceStart(i: number): boolean {
    return i === 0 || this.pos(i - 1) === "PUNCT" && /[.!?\n]/.test(this.words[i - 1]) || this.text[this.segments.tokens.start[i] - 1] === "\n";
  }

  private isAllCaps(i: number): boolean {
    if (!this.capital[i]) return false;
    const { start, end } = this.segments.tokens;
    if (end[i] - start[i] < 2) return false;
    for (let k = start[i] + 1; k < end[i]; k++) {
      const c = this.text.charCodeAt(k);
      if (!(c >= 65 && c <= 90) && c !== 46) return false;
    }
    return true;
  }

  private isCapitalised(i: number): boolean {
    const c = this.text[this.segments.tokens.start[i]];
    return c !== undefined && c !== c.toLowerCase();
  }

  private noteCoordinatedSubject(before: Chunk | undefined, chunk: Chunk): void {
    if (!before?.head || !chunk.head || !chunk.subject || before.last !== chunk.first - 2 || this.words[chunk.first - 1] !== "and") return;
    this.subjectPairs.push({ token: chunk.first, sides: [before.head, chunk.head] });
  }

  private insideEntity(i: number): boolean {
    const id = this.entityAt[i];
    return id >= 0 && this.entityAt[i - 1] === id;
  }

  private pronounChunk(i: number, sentenceLast: number): Chunk {
    const chunk: Chunk = { first: i, last: i, pair: PAIR_ANAPHORA.has(this.words[i]), subject: this.inSubjectPosition(i, i, sentenceLast), time: false };
    const antecedent = PERSON_PRONOUNS.has(this.words[i])
      ? this.antecedents.person(i)
      : THING_PRONOUNS.has(this.words[i]) ? this.antecedents.thing() : undefined;
    if (antecedent) chunk.head = { ...antecedent, kind: "pronoun", first: i, last: i, place: undefined };
    // "He confirmed ..." keeps its person the topic: a person named later in passing ("one Sukhoi") does not take "he".
    if (antecedent?.isPerson && chunk.subject && !this.quoted[i]) this.antecedents.keepTopic(antecedent);
    return chunk;
  }

  private nounChunk(first: number, last: number, sentenceLast: number): Chunk {
    const chunk: Chunk = { first, last, pair: false, subject: this.inSubjectPosition(first, last, sentenceLast), time: false };
    if (this.timeAt[last] || TIME_NOUNS.has(this.lemma(last))) {
      chunk.time = true;
      return chunk;
    }
    let split = -1;
    for (let k = last; k > first; k--) if (this.words[k] === "'s" || this.words[k] === "’s") { split = k; break; }
    if (this.isPairAnaphor(first, last)) {
      chunk.pair = true; // "the two leaders", "the counterparts"
      return chunk;
    }
    if ((QUANTITY_NOUNS.has(this.lemma(last)) || QUANTITY_NOUNS.has(this.words[last])) && this.words[last + 1] === "of") {
      return chunk; // "Tens (of thousands of students)": the "of" phrase names who
    }
    if (split > first) {
      chunk.possessor = this.resolvePart(first, split - 1);
      chunk.head = this.resolvePart(split + 1, last) ?? this.possessedAgent(split + 1, last, chunk.possessor);
      // "Poland's parliament", "Taiwan's Vice Foreign Minister": of the possessor's country.
      const country = chunk.possessor?.ref.country;
      if (chunk.head && !chunk.head.ref.country && country) chunk.head = { ...chunk.head, ref: { ...chunk.head.ref, country } };
    } else {
      chunk.head = this.resolvePart(first, last);
      if (!chunk.head && POSSESSIVE_PRONOUNS.has(this.words[first])) chunk.possessor = this.possessivePronoun(first);
    }
    if (chunk.head) chunk.head = this.antecedents.groupOfBefore(chunk.head, this.lemma(chunk.head.last), this.words[first] === "the");
    const person = chunk.head?.isPerson ? chunk.head : undefined;
    // Words inside a quotation are the speaker's: they do not change who "he" or "it" is.
    if (this.quoted[first]) return chunk;
    // "North Korea's defence ministry replied ... It accused": "it" is the state the ministry acts as.
    const thing = chunk.head && (stateActing(this.segments, chunk) ?? chunk.head);
    if (person) this.antecedents.notePerson(person, chunk.subject);
    else if (thing && chunk.subject) this.antecedents.noteThing(thing);
    // "said Japan had contacted the Houthis, and that it had also asked ...": a reported clause's subject is
    // what "it" stands for in the rest of the sentence ("replied that the army would ... It accused" is the speaker).
    else if (thing && this.isTreeSubject(chunk.first, chunk.last, true)) this.antecedents.noteThing(thing, true);
    return chunk;
  }

  /** "Taiwan's Vice Foreign Minister" (a title, no name): an agent of the possessor's country. */
  private possessedAgent(first: number, last: number, possessor: Actor | undefined): Actor | undefined {
    const code = possessor?.ref.country;
    const head = this.lemma(last);
    if (!code || !(PERSON_TITLES.has(head) || STATE_AGENTS.has(head) || GROUPS.has(head))) return undefined;
    return this.groupActor(first, last, code);
  }

  private possessivePronoun(i: number): Actor | undefined {
    if (this.words[i] !== "his" && this.words[i] !== "her") return undefined;
    const antecedent = this.antecedents.possessor();
    return antecedent ? { ...antecedent, kind: "pronoun", first: i, last: i, place: undefined } : undefined;
  }

  private isPairAnaphor(first: number, last: number): boolean {
    if (!PAIR_LAST_WORDS.has(this.lemma(last))) return false;
    const lemmas = [];
    for (let k = first; k <= last; k++) lemmas.push(this.lemma(k));
    let from = first;
    while (from < last && this.pos(from) === "DET") from++;
    const plural = this.words[last] !== this.lemma(last);
    return PAIR_ANAPHORA.has(lemmas.join(" ")) || (plural && PAIR_ANAPHORA.has(lemmas.slice(from - first).join(" ")));
  }

  /** Subject: not after a preposition or a verb, and followed (past adverbs and auxiliaries) by a verb. */
  /** The sentence's root, a verb coordinated with it, or (`reported`) one it reports ("said Japan had contacted ..."). */
  private isMainVerb(v: number, reported = false): boolean {
    for (let at = v, steps = 0; steps < 6; steps++) {
      const up = this.tree.head(at);
      if (up < 0) return true;
      if (this.tree.base(at) !== "conj" && !(reported && this.tree.base(at) === "ccomp")) return false;
      at = up;
    }
    return false;
  }

  /** The tree's subject of the sentence's main verb, or (`reported`) of a clause it reports. */
  private isTreeSubject(first: number, last: number, reported = false): boolean {
    for (let k = first; k <= last; k++) {
      const up = this.tree.head(k);
      if (up >= first && up <= last) continue;
      if (this.tree.base(k) === "nsubj" && this.tree.upos(up) === "VERB" && this.isMainVerb(up, reported)) return true;
    }
    return false;
  }

  private inSubjectPosition(first: number, last: number, sentenceLast: number): boolean {
    // "Boluarte, 60, a lawyer who becomes president, called for ...": the subject of the sentence's main verb
    // in the tree, however far from it (an adverbial clause's, "while Spain insisted", is not the topic).
    if (this.isTreeSubject(first, last)) return true;
    const before = first > 0 ? this.pos(first - 1) : "";
    if (before === "ADP" || before === "VERB" || before === "SCONJ") return false;
    let k = last + 1;
    while (k <= sentenceLast && (this.pos(k) === "ADV" || this.pos(k) === "PART")) k++;
    // "The Resistance Committees in el-Fasher, a coalition ..., issued": a place phrase after the subject.
    if (k < sentenceLast && this.words[k] === "in" && this.isChunkToken(k + 1)) {
      k++;
      while (k <= sentenceLast && this.isChunkToken(k)) k++;
    }
    if (k > sentenceLast) return false;
    if (this.pos(k) === "VERB" || this.pos(k) === "AUX") return true;
    // "His counterpart, Thérèse Kayikwamba Wagner, called ...": the name in apposition to a subject.
    if (this.words[first - 1] === "," && this.words[k] === ",") {
      let v = k + 1;
      while (v <= sentenceLast && this.pos(v) === "ADV") v++;
      if (this.pos(v) === "VERB" || this.pos(v) === "AUX") return true;
    }
    return this.words[k] === "," && (this.words[k + 1] === "who" || this.pos(k + 1) === "DET" || this.pos(k + 1) === "PROPN");
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
    const country = this.countryIn(place, gazetteer);
    const placeWords = place ?? gazetteer;
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
    if (title && !org) return this.titledPerson(headLemma, first, last) ?? this.groupActor(first, last, undefined);
    const noun = this.commonNounLemma(last);
    if (GROUPS.has(noun) || STATE_AGENTS.has(noun)) return this.groupActor(first, last, undefined);
    return undefined;
  }

  /**
   * The lemma of a noun, also where a capital made the tagger read it as a name and leave it
   * unlemmatised ("Farmers staged a protest", "Protesters marched"): its regular singular.
   */
  private commonNounLemma(i: number): string {
    const lemma = this.lemma(i);
    if (this.pos(i) !== "PROPN" || lemma !== this.words[i] || !lemma.endsWith("s")) return lemma;
    if (lemma.endsWith("ies")) return `${lemma.slice(0, -3)}y`;
    return GROUPS.has(lemma.slice(0, -1)) || STATE_AGENTS.has(lemma.slice(0, -1)) ? lemma.slice(0, -1) : lemma.slice(0, -2);
  }

  /** A proper name no entity covers, without the title words before it ("Foreign Minister Araqchi"). */
  private nameActor(first: number, last: number): Actor | undefined {
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

  private countryIn(place: EntitySpan | undefined, gazetteer: { country: CountryInfo } | undefined): CountryInfo | undefined {
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
  private cityPlace(place: EntitySpan | undefined, gazetteer: { kind: string; first: number; last: number } | undefined, country: CountryInfo): Place | undefined {
    if (place && !isCountryEntity(place.entity, this.countries) && place.entity.type !== "NORP") {
      const e = place.entity;
      return { name: e.name, country: e.country ?? country.code, lat: e.geo?.lat, lon: e.geo?.lon, precision: placePrecision(e) };
    }
    if (!place && gazetteer?.kind === "capital" && country.capital) return { name: country.capital, country: country.code, precision: "city" };
    return undefined;
  }

  private entityActor(span: EntitySpan, country: CountryInfo | undefined): Actor {
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

  private groupActor(first: number, last: number, country: string | undefined): Actor {
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
  private titledPerson(title: string, first: number, last: number): Actor | undefined {
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
  private describedPerson(country: CountryInfo, title: string, first: number, last: number): Actor | undefined {
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
 * Who a noun phrase names as a side of an act: "China's foreign ministry" is China acting; "President
 * Suharto's government", a body no country places, is the one it belongs to.
 */
export function actorOf(ix: ActorIndex, c: Chunk | undefined): Actor | undefined {
  if (!c) return undefined;
  if (c.head?.kind === "group" && !c.head.ref.country && c.possessor) return c.possessor;
  return stateActing(ix, c) ?? c.head ?? c.possessor;
}

/**
 * "China's foreign ministry urged ...": an organ of a named state acts as that state, as "Chinese troops"
 * do. A title ("Japan's foreign minister") stays a person; "his troops" and "the party's leadership" keep theirs.
 */
function stateActing(ix: Pick<ActorIndex, "tokens">, chunk: Chunk): Actor | undefined {
  const { head, possessor } = chunk;
  if (head?.kind !== "group" || possessor?.kind !== "country" || head.ref.country !== possessor.ref.country) return undefined;
  const lemma = ix.tokens.lemma[head.last];
  if (!STATE_AGENTS.has(lemma) || PERSON_TITLES.has(lemma)) return undefined;
  return { ...possessor, ref: { ...possessor.ref, role: lemma }, first: chunk.first, last: chunk.last };
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

function buildActorIndex(text: string, segments: Segments, syntax: Syntax, entities: Entity[], timexes: Timex[], countries: CountryGazetteer): ActorIndex {
  const words = segments.tokens.start.map((s, i) => text.slice(s, segments.tokens.end[i]).toLowerCase());
  const tree = new DependencyTree(syntax, words);
  const resolver = new Resolver(text, segments, words, tree, entities, timexes, countries);
  const chunks: Chunk[] = [];
  for (const s of segments.sentences) resolver.chunkSentence(s.firstToken, s.lastToken, chunks);
  const chunkAt = new Int32Array(segments.tokens.start.length).fill(-1);
  chunks.forEach((c, n) => { for (let k = c.first; k <= c.last; k++) chunkAt[k] = n; });
  const index = { tokens: segments.tokens, words, chunks, chunkAt, subjectPairs: resolver.subjectPairs, countries, tree };
  countriesFromPlacePhrases(index);
  return index;
}

const PLACE_LINKS = new Set(["in", "from", "of", "throughout", "across", "inside"]);

/** "Police in the Georgian capital", "students throughout Indonesia": a group takes the country of where it is. */
function countriesFromPlacePhrases(ix: ActorIndex): void {
  for (const chunk of ix.chunks) {
    const actor = chunk.head;
    if (!actor || actor.ref.country || (actor.kind !== "group" && actor.kind !== "name")) continue;
    if (!PLACE_LINKS.has(ix.words[chunk.last + 1])) continue;
    const next = ix.chunkAt[chunk.last + 2];
    const where = next >= 0 ? ix.chunks[next].head : undefined;
    // "diplomats from Rwanda and Congo" are of neither country alone: the roles read both.
    if (where && ix.tree.conjuncts(ix.tree.firstConjunct(where.first)).length > 1) continue;
    if (where?.ref.country && (where.kind === "country" || where.place || where.entityType === "ORG")) {
      chunk.head = { ...actor, ref: { ...actor.ref, country: where.ref.country } };
    }
  }
}
