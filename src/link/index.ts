// Linking: from text back to entities and the knowledge base. What the quotes and events stages use to
// name speakers, sources and targets:
//   mentionIndex(entities) -> entityAt(offset)   the entity a character offset is a mention of (binary search)
//   countryOfAdjective(kb, "Russian")            "RUS": nationality words, country names and aliases ("U.S.")
//   countryEntity(entities, "RUS")               the article's entity for a country, if it has one
//   actorRef(entity)                             the ActorRef of the output contract
//   roleHolders(kb, "USA", "foreign-minister", "2025-07-10")   who held a role on a date (the KB's dated roles)
// The entities stage itself links (knowledge-base ids, capitals acting as states, dated roles): see
// src/entities/index.ts.
import type { ActorRef, Entity } from "../model/index.ts";
import { countryOfKey, nameKey, roleHoldersOn } from "../kb/index.ts";
import type { KbEntry, KnowledgeBase } from "../kb/index.ts";

export interface MentionIndex {
  /** The entity with a mention covering this offset (start inclusive, end exclusive). */
  entityAt(offset: number): Entity | undefined;
  /** Entities with a mention overlapping [start, end), in text order. */
  entitiesIn(start: number, end: number): Entity[];
}

/** Sorts every mention once so that each look-up is a binary search. */
export function mentionIndex(entities: Entity[]): MentionIndex {
  const spans = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const firstEndingAfter = (offset: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo; // spans[0..lo) start at or before offset
  };
  return {
    entityAt(offset) {
      // Mentions do not nest much: look back over the few that start before the offset.
      for (let i = firstEndingAfter(offset) - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
        if (spans[i].end > offset) return spans[i].entity;
      }
      return undefined;
    },
    entitiesIn(start, end) {
      const out: Entity[] = [];
      for (let i = Math.max(0, firstEndingAfter(start) - 8); i < spans.length && spans[i].start < end; i++) {
        if (spans[i].end > start && !out.includes(spans[i].entity)) out.push(spans[i].entity);
      }
      return out;
    },
  };
}

/** ISO alpha-3 of a nationality word or country name: "Russian", "Russians", "U.S.", "Britain" (undefined if none). */
export function countryOfAdjective(kb: KnowledgeBase, word: string): string | undefined {
  const key = nameKey(word);
  return countryOfKey(kb, key);
}

/** The article's entity standing for a country (a GPE linked to it), if the article names it. */
export function countryEntity(entities: Entity[], country: string): Entity | undefined {
  return entities.find((e) => e.kb === country);
}

/** The output contract's reference to an entity. */
export function actorRef(entity: Entity): ActorRef {
  const ref: ActorRef = { entity: entity.id, name: entity.name };
  if (entity.country) ref.country = entity.country;
  if (entity.role) ref.role = entity.role;
  return ref;
}

/**
 * The reference with the other names the article uses for its entity ("U.N. Security Council" for the
 * United Nations Security Council, "Britain" for the United Kingdom): the words a reader finds in the text.
 */
export function withArticleNames(ref: ActorRef, entities: readonly Entity[]): ActorRef {
  const entity = ref.entity ? entities.find((e) => e.id === ref.entity) : undefined;
  // The words the phrase was read from ("Azerbaijan's defence ministry") come first, then the entity's mentions.
  const names = [...new Set([...(ref.aliases ?? []), ...(entity?.mentions.map((m) => m.text.replace(/\s+/g, " ")) ?? [])])].filter((n) => n !== ref.name);
  return names.length ? { ...ref, aliases: names } : ref;
}

/** Actors who held a role (head-of-state, foreign-minister, defence-minister...) for a country on a date. */
export function roleHolders(kb: KnowledgeBase, country: string, role: string, date?: string): KbEntry[] {
  return roleHoldersOn(kb, country, role, date);
}

// Actor resolution shared by the quotes and events stages: noun phrases to actors, roles from word order,
// the speech-verb lexicon, countries from the knowledge base, and the small loader of data files.
export { actorIndex, actorOf, isCountryEntity } from "./actors.ts";
export type { Actor, ActorIndex, ActorKind, Chunk } from "./actors.ts";
export { isMotive, objectsOf, patientToken } from "./roles.ts";
export { subjectOf, subjectToken, isPassiveClause } from "./subjects.ts";
export { coordinatedWith, conjunctsOf, chunkOfToken, chunkHead, hasActor, isUnplacedPeople, FIRST_PERSON } from "./phrases.ts";
export type { Objects } from "./roles.ts";
export { SPEECH_VERBS, CLAUSAL_VERBS, INVERTED_VERBS, RESPONSE_VERBS, SPEAKER_AFTER, DECLINED, DECLINED_FIRST } from "./speech.ts";
export { reportedWords } from "./reported.ts";
export type { ReportedWords } from "./reported.ts";
export { countryGazetteer } from "./countries.ts";
export { NOUNS } from "./nouns.ts";
export type { CountryGazetteer, CountryInfo, CountryPhrase } from "./countries.ts";
