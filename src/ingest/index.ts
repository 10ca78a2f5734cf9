// Ingest: raw inputs (files, directories, URLs, stdin) -> Article. The only stage besides store that does I/O.
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../model/index.ts";
import type { Article, ArticleMeta } from "../model/index.ts";

export interface IngestOptions {
  /** Metadata given by the user (--title, --published, --source); wins over what the input says. */
  overrides?: ArticleMeta;
}

export type IngestResult = { input: string; article: Article } | { input: string; error: AppError };

/** Reads each input in order, yielding one result per article; a bad input yields an error, never throws. */
export async function* readArticles(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
  for (const input of inputs) {
    try {
      for await (const path of expandInput(input)) {
        try {
          yield { input: path, article: await readTextArticle(path, options) };
        } catch (e) {
          yield { input: path, error: asAppError(e, path) };
        }
      }
    } catch (e) {
      yield { input, error: asAppError(e, input) };
    }
  }
}

async function* expandInput(input: string): AsyncGenerator<string> {
  if (input === "-") {
    yield input;
    return;
  }
  const info = await stat(input).catch(() => {
    throw new AppError("INPUT_NOT_FOUND", "no such file or directory", input);
  });
  if (!info.isDirectory()) {
    yield input;
    return;
  }
  const entries = await readdir(input, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    yield* expandInput(join(input, entry.name));
  }
}

async function readTextArticle(path: string, options: IngestOptions): Promise<Article> {
  const bytes = path === "-" ? await readStdin() : await readFile(path);
  const text = bytes.toString("utf8").replace(/\r\n?/g, "\n").trim();
  if (!text) throw new AppError("INPUT_EMPTY", "the input is empty", path);
  return { input: path, text, warnings: [], ...options.overrides };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function asAppError(e: unknown, input: string): AppError {
  if (e instanceof AppError) return e;
  return new AppError("INPUT_MALFORMED", e instanceof Error ? e.message : String(e), input, { cause: e });
}
