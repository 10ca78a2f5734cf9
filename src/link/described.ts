// Actors a noun phrase names without naming them: a country described ("the South American country"), a state's
// rulers and institutions ("the junta", "the army"), a title of a state ("Taiwan's Vice Foreign Minister"), an
// owner given by a possessive ("its fighters"), an organisation named again ("the group"). The chunker
// (./actors.ts) asks these of its phrases, with the antecedents read so far.
import type { Actor } from "./actors.ts";
import { NOUNS } from "./nouns.ts";
import { PhraseActors } from "./phrase-actors.ts";

const { person_titles: PERSON_TITLES, state_agents: STATE_AGENTS, groups: GROUPS } = NOUNS;

/** Nouns by which a text names a country again: "the South American country", "the Gulf kingdom". */
const COUNTRY_NOUNS = new Set(["country", "nation", "kingdom", "republic", "emirate"]);
/** A state's own institutions, which "the" places in the state the story is about: "the army", "the defence ministry". */
const STATE_INSTITUTIONS = new Set(["army", "military", "police", "navy", "ministry", "coast guard", "parliament", "intelligence"]);
/** Nouns for the rulers of a state that the story need not name again: "the junta", "the government". */
const RULER_NOUNS = new Set(["government", "authorities", "regime", "junta"]);

/** An actor named again by the words from `first` to `last` ("he", "its", "the group"): the words stand for it, its place is theirs to say. */
export function pronounFor(antecedent: Actor, first: number, last: number): Actor {
  return { ...antecedent, kind: "pronoun", first, last, place: undefined };
}

export class DescribedActors extends PhraseActors {
  /**
   * "the South American country", "the country's president": the country named last, in the words that
   * describe it; "the junta", "the government": the country the story is about.
   */
  protected describedCountry(first: number, last: number): Actor | undefined {
    // "the Dominican Republic" is a name, not a description.
    const noun = this.words[last];
    // "urged both the government and the TPLF": a quantifier before "the" leaves it a description.
    const the = this.words[first] === "both" || this.words[first] === "all" ? first + 1 : first;
    if (this.words[the] !== "the" || !(COUNTRY_NOUNS.has(noun) || RULER_NOUNS.has(noun)) || this.isCapitalised(last)) return undefined;
    const named = RULER_NOUNS.has(noun) ? this.antecedents.storyCountry() : this.antecedents.country();
    return named && { ...named, first, last, place: undefined };
  }

  /** "Taiwan's Vice Foreign Minister" (a title, no name): an agent of the possessor's country. */
  protected possessedAgent(first: number, last: number, possessor: Actor | undefined): Actor | undefined {
    const code = possessor?.ref.country;
    const head = this.lemma(last);
    if (!code || !(PERSON_TITLES.has(head) || STATE_AGENTS.has(head) || GROUPS.has(head))) return undefined;
    return this.groupActor(first, last, code);
  }

  protected possessivePronoun(i: number): Actor | undefined {
    if (this.words[i] !== "his" && this.words[i] !== "her") return undefined;
    const antecedent = this.antecedents.possessor();
    return antecedent && pronounFor(antecedent, i, i);
  }

  /**
   * "The Houthi movement said ... after its fighters seized a ship": a group that "its" or "their" gives an
   * owner, as the subject, belongs to the actor last in subject position. Elsewhere "its" is too often a
   * thing's ("took its crew hostage").
   */
  protected owningThing(i: number): Actor | undefined {
    if (this.words[i] !== "its" && this.words[i] !== "their") return undefined;
    const antecedent = this.antecedents.thing(i);
    return antecedent && !antecedent.isPerson ? pronounFor(antecedent, i, i) : undefined;
  }

  /** The words from `first` to `last` as written, spaces made single. */
  protected phrase(first: number, last: number): string {
    return this.text.slice(this.segments.tokens.start[first], this.segments.tokens.end[last]).replace(/\s+/g, " ");
  }

  /** "the army", "the defence ministry": "the", nouns, and a state's institution last. */
  private isStateInstitution(first: number, last: number): boolean {
    if (this.words[first] !== "the" || !STATE_INSTITUTIONS.has(this.lemma(last))) return false;
    for (let k = first + 1; k < last; k++) if (this.pos(k) !== "NOUN") return false;
    return true;
  }

  /**
   * A definite group named again: "the army", "the defence ministry" (a state's institution, "the" and nouns
   * alone) are of the state the story is about ("Prigozhin accused the army ... The defence ministry denied the
   * claim"); "the group", "the movement" are the organisation last named as a main verb's subject.
   */
  protected namedAgain(head: Actor, first: number, last: number): Actor {
    if (head.kind !== "group") return head;
    if (!head.ref.country && this.isStateInstitution(first, last)) {
      const story = this.antecedents.storyCountry();
      if (story) return { ...head, ref: { ...head.ref, country: story.ref.country } };
    }
    if (last === first + 1 && this.words[first] === "the" && NOUNS.organisation_anaphors.has(this.lemma(last))) {
      const named = this.antecedents.organisation();
      if (named) return pronounFor(named, first, last);
    }
    return head;
  }
}
