// A mention: one stretch of text that names (or describes) an entity, before mentions are grouped.
import type { EntityType } from "../model/index.ts";
import type { KbEntry } from "../kb/index.ts";

export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** Which recognizer made it, e.g. "entities/title-pattern". */
  source: string;
  kb?: KbEntry;
  /** The name to show when it differs from the text ("@SteveWitkoff" -> "Steve Witkoff"). */
  name?: string;
  country?: string;
  /** The title as the text gives it ("Secretary of State") and its role key and CAMEO sector. */
  title?: string;
  roleKey?: string;
  sector?: string;
  /** CAMEO code of the organisation named with the title ("Hamas official" -> PSEREB). */
  code?: string;
  /** A role that does not name the current holder ("former President"). */
  pastRole?: boolean;
  /** A lone unknown word: kept only if it joins an entity named in full elsewhere. */
  weak?: boolean;
  /** After a locative preposition ("in Muscat") or before a place noun ("Kyauk Ni Maw village"). */
  locative?: boolean;
  /** Followed by a verb of saying: a lone word here is a person ("Pigott said"). */
  speaker?: boolean;
  /** "the Ukrainian leader": the role keys it may stand for. */
  description?: string[];
  /** "(ISPR)" after "Inter-Services Public Relations": the mention it abbreviates. */
  acronymOf?: Mention;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
