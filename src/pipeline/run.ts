import { AppError, documentId } from "../model/index.ts";
import type { AnnotatedDocument, Article } from "../model/index.ts";
import type { Doc, LayerName, Stage, StageContext } from "./stage.ts";
import { DEFAULT_STAGES } from "./registry.ts";
import { syntaxOutput } from "../syntax/index.ts";

export interface Pipeline {
  stages: Stage[];
  annotate(article: Article, output?: OutputOptions): AnnotatedDocument;
}

export interface OutputOptions {
  /** Add the sentences and the dependency tree's tokens to the document. */
  syntax?: boolean;
}

/**
 * Checks that every stage's needs are met by an earlier stage and that no two stages add the same
 * layer, then returns the runner. Fails early, naming the stage and the missing layer.
 */
export function buildPipeline(ctx: StageContext, stages: Stage[] = DEFAULT_STAGES): Pipeline {
  const added = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!added.has(need)) {
        throw new AppError("PIPELINE", `stage ${stage.name} needs layer "${need}", which no earlier stage adds`);
      }
    }
    if (added.has(stage.adds)) {
      throw new AppError("PIPELINE", `stage ${stage.name} adds layer "${stage.adds}", which an earlier stage already adds`);
    }
    added.add(stage.adds);
  }
  return {
    stages,
    annotate(article: Article, output: OutputOptions = {}): AnnotatedDocument {
      const doc: Doc = { ...article };
      for (const stage of stages) addLayer(doc, stage, ctx);
      const annotated = toAnnotatedDocument(doc);
      if (output.syntax) {
        if (!doc.syntax) throw new AppError("PIPELINE", "the syntax layer was asked for, but no stage of this pipeline adds it");
        Object.assign(annotated, syntaxOutput(doc));
      }
      return annotated;
    },
  };
}

function addLayer<L extends LayerName>(doc: Doc, stage: Stage<L>, ctx: StageContext): void {
  doc[stage.adds] = stage.run(doc, ctx) as Doc[L];
}

/** The output contract: metadata, text and the public layers; layers no stage produced are empty. */
export function toAnnotatedDocument(doc: Doc): AnnotatedDocument {
  const out: AnnotatedDocument = {
    id: documentId(doc.text, doc.captions),
    title: doc.title,
    source: doc.source,
    url: doc.url,
    author: doc.author,
    published: doc.published,
    dateline: doc.dateline,
    text: doc.text,
    entities: doc.entities ?? [],
    timexes: doc.timexes ?? [],
    quantities: doc.quantities ?? [],
    quotes: doc.quotes ?? [],
    events: doc.events ?? [],
  };
  // The way back from the cleaned text to the user's raw input, where ingest could record it.
  if (doc.offsets) out.offsets = doc.offsets;
  if (doc.captions?.length) out.captions = doc.captions;
  if (doc.warnings.length) out.warnings = doc.warnings;
  for (const key of Object.keys(out) as Array<keyof AnnotatedDocument>) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}
