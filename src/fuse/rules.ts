// Loads the fusion rules from data/fuse/rules.yaml, so thresholds and wire lists change without code.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { AppError } from "../model/index.ts";

export interface FusionRules {
  symmetricTypes: Set<string>;
  distinctContexts: Set<string>;
  undatedWindowDays: number;
  wires: Array<{ name: string; credits: string[] }>;
}

const RULES_FILE = new URL("../../data/fuse/rules.yaml", import.meta.url);

let cached: FusionRules | undefined;

export function fusionRules(): FusionRules {
  if (cached) return cached;
  let raw: Record<string, unknown>;
  try {
    raw = parse(readFileSync(RULES_FILE, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new AppError("KB", `cannot read the fusion rules: ${e instanceof Error ? e.message : e}`, RULES_FILE.pathname, { cause: e });
  }
  cached = {
    symmetricTypes: new Set(raw.symmetric_types as string[]),
    distinctContexts: new Set(raw.distinct_contexts as string[]),
    undatedWindowDays: Number(raw.undated_window_days ?? 3),
    wires: (raw.wires as FusionRules["wires"]) ?? [],
  };
  return cached;
}
