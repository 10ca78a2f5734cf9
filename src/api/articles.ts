// POST /api/documents: an article given as text, a URL or an uploaded file is read by ingest (the same
// reader as the CLI, so every format it knows works here), annotated, and stored.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Context } from "hono";
import { readArticles, type IngestOptions } from "../ingest/index.ts";
import { AppError, isAppError, type AnnotatedDocument, type ArticleMeta } from "../model/index.ts";
import type { Annotator } from "./app.ts";
import type { Store } from "../store/index.ts";
import { articleJson, articleUpload } from "./schemas.ts";
import { validate } from "../query/index.ts";
import type { StoredArticle } from "./types.ts";

/** Reads the posted article, annotates and stores it; one entry per article read (a feed gives many). */
export async function readPostedArticle(
  c: Context,
  store: Store,
  annotator: Annotator,
  fetching: { publicOnly: boolean },
): Promise<{ articles: StoredArticle[] }> {
  const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  const workDir = await mkdtemp(join(tmpdir(), "sitrep-post-"));
  try {
    let input: string;
    let label: string;
    let meta: ArticleMeta;
    if (mediaType === "application/json") {
      const body = validate(articleJson, await c.req.json().catch(() => {
        throw new AppError("BAD_ARGUMENT", "the body is not valid JSON", "body");
      }));
      meta = pickMeta(body);
      if (body.url) {
        input = label = body.url;
      } else {
        input = join(workDir, "article.txt");
        label = "text";
        await writeFile(input, body.text!);
      }
    } else if (mediaType === "multipart/form-data") {
      const body = validate(articleUpload, await c.req.parseBody());
      meta = pickMeta(body);
      // Keep the file's own name: ingest recognises formats by extension as well as by content.
      label = uploadName(body.file.name);
      input = join(workDir, label);
      await writeFile(input, new Uint8Array(await body.file.arrayBuffer()));
    } else {
      throw new AppError("BAD_ARGUMENT", "send application/json ({text} or {url}) or multipart/form-data (file)", "Content-Type");
    }
    const articles = await annotateAndStore(store, annotator, input, label, { overrides: meta, ...fetching });
    const failure = articles.length === 1 ? articles[0]!.error : undefined;
    if (failure) throw new AppError(failure.code as AppError["code"], failure.message);
    c.status(201);
    return { articles };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The uploaded file's own name, as a name of a file in the work folder ("..", "", "a/b", NUL: "upload"). */
function uploadName(name: string): string {
  const base = basename(name.replaceAll("\\", "/"));
  return /^\.*$/.test(base) || /[\0-\x1f]/.test(base) ? "upload" : base;
}

function pickMeta(body: ArticleMeta): ArticleMeta {
  const meta: ArticleMeta = {};
  if (body.title) meta.title = body.title;
  if (body.source) meta.source = body.source;
  if (body.published) meta.published = body.published;
  return meta;
}

async function annotateAndStore(store: Store, annotator: Annotator, input: string, label: string, options: IngestOptions): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  for await (const result of readArticles([input], options)) {
    // Name what the user sent, not the temporary file it was written to.
    const name = result.input.replace(input, label);
    if ("error" in result) {
      out.push({ input: name, result: "failed", error: { code: result.error.code, message: result.error.message.replace(input, label) } });
      continue;
    }
    let doc: AnnotatedDocument;
    try {
      doc = await annotator.annotate(result.article);
    } catch (e) {
      if (!isAppError(e)) throw e;
      out.push({ input: name, result: "failed", error: { code: e.code, message: e.message.replace(input, label) } });
      continue;
    }
    delete doc.warnings;
    const stored = await store.addDocument(doc, { input: name });
    out.push({ input: name, id: doc.id, result: stored, title: doc.title, events: doc.events.length });
  }
  return out;
}
