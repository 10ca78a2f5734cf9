import { AppError, documentId } from "../model/index.ts";
import type { AnnotatedDocument, Article } from "../model/index.ts";
import type { Doc, LayerName, Stage, StageContext } from "./stage.ts";
import { chunkArticle, chunkBounds, mergeChunkLayers, mergeChunkTrees } from "./chunks.ts";
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
      const annotateWhole = (part: Article): Doc => {
        const doc: Doc = { ...part };
        for (const stage of stages) addLayer(doc, stage, ctx);
        if (output.syntax && !doc.syntax) throw new AppError("PIPELINE", "the syntax layer was asked for, but no stage of this pipeline adds it");
        return doc;
      };
      const bounds = chunkBounds(article.text);
      if (bounds.length === 1) {
        const doc = annotateWhole(article);
        const annotated = toAnnotatedDocument(doc);
        if (output.syntax) Object.assign(annotated, syntaxOutput(doc));
        return annotated;
      }
      const trees: Array<ReturnType<typeof syntaxOutput> & { start: number }> = [];
      const chunks = bounds.map(({ start, end }) => {
        const doc = annotateWhole(chunkArticle(article, start, end));
        if (output.syntax) trees.push({ start, ...syntaxOutput(doc) });
        // Only the output layers outlive their chunk: its tokens and tree would hold most of the memory.
        delete doc.segments;
        delete doc.syntax;
        return { start, doc };
      });
      const annotated = toAnnotatedDocument(mergeChunkLayers(article, chunks));
      if (output.syntax) Object.assign(annotated, mergeChunkTrees(trees, annotated.text));
      return annotated;
    },
  };
}

/**
 * A stage that throws is a bug met on this document: the document fails with one line naming its
 * input and the stage (the stack stays on the error's cause), and the caller goes on to the next.
 */
function addLayer<L extends LayerName>(doc: Doc, stage: Stage<L>, ctx: StageContext): void {
  try {
    doc[stage.adds] = stage.run(doc, ctx) as Doc[L];
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new AppError("STAGE_FAILED", `stage ${stage.name} failed (${reason})`, doc.input, { cause: e });
  }
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
