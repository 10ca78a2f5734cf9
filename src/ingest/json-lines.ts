// JSON Lines (and JSON arrays): one article per line, {text, title, published, source, url, author}. Read as a stream,
// so a large file never sits in memory; a broken line is an error naming file:line, the rest go on.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { AppError } from "../model/index.ts";
import { mergeMeta, presentMeta, type ArticleDraft } from "./article-draft.ts";
import { readPlainText } from "./plain-text.ts";
import { normalisePublicationDate } from "./publication-date.ts";
import { tooLarge } from "./read-source.ts";

export type DraftResult = { input: string; draft: ArticleDraft } | { input: string; error: AppError };

export async function* readJsonLinesFile(path: string, maxBytes: number): AsyncGenerator<DraftResult> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  yield* readJsonLines(lines, path, maxBytes);
}

export async function* readJsonLines(lines: AsyncIterable<string> | Iterable<string>, name: string, maxBytes: number): AsyncGenerator<DraftResult> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const input = `${name}:${lineNumber}`;
    try {
      if (line.length > maxBytes) throw tooLarge(input, maxBytes);
      yield { input, draft: readJsonLine(line, input) };
    } catch (e) {
      yield { input, error: e instanceof AppError ? e : new AppError("INPUT_MALFORMED", String(e), input) };
    }
  }
}

/** One JSON Lines line: an article as a JSON object. */
export function readJsonLine(line: string, input: string): ArticleDraft {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new AppError("INPUT_MALFORMED", `not valid JSON (${(e as Error).message})`, input);
  }
  return readArticleRecord(record, input);
}

/** One article given as a JSON object (a JSON Lines line, an element of a JSON array). */
export function readArticleRecord(record: unknown, input: string): ArticleDraft {
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    throw new AppError("INPUT_MALFORMED", "an article must be a JSON object with a \"text\" field", input);
  }
  const fields = record as Record<string, unknown>;
  const body = fields.text ?? fields.body ?? fields.content;
  if (typeof body !== "string" || !body.trim()) throw new AppError("INPUT_EMPTY", 'no "text" field with the article', input);
  const draft = readPlainText(body, input);
  const warnings = [...draft.warnings];
  const published = normalisePublicationDate(fields.published ?? fields.date);
  if ((fields.published ?? fields.date) && !published) warnings.push(`published "${String(fields.published ?? fields.date)}" is not a date; ignored`);
  const given = presentMeta({ title: fields.title, source: fields.source, url: fields.url, author: fields.author, dateline: fields.dateline, published });
  return { ...draft, meta: mergeMeta(given, draft.meta), warnings };
}
