// Small loader for the knowledge files under data/: YAML or JSON, parsed once per path.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { AppError } from "../model/index.ts";

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
