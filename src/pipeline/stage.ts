import type { Article, Entity, Event, Quantity, Quote, Segments, Syntax, Timex } from "../model/index.ts";
import type { KnowledgeBase } from "../kb/index.ts";

/** The layers a document gains as it goes through the pipeline, each added by exactly one stage. */
export interface Layers {
  segments: Segments;
  syntax: Syntax;
  entities: Entity[];
  timexes: Timex[];
  quantities: Quantity[];
  quotes: Quote[];
  events: Event[];
}
export type LayerName = keyof Layers;

/** A document in the pipeline: the article and whatever layers the stages so far have added. */
export type Doc = Article & Partial<Layers>;

/** What every stage may read besides the document; never a global. */
export interface StageContext {
  kb: KnowledgeBase;
}

/**
 * A stage is a plain synchronous function of the document that adds one layer. It declares the
 * layers it reads, so that a pipeline can be checked before anything runs.
 */
export interface Stage<L extends LayerName = LayerName> {
  /** `<layer>.<method>`, e.g. "timexes.news-rules". */
  name: string;
  needs: LayerName[];
  adds: L;
  run(doc: Doc, ctx: StageContext): Layers[L];
}

/** Helper that keeps the layer type of a stage checked at its definition. */
export function defineStage<L extends LayerName>(stage: Stage<L>): Stage<L> {
  return stage;
}

/** A layer a stage declared in `needs`; buildPipeline has checked that an earlier stage adds it. */
export function layer<L extends LayerName>(doc: Doc, name: L): Layers[L] {
  const value = doc[name];
  if (value === undefined) throw new Error(`layer "${name}" is missing: was the pipeline built with buildPipeline?`);
  return value as Layers[L];
}
