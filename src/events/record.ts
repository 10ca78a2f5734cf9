// Whether and when a coded event is recorded: not hypothetical or done to no one named, not a news
// medium's report taken for its act, not dated ahead of publication, and historical or background when
// dated well before it (data/events/contexts.yaml).
import { lookupName } from "../kb/index.ts";
import type { KnowledgeBase } from "../kb/index.ts";
import type { Entity } from "../model/index.ts";
import { CONTEXTS as file } from "./contexts-file.ts";
import { daysBefore } from "./when.ts";

const HISTORICAL_AFTER_DAYS = file.historical_after_days;
const BACKGROUND_AFTER_DAYS = file.background_after_days;

export function isHistorical(date: string | undefined, published: string | undefined): boolean {
  return !!date && !!published && daysBefore(date, published) >= HISTORICAL_AFTER_DAYS;
}

const NOT_RECORDED_CONTEXTS = new Set(file.not_recorded_contexts);
const NOT_RECORDED_MODES = new Set(file.not_recorded_modes);
const TARGETED_TYPES = new Set(file.targeted_types);

const MEDIA_TYPES = new Set(file.media_types);
/** Acts done in words (what media may do): "a demand from UNITA" is UNITA's. */
export const WORD_ACTS: ReadonlySet<string> = MEDIA_TYPES;

/** The article's entities the knowledge base knows as news media (CAMEO sector MED: "AFP", "KCNA"). */
export function newsMedia(entities: Entity[], kb: KnowledgeBase): Set<string> {
  const media = new Set<string>();
  for (const e of entities) {
    if (e.type !== "ORG") continue;
    const code = lookupName(kb, e.name)[0]?.code ?? "";
    if (code === file.media_sector || code.slice(3, 6) === file.media_sector) media.add(e.id);
  }
  return media;
}

const MEDIA_NOT_PARTY_TO = new Set(file.media_not_party_to ?? []);

/**
 * A news medium reports acts; it does them only in words ("KCNA denounced the drills"), and one who
 * speaks with it gives an interview, not a meeting ("spoke with Reuters").
 */
export function isMediaMisreading(type: string, source: { entity?: string } | undefined, target: { entity?: string } | undefined, media: Set<string>): boolean {
  const isMedium = (a: { entity?: string } | undefined) => !!a?.entity && media.has(a.entity);
  return (isMedium(source) && !MEDIA_TYPES.has(type)) || (isMedium(target) && MEDIA_NOT_PARTY_TO.has(type));
}

/**
 * Whether an event is kept in the output: not an act done to no one named (targeted_types), and not in a
 * mode or context the data file leaves out ("could strike"), unless the context made it a statement of
 * its own ("would impose sanctions" is a threat).
 */
export function isRecorded(event: { type: string; target?: unknown; context?: string[]; mode?: string }): boolean {
  if (event.mode && NOT_RECORDED_MODES.has(event.mode)) return false;
  if (!event.target && TARGETED_TYPES.has(event.type)) return false;
  const stated = event.mode !== undefined && /^(intent|demand|refusal)-/.test(event.mode);
  return stated || !event.context?.some((c) => NOT_RECORDED_CONTEXTS.has(c));
}

const AHEAD_TYPES_KEPT = new Set(file.ahead_types_kept);

/** An act dated well ahead of publication, other than an agreement, demand, threat or refusal made now about it. */
export function notYetHappened(event: { type: string; date?: string; mode?: string }, published: string | undefined): boolean {
  return !!event.date && isAhead(event.date, published) && !AHEAD_TYPES_KEPT.has(event.type) && !event.mode?.startsWith("intent-");
}

/**
 * "Spain insisted it would reach 5% by 2035", "leaders asked the Commission to propose a plan in 2026": an
 * agreement, demand, threat or refusal about a later act was made by publication; the later date is its
 * content's. Such an event takes the article's date, marked as undated in the text.
 */
export function madeByPublication<E extends { date?: string; dateFrom?: string }>(event: E, published: string | undefined): E {
  if (!event.date || !published || !isAhead(event.date, published)) return event;
  return { ...event, date: published.slice(0, 10), dateFrom: "article" };
}

/** Whether a date starts more than `ahead_after_days` after publication ("in 2027", "in April next year"). */
function isAhead(date: string, published: string | undefined): boolean {
  const start = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(date);
  if (!published || !start || /^\d{4}-W/.test(date)) return false;
  const first = Date.UTC(Number(start[1]), Number(start[2] ?? 1) - 1, Number(start[3] ?? 1));
  return (first - Date.parse(published.slice(0, 10))) / 86_400_000 > file.ahead_after_days;
}

/** Whether a date lies so far before publication that the event is background, not news. */
export function isBackground(date: string, published: string | undefined): boolean {
  return !!published && daysBefore(date, published) >= BACKGROUND_AFTER_DAYS;
}
