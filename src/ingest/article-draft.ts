// What each format reader produces before the common finishing (overrides, date warnings).
import type { ArticleMeta, OffsetMap } from "../model/index.ts";
import { CONTROL_CHARACTERS } from "./body-text.ts";

export interface ArticleDraft {
  text: string;
  meta: ArticleMeta;
  /** From `text` back to the decoded input; absent where no character-level mapping exists (HTML). */
  offsets?: OffsetMap;
  /** Ranges of `text` that are photo captions, kept after the body. */
  captions?: Array<{ start: number; end: number }>;
  warnings: string[];
}

/** Keeps only metadata values that say something: a blank title in front matter is no title. */
export function presentMeta(meta: Record<string, unknown>): ArticleMeta {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    const clean = typeof value === "string" ? value.replace(CONTROL_CHARACTERS, "").replace(/\s+/g, " ").trim() : "";
    if (clean) out[key] = clean;
  }
  return out as ArticleMeta;
}

/** Fields of the first that are present win over the second's. */
export function mergeMeta(primary: ArticleMeta, fallback: ArticleMeta): ArticleMeta {
  return { ...fallback, ...presentMeta(primary as Record<string, unknown>) };
}
