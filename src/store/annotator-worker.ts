// A worker thread that annotates articles: builds the pipeline once, then answers each
// { article } message with { doc } or { error }, one article at a time.
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledgeBase } from "../kb/index.ts";
import { buildPipeline } from "../pipeline/index.ts";
import { AppError, isAppError, type Article } from "../model/index.ts";

const pipeline = buildPipeline({ kb: loadKnowledgeBase({ extraPaths: (workerData as { kbPaths?: string[] }).kbPaths }) });

parentPort!.on("message", ({ article }: { article: Article }) => {
  try {
    parentPort!.postMessage({ doc: pipeline.annotate(article) });
  } catch (e) {
    const failure = isAppError(e) ? e : new AppError("STAGE_FAILED", String(e), article.input, { cause: e });
    const cause = failure.cause instanceof Error ? failure.cause : failure;
    parentPort!.postMessage({ error: { code: failure.code, message: failure.message, subject: failure.subject, stack: cause.stack } });
  }
});
