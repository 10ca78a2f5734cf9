import { AppError, type ArticleMeta } from "../model/index.ts";
import type { OptionSpec } from "./command.ts";

export const META_OPTIONS: OptionSpec[] = [
  { flags: "--published <date>", description: "publication date (ISO 8601), overriding what the input says" },
  { flags: "--title <title>", description: "title, overriding what the input says" },
  { flags: "--source <name>", description: "source (publication), overriding what the input says" },
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
