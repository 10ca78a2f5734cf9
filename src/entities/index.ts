// Entities: people, organisations and places named in the article, one entity per real-world entity,
// each with every mention, a canonical name, aliases, type, country, role, knowledge-base id and
// CAMEO-style code. Recognizers find mentions on the wink tokens; refiners clean them; the grouper
// (group.ts) resolves them within the article and links them to the knowledge base.
//
// The recognizers run sentence by sentence (recognize.ts), each seeing the mentions of those before it:
//   1. a title chain ("Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator
//      Tom Fletcher": title-chain.ts, chain-reading.ts), first, because its capitalised words would
//      otherwise be read as names of their own ("Humanitarian Affairs" as a person);
//   2. else a run of capitalised words (runs.ts says where a name starts and how far it goes), read by the
//      run recognizers in the order of read-run.ts: a titled place, a known name with its possessor, an
//      institution ("Israeli military"), the knowledge base, a national organisation, foreign
//      organisations and toponyms (cued.ts), titled names and affiliations (titled.ts), cue words, and
//      last the run cut into known names with unknown ones between them (cued.ts, unknown-names.ts), each
//      rule more general than the one before; then an acronym in brackets after the run;
//   3. else a description ("the Ukrainian leader": descriptions.ts).
// Then the sentence's refiners (sentence-refiners.ts): a person takes the country an apposition gives,
// the dateline's wire is a news organisation, a lone first name shares the family name after "and".
// reader.ts holds what they share: the tokens, the knowledge base, the word lists (data/kb/lexicon.yaml,
// data/entities/names.yaml through lexicon.ts) and the mentions so far.
//
// Linking happens here too (knowledge-base ids, dated roles, capitals acting as their states), so there
// is no separate link stage. Other stages reach entities through src/link/index.ts:
// mentionIndex(entities).entityAt(offset) (the entity mentioned at a character offset),
// countryOfAdjective(kb, "Russian") -> "RUS", countryEntity, actorRef, roleHolders.
// Each entity's `source` names the recognizer of its first mention; `cameo` is its CAMEO-style actor code.
import { defineStage, layer } from "../pipeline/stage.ts";
import type { Entity, Segments } from "../model/index.ts";
import type { KnowledgeBase } from "../kb/index.ts";
import { recognizeMentions } from "./recognize.ts";
import { groupMentions } from "./group.ts";

export type { LinkedEntity } from "./group.ts";
export type { Mention } from "./mention.ts";

/** Entities of a text already segmented; `published` dates the roles ("the US Secretary of State" in 2023 or 2025). */
export function findEntities(text: string, segments: Segments, kb: KnowledgeBase, published?: string): Entity[] {
  return groupMentions(recognizeMentions(text, segments, kb), text, kb, published?.slice(0, 10));
}

export const entitiesStage = defineStage({
  name: "entities.rules",
  needs: ["segments"],
  adds: "entities",
  run: (doc, ctx) => findEntities(doc.text, layer(doc, "segments"), ctx.kb, doc.published),
});
