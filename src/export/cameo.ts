// CAMEO codes for events without one, from data/export/plover-cameo.yaml, and GDELT's QuadClass.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const FILE = new URL("../../data/export/plover-cameo.yaml", import.meta.url);
let defaults: Record<string, string> | undefined;

export function cameoCodeOf(type: string, cameo: string | undefined): string {
  defaults ??= parse(readFileSync(FILE, "utf8")) as Record<string, string>;
  return cameo ?? defaults[type] ?? "";
}

/** 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). */
export function quadClass(code: string): number | undefined {
  const root = Number(code.slice(0, 2));
  if (!root) return undefined;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}
