// Calendar dates and clock times written out in full ("Thu, 10 Jul 2025", "Feb. 28", "15:00 GMT
// Saturday", "around 1:20pm"): chrono-node parses these well. Weekdays, months alone and relative
// words are left to the news rules, which know the clause's tense.
// The English build alone: the package root loads every locale (~150 ms of start-up).
import * as chrono from "chrono-node/en";
import type { ParsedComponents } from "chrono-node";
import type { Segments } from "../model/index.ts";
import { formatDay, type Day } from "./calendar.ts";
import type { ResolveContext, Resolved, TimexCandidate } from "./candidate.ts";
import { resolveMonthYear, resolveWeekday } from "./resolve.ts";

// chrono's implied values need some reference instant; ours come from the ResolveContext instead.
const CLOCK_WRITTEN = /\d[:.]\d\d|\d\s*[ap]\.?m\b|o'clock|\b(?:noon|midnight)\b/i;
// chrono's implied values need some reference instant; ours come from the ResolveContext instead.
const NEUTRAL_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

const HAS_DIGIT = /\d/;
const RANGE_TAIL = /^\d{1,2}\s*[-\u2013]/;
const MONTH_WORD_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const CLOCK_OR_NUMERIC_DATE = /\d\s*(?:[:./-]\s*\d|[ap]\.?m\b)/i;

/**
 * Runs chrono only on sentences that can hold what we keep from it, a month name beside a day number
 * or a clock or numeric date: chrono is the slow part of the stage. `monthDay` matches "July 8", "8 July".
 */
export function recognizeCalendarDates(text: string, segments: Segments, monthDay: RegExp): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  for (const sentence of segments.sentences) {
    const piece = text.slice(sentence.start, sentence.end);
    if (HAS_DIGIT.test(piece) && (CLOCK_OR_NUMERIC_DATE.test(piece) || monthDay.test(piece))) {
      collectCalendarDates(piece, sentence.start, out);
    }
  }
  return out;
}

function collectCalendarDates(piece: string, offset: number, out: TimexCandidate[]): void {
  for (const result of chrono.casual.parse(piece, { instant: NEUTRAL_INSTANT, timezone: 0 })) {
    // chrono's relative results ("the day before", "in 100 days") are the news rules' business
    if ([...result.tags()].some((t) => /relative|casual/i.test(t))) continue;
    const c = result.start;
    if (tag(result, "SlashDate") && !c.isCertain("year")) continue; // "1/2" is a fraction more often than a date
    // "Feb. 28-March 1": a day number after a month name opens no date of its own; the month rules read both ends
    if (RANGE_TAIL.test(result.text) && MONTH_WORD_BEFORE.test(piece.slice(0, result.index))) continue;
    const hasDate = c.isCertain("month") && c.isCertain("day");
    const hasTime = c.isCertain("hour");
    if (!hasDate && !hasTime) continue;
    if (!hasDate && !CLOCK_WRITTEN.test(result.text)) continue; // "voted 300-12 on Thursday" is no noon
    out.push({
      start: offset + result.index,
      end: offset + result.index + result.text.length,
      source: "timex/calendar-date",
      kind: hasDate ? undefined : c.isCertain("weekday") ? undefined : "clock",
      resolve: (ctx) => resolveComponents(c, ctx),
    });
  }
}

const tag = (result: chrono.ParsedResult, parser: string) => [...result.tags()].some((t) => t.includes(parser));

function resolveComponents(c: ParsedComponents, ctx: ResolveContext): Resolved | undefined {
  const day = componentDay(c, ctx);
  if (!c.isCertain("hour")) return day ? { type: "DATE", value: formatDay(day), day } : undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = `T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
  const base = day ?? ctx.anchor ?? ctx.reference;
  return { type: "TIME", value: `${base ? formatDay(base) : "XXXX-XX-XX"}${clock}`, day: base };
}

/** The day the components fix: a full date, a month and day placed by tense, or a weekday. */
function componentDay(c: ParsedComponents, ctx: ResolveContext): Day | undefined {
  if (c.isCertain("month") && c.isCertain("day")) {
    const m = c.get("month")!;
    const y = c.isCertain("year") ? c.get("year")! : resolveMonthYear(m, undefined, ctx);
    return y === undefined ? undefined : { y, m, d: c.get("day")! };
  }
  if (c.isCertain("weekday")) return resolveWeekday(c.get("weekday") || 7, undefined, ctx);
  return undefined;
}
