// YAML front matter (`---` ... `---`) at the top of a text file: the metadata a user or a scraper wrote.
import { parse as parseYaml } from "yaml";
import { AppError, type ArticleMeta } from "../model/index.ts";
import { presentMeta } from "./article-draft.ts";
import { normalisePublicationDate } from "./publication-date.ts";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const META_FIELDS = ["title", "source", "url", "author", "dateline"] as const;

export interface FrontMatter {
  meta: ArticleMeta;
  /** Where the body starts in the raw text. */
  bodyStart: number;
  warnings: string[];
}

export function readFrontMatter(raw: string, input: string): FrontMatter {
  const m = FRONT_MATTER.exec(raw);
  if (!m) return { meta: {}, bodyStart: 0, warnings: [] };
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (e) {
    throw new AppError("INPUT_MALFORMED", `the YAML front matter does not parse: ${(e as Error).message.split("\n")[0]}`, input);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new AppError("INPUT_MALFORMED", "the front matter is not a YAML mapping of fields", input);
  }
  const fields = data as Record<string, unknown>;
  const meta: Record<string, unknown> = {};
  for (const key of META_FIELDS) meta[key] = stringField(fields[key]);
  const warnings: string[] = [];
  const rawDate = fields.published ?? fields.date;
  if (rawDate !== undefined && rawDate !== null && rawDate !== "") {
    meta.published = normalisePublicationDate(rawDate);
    if (!meta.published) warnings.push(`front matter published "${String(rawDate)}" is not a date; ignored`);
  }
  return { meta: presentMeta(meta), bodyStart: m[0].length, warnings };
}

function stringField(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string").join(", ");
  return undefined;
}
