// Loading a corpus: read inputs (src/ingest), annotate them on worker threads, and store each
// document in its own transaction on the main thread. Streaming: at most a few articles per worker
// are in flight, so memory stays flat however many inputs there are. Idempotent: a document already
// stored (same content hash) is skipped before it is annotated.
import { availableParallelism } from "node:os";
import { readArticles, type IngestOptions } from "../ingest/index.ts";
import { AppError, documentId, type Article } from "../model/index.ts";
import { AnnotatorPool } from "./annotator-pool.ts";
import type { Store } from "./types.ts";

export interface LoadOptions extends IngestOptions {
  /** Annotating threads; default: one per core. */
  workers?: number;
  kbPaths?: string[];
  /** Called after each input is done (stored, skipped or failed). */
  onProgress?(progress: LoadProgress): void;
  /** Called with each input that could not be read, annotated or stored; the run goes on. */
  onError?(error: AppError): void;
  onWarning?(input: string, warning: string): void;
}

export interface LoadProgress {
  /** The input just done. */
  input: string;
  stored: number;
  /** Already in the store (or twice in this run). */
  skipped: number;
  failed: number;
  words: number;
  elapsedMs: number;
}

/** Articles in flight per worker: enough to keep every worker busy while the main thread writes. */
const IN_FLIGHT_PER_WORKER = 8;

export async function loadCorpus(store: Store, inputs: string[], options: LoadOptions = {}): Promise<LoadProgress> {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  // Started on the first article that needs annotating: a re-run over stored articles loads no model.
  let pool: AnnotatorPool | undefined;
  const annotator = () => (pool ??= new AnnotatorPool(workers, { kbPaths: options.kbPaths }));
  const started = Date.now();
  const progress: LoadProgress = { input: "", stored: 0, skipped: 0, failed: 0, words: 0, elapsedMs: 0 };
  const done = (input: string) => {
    progress.input = input;
    progress.elapsedMs = Date.now() - started;
    options.onProgress?.({ ...progress });
  };
  const fail = (error: AppError, input: string) => {
    progress.failed++;
    options.onError?.(error);
    done(input);
  };
  const inFlight = new Set<Promise<void>>();
  const inFlightIds = new Set<string>();
  // Writes happen one at a time, in the order annotations finish.
  let writes: Promise<void> = Promise.resolve();

  const storeArticle = async (article: Article, id: string) => {
    try {
      const doc = await annotator().annotate(article);
      for (const warning of article.warnings) options.onWarning?.(article.input, warning);
      const write = writes.then(async () => {
        const result = await store.addDocument(doc, { input: article.input });
        if (result === "added") {
          progress.stored++;
          progress.words += doc.text.match(/\S+/g)?.length ?? 0;
        } else progress.skipped++;
      });
      writes = write.catch(() => {});
      await write;
      done(article.input);
    } catch (e) {
      fail(e instanceof AppError ? (e.subject ? e : new AppError(e.code, e.message, article.input, { cause: e })) : new AppError("STAGE_FAILED", String(e), article.input, { cause: e }), article.input);
    } finally {
      inFlightIds.delete(id);
    }
  };

  try {
    for await (const result of readArticles(inputs, options)) {
      if (pool?.fatal) throw pool.fatal;
      if ("error" in result) {
        fail(result.error, result.input);
        continue;
      }
      const id = documentId(result.article.text, result.article.captions);
      if (inFlightIds.has(id) || (await store.hasDocument(id))) {
        progress.skipped++;
        done(result.input);
        continue;
      }
      inFlightIds.add(id);
      const job = storeArticle(result.article, id).finally(() => inFlight.delete(job));
      inFlight.add(job);
      while (inFlight.size >= workers * IN_FLIGHT_PER_WORKER) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await writes;
    if (pool?.fatal) throw pool.fatal;
  } finally {
    await pool?.close();
  }
  progress.elapsedMs = Date.now() - started;
  return progress;
}
