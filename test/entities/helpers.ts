// Annotates a sentence with the real segmenter and knowledge base, and finds entities by name.
import { loadKnowledgeBase } from "../../src/kb/index.ts";
import type { KnowledgeBase } from "../../src/kb/index.ts";
import { segmentText } from "../../src/segment/index.ts";
import { findEntities } from "../../src/entities/index.ts";
import type { AnnotatedDocument, Entity } from "../../src/model/index.ts";
import { buildPipeline } from "../../src/pipeline/index.ts";

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

const pipeline = buildPipeline({ kb });

/** The whole pipeline (entities, quotes, events) over a plain text dated `published`. */
export function annotateText(text: string, published = "2025-06-15"): AnnotatedDocument {
  return pipeline.annotate({ input: "test", text, published, warnings: [] });
}

/** The entity with a mention written exactly `text`. */
export function mentioned(entities: Entity[], text: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === text));
}
