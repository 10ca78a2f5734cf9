// TIMEX3 values as a person reads them: "2025-07-10TEV" -> "10 July 2025, evening", "2025-02" ->
// "February 2025", "2025-W28" -> "week 28 of 2025". The CLI's tables and the web UI show these; the
// TIMEX3 value stays in JSON, exports and tooltips. Pure, with no Node imports: the web UI uses it too.

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const PARTS_OF_DAY: Record<string, string> = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "autumn", AU: "autumn", WI: "winter" };
const QUARTERS = ["first", "second", "third", "fourth"];
const REFERENCES: Record<string, string> = { PRESENT_REF: "now", PAST_REF: "in the past", FUTURE_REF: "in the future" };

const DAY = /^(\d{4}|XXXX)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|T(MO|MI|AF|EV|NI|DT))?$/;

/** A TIMEX3 value in words; a value it does not know is shown as it is. */
export function humanDate(value: string): string {
  if (REFERENCES[value]) return REFERENCES[value];
  if (value.startsWith("P")) return humanDuration(value);
  const day = DAY.exec(value);
  if (day) {
    const [, year, month, date, clock, part] = day;
    const words = `${Number(date)} ${monthName(month)}${year === "XXXX" ? "" : ` ${year}`}`;
    return clock ? `${words}, ${clock}` : part ? `${words}, ${PARTS_OF_DAY[part]}` : words;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}|XXXX)-(0[1-9]|1[0-2])$/.exec(value))) return `${monthName(m[2])}${m[1] === "XXXX" ? "" : ` ${m[1]}`}`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) return m[3] ? `the weekend of week ${Number(m[2])} of ${m[1]}` : `week ${Number(m[2])} of ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `the ${QUARTERS[Number(m[2]) - 1]} quarter of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `the ${m[2] === "1" ? "first" : "second"} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${Number(value) + 1}${ordinalSuffix(Number(value) + 1)} century`;
  return value;
}

/** "PT50M" -> "50 minutes", "P3D" -> "3 days", "P1Y6M" -> "1 year 6 months". */
function humanDuration(value: string): string {
  const m = /^P(?:([\d.]+|X)Y)?(?:([\d.]+|X)M)?(?:([\d.]+|X)W)?(?:([\d.]+|X)D)?(?:T(?:([\d.]+|X)H)?(?:([\d.]+|X)M)?(?:([\d.]+|X)S)?)?$/.exec(value);
  if (!m || value === "P" || value === "PT") return value;
  const units: Array<[string | undefined, string]> = [
    [m[1], "year"], [m[2], "month"], [m[3], "week"], [m[4], "day"], [m[5], "hour"], [m[6], "minute"], [m[7], "second"],
  ];
  const parts = units.filter(([n]) => n !== undefined).map(([n, unit]) => (n === "X" ? `some ${unit}s` : `${n} ${unit}${n === "1" ? "" : "s"}`));
  return parts.join(" ");
}

function monthName(month: string): string {
  return MONTHS[Number(month) - 1] ?? month;
}

function ordinalSuffix(n: number): string {
  return n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
