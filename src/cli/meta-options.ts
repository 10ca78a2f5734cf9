// Options of every command that reads articles (annotate, ingest): metadata overrides and the limits of ingest.
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type IngestOptions } from "../ingest/index.ts";
import { AppError, type ArticleMeta } from "../model/index.ts";
import type { OptionSpec } from "./command.ts";

export const META_OPTIONS: OptionSpec[] = [
  { flags: "--published <date>", description: "publication date (ISO 8601), overriding what the input says" },
  { flags: "--title <title>", description: "title, overriding what the input says" },
  { flags: "--source <name>", description: "source (publication), overriding what the input says" },
];

export const INGEST_OPTIONS: OptionSpec[] = [
  ...META_OPTIONS,
  { flags: "--max-bytes <n>", description: `size cap per input, e.g. 50000000, 20MB (default ${DEFAULT_MAX_BYTES / 2 ** 20} MB)` },
  { flags: "--timeout <seconds>", description: `time-out for each HTTP request (default ${DEFAULT_TIMEOUT_MS / 1000})` },
  { flags: "--no-follow", description: "do not fetch the page of a feed item that has only a summary" },
  { flags: "--debug", description: "after an error, print the stack of what broke (for a bug report)", default: false },
];

export function metaOverrides(options: Record<string, unknown>): ArticleMeta {
  const out: ArticleMeta = {};
  if (typeof options.published === "string") {
    if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(options.published)) {
      throw new AppError("BAD_ARGUMENT", `"${options.published}" is not an ISO 8601 date (YYYY-MM-DD)`, "--published");
    }
    out.published = options.published;
  }
  if (typeof options.title === "string") out.title = options.title;
  if (typeof options.source === "string") out.source = options.source;
  return out;
}

export function ingestOptions(options: Record<string, unknown>): IngestOptions {
  const out: IngestOptions = { overrides: metaOverrides(options), followLinks: options.follow !== false };
  if (options.maxBytes !== undefined) out.maxBytes = parseByteSize(String(options.maxBytes));
  if (options.timeout !== undefined) {
    const seconds = Number(options.timeout);
    if (!(seconds > 0)) throw new AppError("BAD_ARGUMENT", `"${String(options.timeout)}" is not a number of seconds`, "--timeout");
    out.timeoutMs = seconds * 1000;
  }
  return out;
}

const BYTE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 2 ** 20, mb: 2 ** 20, g: 2 ** 30, gb: 2 ** 30 };

function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? BYTE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || +m[1] <= 0) throw new AppError("BAD_ARGUMENT", `"${value}" is not a size (e.g. 50000000 or 50MB)`, "--max-bytes");
  return Math.floor(+m[1] * unit);
}
