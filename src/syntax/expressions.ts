// Fixed expressions whose tags the pipeline knows before the tagger (data/syntax/expressions.yaml),
// validated when loaded: a user adds one without touching code.
import { AppError, readDataFile } from "../model/index.ts";
import { UPOS } from "./tagger.ts";

export const EXPRESSIONS_FILE = "syntax/expressions.yaml";

/** The tags of each expression, by its first word: [words, tags] pairs, longest first. */
export type ExpressionIndex = ReadonlyMap<string, ReadonlyArray<{ words: string[]; tags: string[] }>>;

let loaded: ExpressionIndex | undefined;

export function fixedExpressions(path = EXPRESSIONS_FILE): ExpressionIndex {
  if (loaded && path === EXPRESSIONS_FILE) return loaded;
  const data = readDataFile<{ expressions?: Array<{ words?: unknown; tags?: unknown }> }>(path);
  const index = new Map<string, Array<{ words: string[]; tags: string[] }>>();
  (data.expressions ?? []).forEach((e, n) => {
    const words = Array.isArray(e.words) ? e.words.map((w) => String(w).toLowerCase()) : [];
    const tags = Array.isArray(e.tags) ? e.tags.map(String) : [];
    if (!words.length || words.length !== tags.length) throw new AppError("KB", `expression ${n + 1}: as many tags as words are needed`, path);
    const unknown = tags.find((t) => !(UPOS as readonly string[]).includes(t));
    if (unknown) throw new AppError("KB", `expression ${n + 1} ("${words.join(" ")}"): unknown tag "${unknown}" (one of ${UPOS.join(", ")})`, path);
    const list = index.get(words[0]) ?? [];
    list.push({ words, tags });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0], list);
  });
  if (path === EXPRESSIONS_FILE) loaded = index;
  return index;
}
