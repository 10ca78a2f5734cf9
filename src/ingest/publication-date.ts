// Publication dates as articles, pages and feeds write them -> ISO 8601. The date the source states
// is kept as stated: a time zone offset is preserved, never converted, so the local day stays right.

const MONTHS = new Map<string, number>([
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["may", 5], ["jun", 6],
  ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
const TIME = "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(Z|GMT|UTC|[+-]\\d{2}:?\\d{2}|[A-Z]{2,4})?)?";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, "i");
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, "i");

/** Words that introduce a date line in a page header ("Published: ...", "Updated ..."). */
const DATE_LABEL = /^(?:published|posted|updated|last updated|date|first published)\s*(?:on|at)?\s*:?\s*/i;

const pad = (n: number) => String(n).padStart(2, "0");

/** Parses a whole string as a publication date; undefined when it is anything else. */
export function parsePublicationDate(value: string): string | undefined {
  const s = value.trim().replace(DATE_LABEL, "").replace(/\s+/g, " ");
  let m = ISO.exec(s);
  if (m) {
    const date = validDate(+m[1], +m[2], +m[3]);
    if (!date || m[4] === undefined) return date;
    const zone = m[7] ? (m[7] === "Z" ? "Z" : m[7].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : "";
    return `${date}T${m[4]}:${m[5]}:${m[6] ?? "00"}${zone}`;
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return withTime(validDate(+m[3], monthNumber(m[2]), +m[1]), m.slice(4));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return withTime(validDate(+m[3], monthNumber(m[1]), +m[2]), m.slice(4));
  return undefined;
}

function monthNumber(name: string): number {
  return MONTHS.get(name.slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3).toLowerCase()) ?? 0;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A time is kept only with a numeric or UTC zone: "10:30 ET" cannot be placed exactly, the day can. */
function withTime(date: string | undefined, time: Array<string | undefined>): string | undefined {
  const [h, min, sec, ampm, zone] = time;
  if (!date || h === undefined || !zone || !/^(Z|GMT|UTC|[+-]\d{2}:?\d{2})$/.test(zone)) return date;
  let hour = +h;
  if (ampm && /^p/i.test(ampm) && hour < 12) hour += 12;
  if (ampm && /^a/i.test(ampm) && hour === 12) hour = 0;
  const offset = /^[+-]/.test(zone) ? zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2") : "Z";
  return `${date}T${pad(hour)}:${min}:${sec ?? "00"}${offset}`;
}

/** Dates feeds and pages give in other forms (RFC 822 with a zone name, "2025-07-10T08:00:00.000Z"). */
export function normalisePublicationDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().replace(".000Z", "Z");
  if (typeof value !== "string" || !value.trim()) return undefined;
  const parsed = parsePublicationDate(value);
  if (parsed) return parsed;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(".000Z", "Z");
}

/** The calendar day of an ISO publication date, as the source states it. */
export function publicationDay(published: string): string {
  return published.slice(0, 10);
}
