// Entities: people, organisations and places named in the article, one entity per real-world entity,
// each with every mention, a canonical name, aliases, type, country, role, knowledge-base id and
// CAMEO-style code. Recognizers (recognize.ts) find mentions on the wink tokens; the grouper
// (group.ts) resolves them within the article and links them to the knowledge base.
//
// Other stages reach entities through src/link/index.ts: entityAt (the entity mentioned at an offset),
// countryOfAdjective ("Russian" -> RUS) and actorRef.
import { defineStage, layer } from "../pipeline/stage.ts";
import type { Entity } from "../model/index.ts";
import type { KnowledgeBase } from "../kb/index.ts";
import type { Segments } from "../model/index.ts";
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
