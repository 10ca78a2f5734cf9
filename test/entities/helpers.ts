// Annotates a sentence with the real segmenter and knowledge base, and finds entities by name.
import { loadKnowledgeBase } from "../../src/kb/index.ts";
import type { KnowledgeBase } from "../../src/kb/index.ts";
import { segmentText } from "../../src/segment/index.ts";
import { findEntities } from "../../src/entities/index.ts";
import type { Entity } from "../../src/model/index.ts";

export const kb = loadKnowledgeBase();

export function entitiesOf(text: string, published = "2025-06-15", base: KnowledgeBase = kb): Entity[] {
  return findEntities(text, segmentText(text), base, published);
}

export function named(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

/** The texts of an entity's mentions, in order. */
export function mentionTexts(entity: Entity | undefined): string[] {
  return (entity?.mentions ?? []).map((m) => m.text.replace(/\s+/g, " "));
}
