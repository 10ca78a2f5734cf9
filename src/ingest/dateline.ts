// The dateline that opens a wire story: "KUALA LUMPUR (Reuters) -", "SEOUL:", "Tehran, IRNA –".
// It stays in the text (it names a place the story is about); its place and agency become metadata.
import { boilerplate } from "./boilerplate.ts";

export interface Dateline {
  dateline: string;
  /** The agency in the dateline, e.g. "Reuters". */
  source?: string;
}

// Capitals of any alphabet, with their marks: "İSTANBUL", "SÃO PAULO", "ŁÓDŹ", "КИЇВ".
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:[ /]\\p{Lu}[\\p{Lu}\\p{M}.'’-]+)*";
const NAME_PLACE = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:[ -]\\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,3}";
const DASH = "[-–—]";
/** KUALA LUMPUR (Reuters) -  /  ERBIL, Kurdistan Region -  /  SEOUL: */
const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE})(?:,\\s*\\p{Lu}[\\p{L}\\p{M}\\p{N}.'’ -]{1,40}?)?\\s*(?:\\(([^()\\n]{2,40})\\))?\\s*(?:${DASH}|:(?=\\s))\\s+`, "u");
/** Kuala Lumpur (Reuters) - */
const NAMED_WITH_AGENCY = new RegExp(`^(${NAME_PLACE})(?:,\\s*${NAME_PLACE})?\\s*\\(([^()\\n]{2,40})\\)\\s*${DASH}\\s+`, "u");
/** Tehran, IRNA – */
const NAMED_COMMA_AGENCY = new RegExp(`^(${NAME_PLACE}),\\s*(\\p{Lu}{2,}\\p{L}*)\\s*${DASH}\\s+`, "u");

export function readDateline(text: string): Dateline | undefined {
  const head = text.slice(0, 200);
  const caps = CAPS_DATELINE.exec(head);
  if (caps && !boilerplate().notDatelines.has(caps[1])) return withSource(caps[1], caps[2]);
  const named = NAMED_WITH_AGENCY.exec(head) ?? NAMED_COMMA_AGENCY.exec(head);
  return named ? withSource(named[1], named[2]) : undefined;
}

function withSource(place: string, agency: string | undefined): Dateline {
  return agency ? { dateline: place.trim(), source: agency.trim() } : { dateline: place.trim() };
}
