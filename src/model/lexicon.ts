// Knowledge lives in data files under data/ (lexicons, gazetteers, patterns). Every stage reads them
// through this one loader, and builds its word-list patterns with `alternation`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { AppError } from "./errors.ts";

export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Reads `data/<relative>` (or an absolute path) as YAML (a superset of JSON). */
export function readDataFile<T>(path: string): T {
  const full = path.startsWith("/") ? path : DATA_DIR + path;
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (e) {
    throw new AppError("KB", `cannot read data file: ${(e as Error).message}`, full);
  }
  try {
    return (parse(text) ?? {}) as T;
  } catch (e) {
    throw new AppError("KB", `not valid YAML/JSON: ${(e as Error).message}`, full);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * A regex alternation of a word list, longest first so that "Prime Minister" wins over "Prime".
 * With `flexibleSpaces`, a space in a phrase matches any run of white space (line wraps included).
 */
export function alternation(words: Iterable<string>, flexibleSpaces = false): string {
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return (flexibleSpaces ? escaped.map((w) => w.replace(/ /g, "\\s+")) : escaped).join("|");
}
