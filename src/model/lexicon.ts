// Knowledge lives in data files under data/ (lexicons, gazetteers, patterns). Every stage reads them
// through this one loader, and builds its word-list patterns with `alternation`.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { AppError } from "./errors.ts";

export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/**
 * Parsing the stages' YAML costs ~150 ms at every start of the CLI; the build (`npm run build:cli`)
 * keeps them parsed in dist/data-cache.json, used for a file only while its content hash still
 * matches, so that an edited data file is read afresh. Under tsx there is no cache.
 */
const CACHE_FILE = fileURLToPath(new URL("../data-cache.json", import.meta.url));
type DataCache = Record<string, { hash: string; data: unknown }>;
let cache: DataCache | undefined;

/** Reads `data/<relative>` (or an absolute path) as YAML (a superset of JSON). */
export function readDataFile<T>(path: string): T {
  const full = path.startsWith("/") ? path : DATA_DIR + path;
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (e) {
    throw new AppError("KB", `cannot read data file: ${(e as Error).message}`, full);
  }
  const cached = full.startsWith(DATA_DIR) ? readCache()[full.slice(DATA_DIR.length)] : undefined;
  if (cached && cached.hash === contentHash(text)) return cached.data as T;
  try {
    return (full.endsWith(".json") ? JSON.parse(text) : (parse(text) ?? {})) as T;
  } catch (e) {
    throw new AppError("KB", `not valid ${full.endsWith(".json") ? "JSON" : "YAML/JSON"}: ${(e as Error).message}`, full);
  }
}

function readCache(): DataCache {
  if (!cache) {
    try {
      cache = JSON.parse(readFileSync(CACHE_FILE, "utf8")) as DataCache;
    } catch {
      cache = {};
    }
  }
  return cache;
}

function contentHash(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/**
 * Writes the parsed copy of every YAML file of the stages under data/ (run by the build); returns how
 * many. The knowledge base keeps its own (data/kb/compiled.json, read by src/kb).
 */
export function writeDataCache(): number {
  const out: DataCache = {};
  for (const entry of readdirSync(DATA_DIR, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name) || full.startsWith(join(DATA_DIR, "kb"))) continue;
    const text = readFileSync(full, "utf8");
    out[full.slice(DATA_DIR.length)] = { hash: contentHash(text), data: parse(text) ?? {} };
  }
  writeFileSync(CACHE_FILE, JSON.stringify(out));
  return Object.keys(out).length;
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
