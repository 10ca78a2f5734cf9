// Calendar arithmetic on plain days (UTC, no time zone drift) and TIMEX3 value formatting.

/** A calendar day; month 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

const toEpochDay = (day: Day) => Date.UTC(day.y, day.m - 1, day.d) / MS_PER_DAY;

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The day of an ISO 8601 date or date-time ("2025-07-10", "2025-07-10T08:00:00Z"); undefined if it is none. */
export function parseDay(iso: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return undefined;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  return isRealDay(day.y, day.m, day.d) ? day : undefined;
}

/** True when the calendar has this day: no February 30, no April 31; without a year, February 29 is possible. */
export function isRealDay(y: number | undefined, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = y === undefined || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export const addDays = (day: Day, n: number): Day => fromEpochDay(toEpochDay(day) + n);

/** ISO weekday: Monday 1 ... Sunday 7. */
export const isoWeekday = (day: Day): number => ((((toEpochDay(day) + 3) % 7) + 7) % 7) + 1;

/** The month `n` months from (year, month), as [year, month]. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const index = y * 12 + (m - 1) + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export const formatYear = (y: number) => pad(y, 4);
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

/** ISO 8601 week: "2025-W28" (the week's Thursday decides its year). */
export function formatWeek(day: Day): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toEpochDay(thursday) - toEpochDay(jan1)) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
