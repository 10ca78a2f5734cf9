export { buildPipeline, toAnnotatedDocument } from "./run.ts";
export type { Pipeline, OutputOptions } from "./run.ts";
export { defineStage, layer } from "./stage.ts";
export type { Doc, Layers, LayerName, Stage, StageContext } from "./stage.ts";
export { DEFAULT_STAGES } from "./registry.ts";
