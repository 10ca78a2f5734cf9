// Shared by the ingest tests: fixture paths, a scratch folder, and reading every result of a run.
import { join } from "node:path";
import { scratchDir as makeScratchDir } from "../scratch.ts";
import { readArticles, type IngestOptions, type IngestResult } from "../../src/ingest/index.ts";
import type { Article } from "../../src/model/index.ts";
import type { AppError } from "../../src/model/index.ts";

export const FIXTURES = new URL("../fixtures/ingest/", import.meta.url).pathname;
export const fixture = (name: string) => join(FIXTURES, name);

/** A temporary folder removed when the test file ends. */
export const scratchDir = () => makeScratchDir("ingest");

export async function readAll(inputs: string[], options?: IngestOptions): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readArticles(inputs, options)) out.push(r);
  return out;
}

export async function readOne(input: string, options?: IngestOptions): Promise<Article> {
  const [result, ...rest] = await readAll([input], options);
  if (rest.length) throw new Error(`expected one article from ${input}, got ${rest.length + 1}`);
  if ("error" in result) throw result.error;
  return result.article;
}

export async function readError(input: string, options?: IngestOptions): Promise<AppError> {
  const results = await readAll([input], options);
  const failed = results.find((r) => "error" in r);
  if (!failed || !("error" in failed)) throw new Error(`expected an error from ${input}`);
  return failed.error;
}
