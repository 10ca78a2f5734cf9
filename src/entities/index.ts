// Entities: people, organisations and places named in the article, one entity per real-world entity,
// each with every mention, a canonical name, aliases, type, country, role, knowledge-base id and
// CAMEO-style code. Recognizers (recognize.ts) find mentions on the wink tokens; the grouper
// (group.ts) resolves them within the article and links them to the knowledge base.
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
