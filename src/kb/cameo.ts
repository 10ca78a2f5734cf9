// Reads CAMEO/PETRARCH actor dictionaries: a primary name line (words joined by "_"), "+NAME" synonym
// lines, and codes in brackets with optional dates: [USAGOV 20250120-20290120], [RUSGOV >120507], [GBRGOV <100511].
// Dates are yymmdd or yyyymmdd. Comments start with "#".
import type { KbEntrySpec, KbRoleSpec } from "./index.ts";

const CODE = /\[([A-Z0-9~]+)(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\]/g;

export function parseCameoDictionary(text: string): KbEntrySpec[] {
  const entries: KbEntrySpec[] = [];
  let current: KbEntrySpec | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    if (!line) continue;
    const names = line.replace(CODE, "").trim();
    if (names.startsWith("+")) {
      if (current) current.aliases!.push(cameoName(names.slice(1)));
    } else if (names) {
      current = { name: cameoName(names), aliases: [], roles: [] };
      entries.push(current);
    }
    if (!current) continue;
    for (const m of line.matchAll(CODE)) current.roles!.push(cameoRole(m[1], m[2], m[3], m[4]));
  }
  for (const entry of entries) {
    const code = entry.roles?.[0]?.code ?? "";
    entry.type = /^(IGO|NGO|MNC)/.test(code) ? "ORG" : "PERSON";
    if (/^[A-Z]{3}/.test(code) && !/^(IGO|NGO|MNC|IMG)/.test(code)) entry.country = code.slice(0, 3);
  }
  return entries;
}

function cameoName(raw: string): string {
  return raw.replace(/_+$/, "").split("_").filter(Boolean)
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
}

function cameoRole(code: string, bound: string, first?: string, second?: string): KbRoleSpec {
  const role: KbRoleSpec = { title: code, code };
  if (!first) return role;
  if (bound === "<") role.to = cameoDate(first);
  else role.from = cameoDate(first);
  if (second) role.to = cameoDate(second);
  return role;
}

/** yymmdd (CAMEO's own dictionaries; years 50-99 are 19xx) or yyyymmdd, to ISO. */
function cameoDate(d: string): string {
  const full = d.length === 8 ? d : `${Number(d.slice(0, 2)) >= 50 ? "19" : "20"}${d}`;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}
