// Who the noun phrases of a document name. Quotes (speakers) and events (source, target) both read this
// index: noun-phrase chunks over the tokens (here), each resolved to an actor by what its words name
// (./phrase-actors.ts: entities, countries, titles, nationality words, groups) and by pronouns (he/she -> the
// latest person in subject position: ./antecedents.ts).
import type { ActorRef, Entity, Place, Segments, Syntax, Timex, Tokens } from "../model/index.ts";
import { DependencyTree } from "../syntax/index.ts";
import type { Doc } from "../pipeline/stage.ts";
import type { KnowledgeBase } from "../kb/index.ts";
import { countryGazetteer } from "./countries.ts";
import type { CountryGazetteer } from "./countries.ts";
import { NOUNS } from "./nouns.ts";
import { pronounFor } from "./described.ts";
import { ClausePositions } from "./clause-positions.ts";

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

const { person_titles: PERSON_TITLES, state_agents: STATE_AGENTS, time_nouns: TIME_NOUNS, quantity_nouns: QUANTITY_NOUNS,
  pair_anaphora: PAIR_ANAPHORA } = NOUNS;
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

export { isCountryEntity } from "./phrase-actors.ts";

/** The chunker: reads each sentence's noun phrases in text order and resolves them (what they name: PhraseActors). */
class Resolver extends ClausePositions {
  readonly subjectPairs: ActorIndex["subjectPairs"] = [];
  /** The tree's verb of a sentence in which wink tags none ("Juraj Cintula shot Prime Minister Robert Fico."). */
  private treeVerb = -1;

  isChunkToken(i: number): boolean {
    if (i === this.treeVerb) return false;
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
    this.treeVerb = this.verbOfVerbless(first, last);
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

  /** The root of a sentence the tree reads with a verb where wink's tags have none, else -1. */
  private verbOfVerbless(first: number, last: number): number {
    let root = -1;
    for (let k = first; k <= last; k++) {
      if (this.pos(k) === "VERB" || this.pos(k) === "AUX") return -1;
      if (this.tree.head(k) < 0) root = k;
    }
    return root >= 0 && this.tree.upos(root) === "VERB" ? root : -1;
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
    // "a string of measures New Delhi announced": a name after a noun that is the subject of a clause of its own.
    if (this.pos(j) === "NOUN" && this.capital[next] && this.isClauseSubject(next)) return false;
    if (this.isChunkToken(next)) return true;
    // "Secretary of State Marco Rubio", "Association of Southeast Asian Nations": "of" inside a name.
    return this.words[next] === "of" && this.isCapitalised(j) && this.isCapitalised(next + 1) && this.pos(next + 1) === "PROPN";
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
      : THING_PRONOUNS.has(this.words[i]) ? this.antecedents.thing(i) : undefined;
    if (antecedent) chunk.head = pronounFor(antecedent, i, i);
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
      chunk.possessor = this.resolvePart(first, split - 1) ?? this.describedCountry(first, split - 1);
      chunk.head = this.resolvePart(split + 1, last) ?? this.possessedAgent(split + 1, last, chunk.possessor);
      // "Poland's parliament", "Taiwan's Vice Foreign Minister": of the possessor's country.
      const country = chunk.possessor?.ref.country;
      if (chunk.head && !chunk.head.ref.country && country) chunk.head = { ...chunk.head, ref: { ...chunk.head.ref, country } };
      // "North Korea's defence ministry" is what the text calls the body its state acts through.
      if (chunk.head?.kind === "group" && chunk.possessor) chunk.head = { ...chunk.head, ref: { ...chunk.head.ref, aliases: [this.phrase(first, last)] } };
    } else {
      chunk.head = this.resolvePart(first, last);
      if (!chunk.head?.ref.country) chunk.head = this.describedCountry(first, last) ?? chunk.head;
      if (!chunk.head && POSSESSIVE_PRONOUNS.has(this.words[first])) chunk.possessor = this.possessivePronoun(first);
      else if (chunk.head?.kind === "group" && !chunk.head.ref.country && this.isAnySubject(first, last)) chunk.possessor = this.owningThing(first);
    }
    for (const actor of [chunk.possessor, chunk.head]) if (actor?.kind === "country") this.antecedents.noteCountry(actor);
    if (chunk.subject && chunk.head) this.antecedents.noteSubject(chunk.head);
    if (chunk.head) chunk.head = this.antecedents.groupOfBefore(chunk.head, this.lemma(chunk.head.last), this.words[first] === "the");
    if (chunk.head) chunk.head = this.namedAgain(chunk.head, first, last);
    const person = chunk.head?.isPerson ? chunk.head : undefined;
    // Words inside a quotation are the speaker's: they do not change who "he" or "it" is.
    if (this.quoted[first]) return chunk;
    // "North Korea's defence ministry replied ... It accused": "it" is the state the ministry acts as.
    const thing = chunk.head && (stateActing(this.segments, chunk) ?? chunk.head);
    if (chunk.head && this.isTreeSubject(chunk.first, chunk.last)) this.antecedents.noteOrganisation(chunk.head);
    if (chunk.head && this.namesPlural(chunk.head, first, last)) this.antecedents.notePluralGroup(chunk.head);
    if (person) this.antecedents.notePerson(person, chunk.subject);
    else if (thing && chunk.subject) this.antecedents.noteThing(thing);
    // "said Japan had contacted the Houthis, and that it had also asked ...": a reported clause's subject is
    // what "it" stands for in the rest of the sentence ("replied that the army would ... It accused" is the speaker).
    else if (thing && this.isTreeSubject(chunk.first, chunk.last, true)) this.antecedents.noteThing(thing, true);
    // "The ceasefire ... halts all fighting. It allows aid into Gaza": "it" is then that thing, no actor.
    else if (!thing && !chunk.possessor && this.words[first] === "the" && this.isTreeSubject(chunk.first, chunk.last, false)) this.antecedents.forgetThing();
    return chunk;
  }

  /**
   * "protesters", "the rebels", "the Houthis": a group named by a common noun in its plural form, or an
   * organisation by a plural name ("the United Nations" is one body).
   */
  private namesPlural(actor: Actor, first: number, last: number): boolean {
    if (actor.kind === "group") return this.pos(last) === "NOUN" && this.words[last].toLowerCase() !== this.lemma(last);
    return actor.kind === "entity" && actor.entityType === "ORG" && this.words[first] === "the" && /[^s]s$/.test(this.words[last]) && this.words[last] !== "Nations";
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
  const ref = { ...possessor.ref, role: lemma, ...(head.ref.aliases ? { aliases: head.ref.aliases } : {}) };
  return { ...possessor, ref, first: chunk.first, last: chunk.last };
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
