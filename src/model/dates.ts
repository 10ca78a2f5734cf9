// TIMEX3 dates at their precision, the one module the events stage (merging restatements) and fusion
// (across articles) judge dates by: the range of days a value covers, and when two values can name the
// same moment. "2025-07" covers 2025-07-10; "2025-07-10TEV" (Thursday evening) is within "2025-07-10"
// (Thursday); two different days are never the same moment.
/** How precisely a date is known: the TIMEX3 value's own precision. */
export type DatePrecision = "year" | "month" | "week" | "day" | "part-of-day" | "time" | "none";

export interface DateRange {
  precision: DatePrecision;
  /** First and last day covered, ISO YYYY-MM-DD. */
  start: string;
  end: string;
}

/** Finer precisions rank higher; a merged event keeps its most precise report's date. */
const PRECISION_RANK: Record<DatePrecision, number> = { none: 0, year: 1, month: 2, week: 3, day: 4, "part-of-day": 5, time: 6 };

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const SEASON = /^(\d{4})-(SP|SU|FA|AU|WI)$/;
const HALF = /^(\d{4})-H([12])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI|DT|\d{2}(?::\d{2})?.*))?$/;

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11], WI: [12, 14] };

/** The days a TIMEX3 value covers, or undefined for values that name no date (PAST_REF, PT50M). */
export function dateRange(value: string | undefined): DateRange | undefined {
  if (!value) return undefined;
  let m: RegExpExecArray | null;
  if ((m = DAY.exec(value))) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const precision: DatePrecision = !m[4] ? "day" : /^\d/.test(m[4]) ? "time" : "part-of-day";
    return { precision, start: day, end: day };
  }
  if ((m = MONTH.exec(value))) return monthSpan("month", +m[1], +m[2], +m[2]);
  if ((m = WEEK.exec(value))) return weekRange(+m[1], +m[2]);
  if ((m = QUARTER.exec(value))) return monthSpan("year", +m[1], +m[2] * 3 - 2, +m[2] * 3);
  if ((m = HALF.exec(value))) return monthSpan("year", +m[1], m[2] === "1" ? 1 : 7, m[2] === "1" ? 6 : 12);
  if ((m = SEASON.exec(value))) return monthSpan("year", +m[1], ...SEASON_MONTHS[m[2]]);
  if ((m = YEAR.exec(value))) return monthSpan("year", +m[1], 1, 12);
  return undefined;
}

export function precisionOf(value: string | undefined): DatePrecision {
  return dateRange(value)?.precision ?? "none";
}

/** True when one value's days contain the other's, and two part-of-day values agree. */
export function datesCompatible(a: string, b: string): boolean {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return false;
  const contains = (x: DateRange, y: DateRange) => x.start <= y.start && y.end <= x.end;
  if (!contains(ra, rb) && !contains(rb, ra)) return false;
  if (ra.precision === "part-of-day" && rb.precision === "part-of-day") return a.slice(10) === b.slice(10);
  return true;
}

/** The more precise of two compatible values (the first on a tie). */
export function morePrecise(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return PRECISION_RANK[precisionOf(b)] > PRECISION_RANK[precisionOf(a)] ? b : a;
}

/** Whole days between two ISO dates or date-times (absolute), or Infinity when either is missing. */
export function daysBetween(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return Infinity;
  const ta = Date.parse(a.slice(0, 10));
  const tb = Date.parse(b.slice(0, 10));
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Infinity;
  return Math.abs(ta - tb) / 86_400_000;
}

function monthSpan(precision: DatePrecision, year: number, first: number, last: number): DateRange {
  const endYear = year + Math.floor((last - 1) / 12);
  const endMonth = ((last - 1) % 12) + 1;
  return { precision, start: isoDay(year, first, 1), end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)) };
}

function weekRange(year: number, week: number): DateRange {
  // ISO week 1 holds January 4th; weeks start on Monday.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000;
  return { precision: "week", start: new Date(monday).toISOString().slice(0, 10), end: new Date(monday + 6 * 86_400_000).toISOString().slice(0, 10) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
