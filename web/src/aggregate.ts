// Dense timelines are aggregated before drawing: within the visible window, up to MAX_ITEMS events are
// drawn one by one; beyond that they are counted per day, week, month or year and per stance, so that
// 10,000 events cost a few hundred boxes, and zooming in brings the single events back.
import type { EventRecord } from "./api.ts";
import { stanceOf, type Stance } from "./plover.ts";

export const MAX_ITEMS = 250;
const DAY = 86_400_000;

export type BucketUnit = "day" | "week" | "month" | "year";
const UNIT_LENGTH: Record<BucketUnit, number> = { day: DAY, week: 7 * DAY, month: 30.4 * DAY, year: 365.25 * DAY };
/** The most buckets a window is cut into: few enough for each box to show its count. */
const MAX_BUCKETS = 40;

export interface TimelineItem {
  id: string;
  group: Stance;
  start: number;
  /** Absent for a single-day event (drawn as a point). */
  end?: number;
  /** The event, for a single event; absent for a bucket. */
  event?: EventRecord;
  /** Events in the bucket (1 for a single event). */
  count: number;
  unit?: BucketUnit;
}

/** The span of days an event's date covers, in ms (end exclusive); undefined when undated. */
export function eventSpan(event: EventRecord): { start: number; end: number } | undefined {
  if (!event.dateStart) return undefined;
  const start = Date.parse(event.dateStart);
  const end = Date.parse(event.dateEnd ?? event.dateStart) + DAY;
  return Number.isNaN(start) || Number.isNaN(end) ? undefined : { start, end };
}

export function bucketUnitFor(windowMs: number): BucketUnit {
  for (const unit of ["day", "week", "month"] as const) if (windowMs / UNIT_LENGTH[unit] <= MAX_BUCKETS) return unit;
  return "year";
}

/** The first instant of the bucket holding `time` (UTC). */
export function bucketStart(time: number, unit: BucketUnit): number {
  const d = new Date(time);
  switch (unit) {
    case "day": return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    case "week": return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    case "month": return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    case "year": return Date.UTC(d.getUTCFullYear(), 0, 1);
  }
}

function bucketEnd(start: number, unit: BucketUnit): number {
  const d = new Date(start);
  switch (unit) {
    case "day": return start + DAY;
    case "week": return start + 7 * DAY;
    case "month": return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case "year": return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
}

/** The items to draw for the events overlapping [from, to). */
export function timelineItems(events: EventRecord[], from: number, to: number): TimelineItem[] {
  const visible: Array<{ event: EventRecord; start: number; end: number }> = [];
  for (const event of events) {
    const span = eventSpan(event);
    if (span && span.end > from && span.start < to) visible.push({ event, ...span });
  }
  if (visible.length <= MAX_ITEMS) {
    return visible.map(({ event, start, end }) => ({
      id: event.id, group: stanceOf(event.type), start, end: end - start > DAY ? end : undefined, event, count: 1,
    }));
  }
  const unit = bucketUnitFor(to - from);
  const buckets = new Map<string, TimelineItem>();
  for (const { event, start } of visible) {
    const group = stanceOf(event.type);
    const first = bucketStart(Math.max(start, from), unit);
    const key = `${group}:${first}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.count++;
    else buckets.set(key, { id: `bucket:${key}`, group, start: first, end: bucketEnd(first, unit), count: 1, unit });
  }
  return [...buckets.values()];
}

/** The window that shows every dated event, with a margin. */
export function extentOf(events: EventRecord[]): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const span = eventSpan(event);
    if (!span) continue;
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  if (start === Infinity) return undefined;
  const margin = Math.max(14 * DAY, (end - start) * 0.15);
  return { start: start - margin, end: end + margin };
}
