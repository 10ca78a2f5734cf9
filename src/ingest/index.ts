// Ingest: raw inputs (files, directories, URLs, stdin) -> Article. The only stage besides store that
// does I/O. Each input is sniffed (bytes, name, content type) and read by the reader of its format.
import { createReadStream, type Dirent, type Stats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../model/index.ts";
import type { Article, ArticleMeta } from "../model/index.ts";
import type { ArticleDraft } from "./article-draft.ts";
import { decodeText } from "./decode-text.ts";
import { fetchUrl, isUrl } from "./fetch-url.ts";
import { readArticleRecord, readJsonLine, readJsonLines, readJsonLinesFile, type DraftResult } from "./json-lines.ts";
import { readPlainText } from "./plain-text.ts";
import { finishArticle } from "./finish-article.ts";
import { collectCapped, readFileCapped, type SourceBytes } from "./read-source.ts";
import { sniffFormat } from "./sniff-format.ts";

export { rawOffsetOf, rawSpanOf } from "./mapped-text.ts";
export { NO_PUBLISHED_WARNING } from "./finish-article.ts";
export { isUrl };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface IngestOptions {
  /** Metadata given by the user (--title, --published, --source); wins over what the input says. */
  overrides?: ArticleMeta;
  /** Size cap per input (and per fetched page); default 50 MB. */
  maxBytes?: number;
  /** Time-out for each HTTP request; default 15 s. */
  timeoutMs?: number;
  /** Follow the link of a feed item that has only a summary; default true. */
  followLinks?: boolean;
  /**
   * Fetch only from public internet addresses (every hop, redirects included): for a server fetching
   * URLs its callers name. Default false: the CLI fetches what its own user typed.
   */
  publicOnly?: boolean;
  /** "Today", for the warning on a publication date in the future; default now. */
  now?: Date;
}

export type IngestResult = { input: string; article: Article } | { input: string; error: AppError };

interface Settings {
  maxBytes: number;
  timeoutMs: number;
  followLinks: boolean;
  publicOnly: boolean;
}

/** Reads each input in order, yielding one result per article; a bad input yields an error, never throws. */
export async function* readArticles(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
  const settings: Settings = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    followLinks: options.followLinks ?? true,
    publicOnly: options.publicOnly ?? false,
  };
  const now = options.now ?? new Date();
  for (const input of inputs) {
    for await (const source of expandInput(input, new Set(), false)) {
      if (typeof source !== "string") {
        yield source;
        continue;
      }
      for await (const result of readSource(source, settings)) {
        yield "error" in result
          ? result
          : { input: result.input, article: finishArticle(result.input, result.draft, options.overrides ?? {}, now) };
      }
    }
  }
}

/**
 * An article already in memory (an API request body, a database row), read as a text file would be:
 * front matter, header lines, captions, line wraps. Throws an AppError naming the input.
 */
export function readArticleText(raw: string, input: string, options: IngestOptions = {}): Article {
  return finishArticle(input, readPlainText(raw, input), options.overrides ?? {}, options.now ?? new Date());
}

/**
 * One JSON Lines line held apart from its file (a queued job), read as the file's reader reads each
 * line. Throws an AppError naming the input.
 */
export function readArticleLine(line: string, input: string, options: IngestOptions = {}): Article {
  return finishArticle(input, readJsonLine(line, input), options.overrides ?? {}, options.now ?? new Date());
}

/** The files one input names, as readArticles walks them (folders in name order, errors as results). */
export function inputFiles(input: string): AsyncGenerator<string | IngestResult> {
  return expandInput(input, new Set(), false);
}

/**
 * The files an input names: itself, or every file under a folder, in name order. An entry that cannot
 * be read (a dangling link, no permission) is an error result and the walk goes on; a folder or file
 * reached twice (a symbolic link loop) is read once; in a folder, anything but a file or a folder (a
 * FIFO would block the walk forever) is skipped with a message. A FIFO named by the user is read.
 */
async function* expandInput(input: string, seen: Set<string>, inFolder: boolean): AsyncGenerator<string | IngestResult> {
  if (input === "-" || isUrl(input)) {
    yield input;
    return;
  }
  let info: Stats;
  let real: string;
  try {
    info = await stat(input);
    real = await realpath(input);
  } catch (e) {
    const dangling = (e as NodeJS.ErrnoException).code === "ENOENT" && (await lstat(input).catch(() => undefined))?.isSymbolicLink();
    yield { input, error: dangling ? new AppError("INPUT_NOT_FOUND", "a symbolic link to nothing", input) : asAppError(e, input) };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  if (inFolder && !info.isFile() && !info.isDirectory()) {
    yield { input, error: new AppError("INPUT_BINARY", `not a regular file (${fileKind(info)}): skipped`, input) };
    return;
  }
  if (!info.isDirectory()) {
    yield input;
    return;
  }
  let entries: Dirent[];
  try {
    entries = await readdir(input, { withFileTypes: true });
  } catch (e) {
    yield { input, error: asAppError(e, input) };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    yield* expandInput(join(input, entry.name), seen, true);
  }
}

function fileKind(info: Stats): string {
  if (info.isFIFO()) return "a FIFO";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}

/** One input -> its articles (several for a feed or a JSON Lines file); errors are results, never thrown. */
async function* readSource(input: string, settings: Settings): AsyncGenerator<DraftResult> {
  try {
    if (isUrl(input) || input === "-" || !(await stat(input)).isFile()) {
      yield* readFormat(await readStream(input, settings), settings);
      return;
    }
    const bytes = await readFileCapped(input, settings.maxBytes, (head) => sniffFormat(head, input) === "jsonl");
    if (bytes === "streamed") yield* readJsonLinesFile(input, settings.maxBytes);
    else yield* readFormat({ name: input, bytes }, settings);
  } catch (e) {
    yield { input, error: asAppError(e, input) };
  }
}

/** A URL, stdin, or a FIFO or device the user named (`<(curl ...)`): bytes as they come, up to the cap. */
async function readStream(input: string, settings: Settings): Promise<SourceBytes> {
  if (isUrl(input)) return fetchUrl(input, settings);
  const stream = input === "-" ? process.stdin : createReadStream(input);
  return { name: input, bytes: await collectCapped(stream, input, settings.maxBytes) };
}

// The readers of HTML, feeds and PDF (linkedom, feedsmith, pdf.js) are loaded on first use: a run
// that reads only text files does not pay their start-up.
async function* readFormat(source: SourceBytes, settings: Settings): AsyncGenerator<DraftResult> {
  const { name, bytes } = source;
  if (!bytes.length) throw new AppError("INPUT_EMPTY", "the input is empty", name);
  const format = sniffFormat(bytes, name, source.contentType);
  if (format === "pdf") {
    const { readPdf } = await import("./pdf-article.ts");
    yield { input: name, draft: await readPdf(bytes, name) };
    return;
  }
  const text = decodeText(bytes, name, declaredCharset(source, format));
  if (!text.trim()) throw new AppError("INPUT_EMPTY", "the input is empty (only white space)", name);
  switch (format) {
    case "html": {
      const { readHtml } = await import("./html-article.ts");
      yield { input: name, draft: readHtml(text, name, source.url) };
      return;
    }
    case "json-feed":
      if (text.trimStart().startsWith("[")) {
        yield* readJsonArray(text, name);
        return;
      }
    // falls through: a JSON Feed
    case "feed": {
      const { readFeed } = await import("./feed-articles.ts");
      yield* readFeed(text, name, settings.followLinks ? (url) => fetchPage(url, settings) : undefined);
      return;
    }
    case "jsonl":
      yield* readJsonLines(text.split(/\r?\n/), name, settings.maxBytes);
      return;
    default:
      yield { input: name, draft: readPlainText(text, name) };
  }
}

/** A JSON array of article objects, each named file#N. */
function* readJsonArray(text: string, name: string): Generator<DraftResult> {
  let records: unknown[];
  try {
    records = JSON.parse(text) as unknown[];
  } catch (e) {
    throw new AppError("INPUT_MALFORMED", `not valid JSON (${(e as Error).message})`, name);
  }
  for (let n = 0; n < records.length; n++) {
    const input = `${name}#${n + 1}`;
    try {
      yield { input, draft: readArticleRecord(records[n], input) };
    } catch (e) {
      yield { input, error: asAppError(e, input) };
    }
  }
}

/** The page a feed item links to, read as HTML (or whatever it turns out to be). */
async function fetchPage(url: string, settings: Settings): Promise<ArticleDraft> {
  for await (const result of readFormat(await fetchUrl(url, settings), { ...settings, followLinks: false })) {
    if ("error" in result) throw result.error;
    return result.draft;
  }
  throw new AppError("INPUT_EMPTY", "the linked page has no article", url);
}

/** The charset an HTTP header or an HTML <meta> declares; text files are UTF-8 unless they have a BOM. */
function declaredCharset(source: SourceBytes, format: string): string | undefined {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(source.contentType ?? "")?.[1];
  if (fromHeader || format !== "html") return fromHeader;
  const head = new TextDecoder("latin1").decode(source.bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
}

function asAppError(e: unknown, input: string): AppError {
  if (e instanceof AppError) return e;
  const error = e as NodeJS.ErrnoException;
  if (error?.code === "ENOENT") return new AppError("INPUT_NOT_FOUND", "no such file or directory", input);
  if (error?.code === "EACCES") return new AppError("INPUT_NOT_FOUND", "permission denied", input);
  return new AppError("INPUT_MALFORMED", error instanceof Error ? error.message : String(e), input, { cause: e });
}
