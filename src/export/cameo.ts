// CAMEO for the GDELT export: event codes (a type's general code when the event has none), GDELT's
// QuadClass, the Goldstein scale, and actor codes (country + sector, as CAMEO actor codes are built).
import type { PloverType } from "../model/index.ts";
import type { ActorLink, EventReport } from "../store/index.ts";
import { goldsteinTable, ploverCameoTable, titleSectorTable } from "./tables.ts";

export function cameoCodeOf(type: PloverType, cameo: string | undefined): string {
  return cameo ?? ploverCameoTable()[type];
}

/** 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). */
export function quadClass(code: string): number | undefined {
  const root = Number(code.slice(0, 2));
  if (!root) return undefined;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/** The Goldstein value of a CAMEO code; a code the table lacks takes its base code's, then its root's. */
export function goldsteinOf(code: string): number | undefined {
  const table = goldsteinTable().goldstein;
  for (const key of [code, code.slice(0, 3), code.slice(0, 2)]) if (key.length >= 2 && key in table) return table[key];
  return undefined;
}

let sectors: Map<string, string> | undefined;

/** CAMEO sector of an actor's title or role key ("Foreign Minister", "head-of-state" -> GOV). */
function sectorOf(role: string | undefined): string | undefined {
  if (!role) return undefined;
  if (!sectors) {
    sectors = new Map();
    for (const [key, { sector, forms }] of Object.entries(titleSectorTable().titles)) {
      sectors.set(key.toLowerCase(), sector);
      for (const form of forms) sectors.set(form.toLowerCase(), sector);
    }
  }
  return sectors.get(role.toLowerCase());
}

/** The CAMEO sector of an actor's title as the event's reports give it ("Secretary of State Rubio met ..."). */
export function actorSector(actor: ActorLink, reports: EventReport[]): string | undefined {
  const roles = [actor.role, ...reports.flatMap((r) => [r.source, r.target]).filter((a) => a?.id && a.id === actor.id).map((a) => a?.role)];
  return roles.map(sectorOf).find(Boolean);
}

/** GDELT's actor columns: the CAMEO code (country + sector), name, country code and first type code. */
export function actorCodes(actor: ActorLink | undefined, reports: EventReport[]): { code?: string; name?: string; country?: string; type?: string } {
  if (!actor) return {};
  const type = actorSector(actor, reports);
  const code = (actor.country ?? "") + (type ?? "");
  return { code: code || undefined, name: actor.name, country: actor.country, type };
}
