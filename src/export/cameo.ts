// CAMEO codes for events without one, from data/export/plover-cameo.yaml, and GDELT's QuadClass.
import { readDataFile } from "../model/index.ts";

let defaults: Record<string, string> | undefined;

export function cameoCodeOf(type: string, cameo: string | undefined): string {
  defaults ??= readDataFile<Record<string, string>>("export/plover-cameo.yaml");
  return cameo ?? defaults[type] ?? "";
}

/** 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). */
export function quadClass(code: string): number | undefined {
  const root = Number(code.slice(0, 2));
  if (!root) return undefined;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}
