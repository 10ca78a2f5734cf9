// "The bloc said ...", ""...," the agency said": a speaker named by a definite description of an
// organisation is the latest organisation the story named before it, of the kind the noun says.
import type { ActorRef } from "../model/index.ts";
import { readDataFile } from "../model/index.ts";
import { chunkOfToken, NOUNS, subjectToken } from "../link/index.ts";
import type { Actor, ActorIndex, Chunk } from "../link/index.ts";

interface DescriptionFile {
  any_organisation: string[];
  named_organisation: string[];
}

const file = readDataFile<DescriptionFile>("quotes/descriptions.yaml");
const ANY_ORGANISATION: ReadonlySet<string> = new Set(file.any_organisation);
const NAMED_ORGANISATION: ReadonlySet<string> = new Set(file.named_organisation);
/** How far back (characters) a description looks for the organisation it stands for. */
const DESCRIPTION_REACH = 1500;

/** The organisation "the group", "the ministry" stands for, when `chunk` is such a description. */
export function describedOrganisation(ix: ActorIndex, chunk: Chunk): ActorRef | undefined {
  const noun = descriptionNoun(ix, chunk);
  if (!noun) return undefined;
  const fits = ANY_ORGANISATION.has(noun) ? isOrganisation : (a: Actor) => hasNoun(ix, a, noun);
  const from = ix.tokens.start[chunk.first] - DESCRIPTION_REACH;
  for (let c = ix.chunkAt[chunk.first] - 1; c >= 0 && ix.tokens.start[ix.chunks[c].first] >= from; c--) {
    const actor = ix.chunks[c].head;
    if (actor && actor.kind !== "pronoun" && fits(actor)) return actor.ref;
  }
  return undefined;
}

/** "the group", "the regional bloc": the noun of a definite description no entity or country names. */
function descriptionNoun(ix: ActorIndex, chunk: Chunk): string | undefined {
  if (ix.words[chunk.first] !== "the" || chunk.possessor) return undefined;
  if (chunk.head && (chunk.head.kind !== "group" || chunk.head.ref.country)) return undefined;
  for (let k = chunk.first + 1; k < chunk.last; k++) if (ix.tokens.pos[k] !== "ADJ") return undefined;
  const noun = ix.tokens.lemma[chunk.last];
  return ANY_ORGANISATION.has(noun) || NAMED_ORGANISATION.has(noun) ? noun : undefined;
}

const isOrganisation = (a: Actor): boolean => a.entityType === "ORG";

/** "the Armenian Foreign Ministry" or "Egypt's foreign ministry" for "the ministry". */
function hasNoun(ix: ActorIndex, a: Actor, noun: string): boolean {
  if (a.entityType === "ORG") return a.ref.name.toLowerCase().split(/\s+/).some((w) => w === noun || w === `${noun}s`);
  return a.kind === "group" && !!a.ref.country && ix.tokens.lemma[a.last] === noun;
}

/**
 * "The communiqué said" after "The Arab League issued a communiqué on Sunday": the one who issued the
 * document a definite description names, as the tree gives it for an earlier mention of the same noun
 * (the subject of the verb it is the object of, or its owner: "the League's communiqué").
 */
export function documentIssuer(ix: ActorIndex, chunk: Chunk): ActorRef | undefined {
  if (ix.words[chunk.first] !== "the" || chunk.head || chunk.possessor) return undefined;
  const noun = ix.tokens.lemma[chunk.last].toLowerCase();
  if (!NOUNS.documents.has(noun)) return undefined;
  const from = ix.tokens.start[chunk.first] - DESCRIPTION_REACH;
  for (let k = chunk.first - 1; k >= 0 && ix.tokens.start[k] >= from; k--) {
    if (ix.tokens.lemma[k].toLowerCase() !== noun) continue;
    const earlier = chunkOfToken(ix, k);
    if (earlier?.possessor) return earlier.possessor.ref;
    if (ix.tree.base(k) !== "obj") continue;
    const issuer = chunkOfToken(ix, subjectToken(ix, ix.tree.head(k)))?.head;
    if (issuer && issuer.kind !== "pronoun") return issuer.ref;
  }
  return undefined;
}
