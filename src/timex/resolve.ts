// Resolving relative expressions against the reference date and the clause direction.
import { addDays, addMonths, formatDay, isoWeekday, type Day } from "./calendar.ts";
import type { ResolveContext, Resolved } from "./candidate.ts";

/** "last", "next", "this" written before a weekday, month or season; undefined when none is. */
export type Relation = "last" | "next" | "this" | undefined;

export function relationOf(word: string | undefined): Relation {
  switch (word?.toLowerCase()) {
    case "last": case "past": case "previous": return "last";
    case "next": case "coming": case "following": return "next";
    case "this": case "current": case "same": return "this";
    default: return undefined;
  }
}

/** The day a weekday (ISO 1-7) refers to: back for past-tense clauses, forward for future ones, else nearest. */
export function resolveWeekday(weekday: number, relation: Relation, ctx: ResolveContext): Day | undefined {
  const ref = ctx.reference;
  if (!ref) return undefined;
  const back = (isoWeekday(ref) - weekday + 7) % 7;
  const forward = (7 - back) % 7;
  switch (relation) {
    case "last": return addDays(ref, -(back || 7));
    case "next": return addDays(ref, forward || 7);
    case "this": return addDays(ref, forward);
  }
  const direction = ctx.direction();
  if (direction === "past") return addDays(ref, -back);
  if (direction === "future" || direction === "present") return addDays(ref, forward);
  return back <= 4 ? addDays(ref, -back) : addDays(ref, forward); // news reports more than it announces
}

/** The year of a month named without one: the last such month for past-tense clauses, the next for future ones. */
export function resolveMonthYear(month: number, relation: Relation, ctx: ResolveContext): number | undefined {
  const ref = ctx.reference;
  if (!ref) return undefined;
  switch (relation) {
    case "last": return month < ref.m ? ref.y : ref.y - 1;
    case "next": return month > ref.m ? ref.y : ref.y + 1;
    case "this": return ref.y;
  }
  const direction = ctx.direction();
  if (direction === "past") return month <= ref.m ? ref.y : ref.y - 1;
  // a present tense schedules a weekday ahead, but a month in the present is whichever is nearest
  if (direction === "future") return month >= ref.m ? ref.y : ref.y + 1;
  if (month - ref.m > 6) return ref.y - 1;
  if (ref.m - month > 6) return ref.y + 1;
  return ref.y;
}

/** The Saturday of the weekend meant by "this weekend": just past early in the week, else the coming one. */
export function resolveWeekend(ctx: ResolveContext): Day | undefined {
  const ref = ctx.reference;
  if (!ref) return undefined;
  const weekday = isoWeekday(ref);
  const direction = ctx.direction();
  const past = direction === "past" ? weekday < 6 : direction !== "future" && weekday <= 2;
  return addDays(ref, 6 - weekday - (past ? 7 : 0));
}

/** A day-precise DATE (or TIME with a part of day such as "TEV"). */
export function dayResult(day: Day, partOfDay?: string): Resolved {
  return partOfDay
    ? { type: "TIME", value: `${formatDay(day)}T${partOfDay}`, day }
    : { type: "DATE", value: formatDay(day), day };
}

/** Moves a day by n units ("D", "W", "M", "Y"), for "two weeks ago" and "the previous day". */
export function shiftDay(day: Day, n: number, unit: string): Day {
  if (unit === "D") return addDays(day, n);
  if (unit === "W") return addDays(day, 7 * n);
  const months = unit === "M" ? n : unit === "Y" ? 12 * n : unit === "10Y" ? 120 * n : 0;
  const [y, m] = addMonths(day.y, day.m, months);
  return { y, m, d: Math.min(day.d, 28) };
}
