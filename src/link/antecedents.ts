// Who a pronoun or a definite group stands for: the persons and things the text has named so far, kept
// in text order as the chunker reads it (./actors.ts), with the tree for what reported speech and a
// clause's own subject say about them.
import type { DependencyTree } from "../syntax/index.ts";
import type { Actor } from "./actors.ts";
import { NOUNS } from "./nouns.ts";
import { SPEECH_VERBS } from "./speech.ts";

/** How many of the latest persons named an object pronoun may stand for. */
const RECENT_PERSONS = 8;
/** How many of the latest groups named by a plural noun "them" may stand for. */
const RECENT_GROUPS = 4;

export class Antecedents {
  private lastSubjectPerson?: Actor;
  private lastPerson?: Actor;
  private lastSubjectThing?: Actor;
  /** The organisation last named as the subject of a main verb: what "the group" names again. */
  private lastOrganisation?: Actor;
  /** Countries named so far, each once, newest last. */
  private readonly recentCountries: Actor[] = [];
  private sentenceSubjectCountry?: string;
  /** A reported clause's subject: what "it" stands for in the rest of its sentence only. */
  private reportedThing?: Actor;
  private readonly byCountry = new Map<string, Actor[]>();
  /** The persons named so far in the sentence being read. */
  private sentencePersons: Actor[] = [];
  /** The persons named last in the document, newest last. */
  private readonly recentPersons: Actor[] = [];
  /** The groups named last by a plural noun, newest last. */
  private readonly pluralGroups: Actor[] = [];
  /** The latest group of each kind the text placed ("Sudan's army": army -> Sudan's). */
  private readonly placedGroups = new Map<string, Actor>();

  /** `quoted`: tokens between quotation marks, whose pronouns are the speaker's, not the narrative's. */
  /** `placeMentions`: how often the story names each country or a place in it. */
  constructor(private readonly tree: DependencyTree, private readonly quoted: Uint8Array, private readonly placeMentions: ReadonlyMap<string, number>) {}

  startSentence(): void {
    this.sentencePersons = [];
    this.sentenceSubjectCountry = undefined;
    this.reportedThing = undefined;
  }

  /** Whom "he", "she" or "him" at `pronoun` stands for. */
  person(pronoun: number): Actor | undefined {
    return this.reporterOf(pronoun) ?? this.notOwnSubject(pronoun, this.lastSubjectPerson ?? this.lastPerson);
  }

  /** Whom "his" or "her" stands for. */
  possessor(): Actor | undefined {
    return this.lastSubjectPerson ?? this.lastPerson;
  }

  /**
   * What "it", "they" or "them" at `pronoun` stands for: the latest thing in subject position; for "them", the
   * latest group a plural noun named, other than its own clause's subject ("Police fired tear gas at them").
   */
  thing(pronoun: number): Actor | undefined {
    if (this.tree.words[pronoun] === "them") {
      const extent = this.ownSubjectExtent(pronoun);
      const own = extent && this.pluralGroups.find((g) => g.first >= extent[0] && g.last <= extent[1]);
      const group = [...this.pluralGroups].reverse().find((g) => g.ref.name.toLowerCase() !== own?.ref.name.toLowerCase());
      if (group) return group;
    }
    return this.reportedThing ?? this.lastSubjectThing;
  }

  /** A group named by a plural noun ("thousands of protesters", "the rebels"). */
  notePluralGroup(actor: Actor): void {
    this.pluralGroups.push(actor);
    if (this.pluralGroups.length > RECENT_GROUPS) this.pluralGroups.shift();
  }

  /**
   * "Trump threatened sanctions on the South American country", "the country's president": the country
   * named last, other than the one the sentence's subject so far is of (who acts on "the country" is
   * seldom of it).
   */
  country(): Actor | undefined {
    for (let k = this.recentCountries.length - 1; k >= 0; k--) {
      const named = this.recentCountries[k];
      if (named.ref.country !== this.sentenceSubjectCountry) return named;
    }
    return undefined;
  }

  /**
   * "the junta", "the government": the state the story is about, of the countries named so far the one it
   * names most with its places (of two named as often, the later), other than the sentence subject's.
   */
  storyCountry(): Actor | undefined {
    const weight = (a: Actor) => this.placeMentions.get(a.ref.country!) ?? 0;
    let best: Actor | undefined;
    for (const named of this.recentCountries) {
      if (named.ref.country !== this.sentenceSubjectCountry && (!best || weight(named) >= weight(best))) best = named;
    }
    return best;
  }

  noteCountry(actor: Actor): void {
    const known = this.recentCountries.findIndex((c) => c.ref.country === actor.ref.country);
    if (known >= 0) this.recentCountries.splice(known, 1);
    this.recentCountries.push(actor);
  }

  /** The country of the subject just read in this sentence. */
  noteSubject(actor: Actor): void {
    this.sentenceSubjectCountry = actor.ref.country;
  }

  /** "He confirmed ...": a pronoun subject keeps its person the topic. */
  keepTopic(person: Actor): void {
    this.lastSubjectPerson = person;
  }

  notePerson(actor: Actor, subject: boolean): void {
    this.recentPersons.push(actor);
    if (this.recentPersons.length > RECENT_PERSONS) this.recentPersons.shift();
    this.sentencePersons.push(actor);
    this.lastPerson = actor;
    if (subject) this.lastSubjectPerson = actor;
    const country = actor.ref.country;
    if (!country) return;
    const list = this.byCountry.get(country) ?? [];
    list.push(actor);
    this.byCountry.set(country, list);
  }

  /** A subject that names no one ("The ceasefire halts all fighting"): what "it" stands for next is no actor. */
  forgetThing(): void {
    this.reportedThing = undefined;
    this.lastSubjectThing = undefined;
  }

  /** A thing in subject position; `reported`: of a clause a speech verb reports ("said Japan had ..."). */
  noteThing(actor: Actor, reported = false): void {
    if (reported) {
      this.reportedThing = actor;
      return;
    }
    this.reportedThing = undefined;
    this.lastSubjectThing = actor;
  }

  /** An organisation named as the subject of a sentence's main verb. */
  noteOrganisation(actor: Actor): void {
    if (actor.kind === "entity" && actor.entityType === "ORG") this.lastOrganisation = actor;
  }

  /** "The M23 ... The group, which seized Goma, signed": the organisation last named as a subject. */
  organisation(): Actor | undefined {
    return this.lastOrganisation;
  }

  /** The persons named so far of one country, in text order. */
  personsOf(country: string): readonly Actor[] | undefined {
    return this.byCountry.get(country);
  }

  /** The persons named so far, by country. */
  persons(): Iterable<readonly Actor[]> {
    return this.byCountry.values();
  }

  /**
   * "Sudan's army ... The army denied the claims": a definite group the text does not place is the one
   * of the same kind it placed before (a state's agent, or an organisation named by that word); a
   * placed group is remembered for the ones after it. `kind` is the group's head word (lemma).
   */
  groupOfBefore(actor: Actor | undefined, kind: string, definite: boolean): Actor | undefined {
    if (!actor || !(actor.kind === "group" || actor.kind === "country" || (actor.kind === "entity" && actor.entityType === "ORG"))) return actor;
    if (!NOUNS.groups.has(kind) && !NOUNS.state_agents.has(kind)) return actor;
    if (actor.ref.country) {
      this.placedGroups.set(kind, actor);
      return actor;
    }
    const placed = definite ? this.placedGroups.get(kind) : undefined;
    return placed ? { ...placed, first: actor.first, last: actor.last } : actor;
  }

  /**
   * "The office of President Lukashenko said he had talked to Prigozhin": the subject of a clause a
   * speech verb reports is, as a pronoun, the person who speaks, whoever was the topic before.
   */
  private reporterOf(pronoun: number): Actor | undefined {
    const { tree } = this;
    if (!tree.relation(pronoun).startsWith("nsubj") || this.quoted[pronoun]) return undefined;
    const clause = tree.head(pronoun);
    const speech = tree.head(clause);
    if (clause < 0 || speech < 0 || tree.base(clause) !== "ccomp" || !SPEECH_VERBS.has(tree.lemma(speech))) return undefined;
    const subject = tree.child(speech, "nsubj");
    if (subject < 0 || subject > pronoun) return undefined;
    const [from, to] = tree.extent(subject);
    return [...this.sentencePersons].reverse().find((p) => p.first >= from && p.last <= to);
  }

  /**
   * "Blinken telephoned Aliyev and urged him to halt the fighting": an object pronoun never stands for
   * its own clause's subject; it is then the latest other person named.
   */
  private notOwnSubject(pronoun: number, antecedent: Actor | undefined): Actor | undefined {
    const extent = antecedent && this.ownSubjectExtent(pronoun);
    if (!antecedent || !extent) return antecedent;
    const own = this.sentencePersons.find((p) => p.first >= extent[0] && p.last <= extent[1]);
    if (!own || own.ref.name !== antecedent.ref.name) return antecedent;
    return [...this.recentPersons].reverse().find((p) => p.ref.name !== own.ref.name);
  }

  /** The words of the subject of the clause whose object `pronoun` is, when it is an object and the clause has one. */
  private ownSubjectExtent(pronoun: number): [number, number] | undefined {
    const { tree } = this;
    if (!/^(obj|iobj|obl)$/.test(tree.base(pronoun))) return undefined;
    // The clause's subject, or the one its verb shares as a conjunct ("telephoned Aliyev and urged him").
    let verb = tree.head(pronoun);
    while (verb >= 0 && tree.child(verb, "nsubj") < 0 && tree.base(verb) === "conj") verb = tree.head(verb);
    const subject = verb < 0 ? -1 : tree.child(verb, "nsubj");
    return subject < 0 ? undefined : tree.extent(subject);
  }
}
