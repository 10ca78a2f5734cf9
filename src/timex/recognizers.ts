// The news rules chrono-node lacks, one recognizer per family of expressions. Each finds spans with a
// precompiled regex built from the lexicon and returns candidates that resolve later, once the
// reference date, the anchor day and the clause direction are known.
import type { TimexType } from "../model/index.ts";
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, quarterOf, type Day } from "./calendar.ts";
import type { Resolved, TimexCandidate } from "./candidate.ts";
import type { TimexLexicon } from "./lexicon.ts";
import { durationValue, parseAmount } from "./amounts.ts";
import { dayResult, relationOf, resolveMonthYear, resolveWeekday, resolveWeekend, shiftDay } from "./resolve.ts";

export type Recognizer = (text: string) => TimexCandidate[];

const fixed = (type: TimexType, value: string, day?: Day): Resolved => ({ type, value, day });

/** The lower-cased word just before `index`, skipping spaces; "" at the start of the text. */
function previousWord(text: string, index: number): string {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /[A-Za-z']/.test(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

/** The lower-cased word just after `index`, skipping spaces. */
function nextWord(text: string, index: number): string {
  let start = index;
  while (start < text.length && /[ \t]/.test(text[start])) start++;
  let end = start;
  while (end < text.length && /[A-Za-z]/.test(text[end])) end++;
  return text.slice(start, end).toLowerCase();
}

/** "the Sunday Times", "the Good Friday Agreement": a capitalised word after it, "the" or a name before it. */
function inName(text: string, start: number, end: number): boolean {
  if (!/^\s+[A-Z][a-z]/.test(text.slice(end, end + 3))) return false;
  const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? "";
  return before.toLowerCase() === "the" || (/^[A-Z]/.test(before) && !/^(?:On|By|Since|Until|Last|Next|This|Early|Late|From|Before|After|Every|Each)$/.test(before));
}

function collect(text: string, pattern: RegExp, source: string, build: (m: RegExpExecArray) => TimexCandidate["resolve"] | undefined, kind?: (m: RegExpExecArray) => TimexCandidate["kind"]): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const resolve = build(m);
    if (resolve) out.push({ start: m.index, end: m.index + m[0].length, source, kind: kind?.(m), resolve });
  }
  return out;
}

/** Expressions relative to the moment of speaking ("today", "tonight", "this morning", "last week"). */
function collectDeictic(text: string, pattern: RegExp, source: string, build: (m: RegExpExecArray) => TimexCandidate["resolve"] | undefined): TimexCandidate[] {
  return collect(text, pattern, source, build).map((c) => ({ ...c, deictic: true }));
}

/** Builds every news-rule recognizer over one lexicon; the regexes are compiled here, once. */
export function newsRecognizers(lex: TimexLexicon): Recognizer[] {
  const A = lex.alt;
  const amount = `(?:\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?|${A.numbers}|${A.vague}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+)(?:\\s+and\\s+a\\s+half)?`;
  const unitCode = (word: string) => lex.durationUnits.get(word.toLowerCase().replace(/s$/, ""));
  const isClock = (word: string) => lex.clockUnits.has(word.toLowerCase().replace(/s$/, ""));
  const part = (word: string | undefined) => (word ? lex.partsOfDay.get(word.toLowerCase()) : undefined);

  // "Thursday", "early on Thursday", "last Saturday", "Tuesday night", "Thursday nights"
  const weekday = new RegExp(`\\b(?:(?<mod>early|late|later)\\s+(?:on\\s+)?)?(?:(?<rel>last|next|this|coming)\\s+)?(?<wd>${A.weekdays})s?\\b(?:\\s+(?<pod>${A.partsOfDay})s?\\b)?`, "gi");
  const weekdays: Recognizer = (text) => collect(text, weekday, "timex/relative-weekday", (m) => {
    const g = m.groups!;
    if (!/^[A-Z]/.test(g.wd) || inName(text, m.index, m.index + m[0].length)) return undefined;
    const wd = lex.weekdays.get(g.wd.toLowerCase())!;
    const relation = relationOf(g.rel);
    return (ctx) => {
      const day = resolveWeekday(wd, relation, ctx);
      if (!day) return fixed("DATE", `XXXX-WXX-${wd}`);
      return dayResult(day, part(g.pod));
    };
  }, (m) => (m.groups!.pod ? undefined : "day"));

  // "February", "in early March", "last May", "mid-June 2024", "the end of October", "8 July", "July 8, 2025", "May last year"
  const ordinalDay = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  const month = new RegExp(`\\b(?:(?<mod>${A.modifiers})[\\s-]+(?:of\\s+)?)?(?:(?<rel>last|next|this|past|coming)\\s+)?(?:(?<dayFirst>${ordinalDay})\\s+(?:of\\s+)?)?(?<month>${A.months})\\b(?:\\.?\\s+(?<day>${ordinalDay})\\b(?![:.]?\\d))?(?:,?\\s+(?:of\\s+)?(?<year>(?:1[89]|20)\\d\\d)\\b|\\s+(?:of\\s+)?(?<yearRel>last|next|this)\\s+year\\b)?(?!\\s*\\d)`, "gi");
  const months: Recognizer = (text) => collect(text, month, "timex/month", (m) => {
    const g = m.groups!;
    const word = g.month.toLowerCase();
    if (!/^[A-Z]/.test(g.month)) return undefined;
    const dayOfMonth = parseInt(g.day ?? g.dayFirst ?? "", 10) || undefined;
    const cued = g.mod || g.rel || g.year || g.yearRel || dayOfMonth || lex.monthCues.has(previousWord(text, m.index));
    if (lex.monthsNeedingCue.has(word) && !cued) return undefined;
    const number = lex.months.get(word)!;
    const relation = relationOf(g.rel);
    return (ctx) => {
      // "February last year": the month of the year before the one the text speaks in.
      const origin = ctx.speech ?? ctx.reference;
      const yearOf = g.yearRel && origin ? origin.y + (relationOf(g.yearRel) === "last" ? -1 : relationOf(g.yearRel) === "next" ? 1 : 0) : undefined;
      const year = g.year ? +g.year : yearOf ?? resolveMonthYear(number, relation, ctx);
      if (year === undefined) return fixed("DATE", `XXXX-${formatMonth(0, number).slice(5)}${dayOfMonth ? `-${String(dayOfMonth).padStart(2, "0")}` : ""}`);
      return dayOfMonth ? dayResult({ y: year, m: number, d: dayOfMonth }) : fixed("DATE", formatMonth(year, number));
    };
  });

  // "2022", "early 2011", "the end of 2028", "fiscal 2024", "the 1990s"
  const year = new RegExp(`\\b(?:(?<mod>${A.modifiers})[\\s-]+(?:of\\s+)?)?(?:(?:fiscal(?:\\s+year)?|FY)\\s*)?(?<year>(?:1[89]|20)\\d\\d)(?<decade>s)?\\b`, "gi");
  const years: Recognizer = (text) => collect(text, year, "timex/year", (m) => {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const before = text[m.index - 1] ?? " ";
    const after = text.slice(end, end + 2);
    const range = before === "-" && /(?:1[89]|20)\d\d-$/.test(text.slice(m.index - 5, m.index)); // "2009-2010"
    if ((/[\d$€£.,/:#-]/.test(before) && !range) || /^(?:%|[.,:]\d|-[a-z])/i.test(after)) return undefined;
    if (g.decade) return g.year.endsWith("0") ? () => fixed("DATE", g.year.slice(0, 3)) : undefined;
    // "2000 troops": a count, unless a cue says year ("in 2022 elections")
    const following = nextWord(text, end);
    if (!g.mod && /^[a-z]+[^sui]s$/.test(following) && !lex.yearCues.has(previousWord(text, m.index))) return undefined;
    return () => fixed("DATE", g.year);
  });

  // "this year", "last week", "early this year", "the previous day", "the following month", "last night"
  const relative = new RegExp(`\\b(?:(?<mod>early|late|mid|earlier|later)[\\s-]+(?:in\\s+)?)?(?:(?<the>the)\\s+)?(?<rel>this|last|next|past|previous|coming|following|current|same)\\s+(?<unit>week(?:end)?|month|year|decade|century|quarter|fiscal\\s+year|night|day|morning|afternoon|evening)\\b`, "gi");
  const relatives: Recognizer = (text) => collectDeictic(text, relative, "timex/relative-unit", (m) => {
    const g = m.groups!;
    const rel = g.rel.toLowerCase();
    const unit = g.unit.toLowerCase().replace(/\s+/g, " ");
    // "the past year" is a span of time, "last year" a calendar year
    // "the next decade" is ten years from now, not the 2030s
    if ((rel === "past" && g.the) || (g.the && (unit === "decade" || unit === "century"))) return () => {
      const code = unitCode(unit === "weekend" ? "week" : unit);
      return code ? fixed("DURATION", durationValue(1, code, false)) : undefined;
    };
    if (rel === "past" && !["night", "week", "weekend", "month", "year"].includes(unit)) return undefined;
    const step = relationOf(rel) === "last" ? -1 : relationOf(rel) === "next" ? 1 : 0;
    // "the previous day" counts from the last day the text fixed; "last week" from publication
    const fromAnchor = rel === "previous" || rel === "following" || rel === "same" || (rel === "next" && !!g.the);
    return (ctx) => {
      if (unit === "weekend" && step === 0 && !fromAnchor) {
        const saturday = resolveWeekend(ctx);
        return saturday ? fixed("DATE", `${formatWeek(saturday)}-WE`) : unresolved(unit);
      }
      const origin = fromAnchor ? ctx.anchor ?? ctx.reference : ctx.speech ?? ctx.reference;
      if (!origin) return unresolved(unit);
      return calendarUnit(origin, unit, step, lex);
    };
  });

  // "over the weekend", "the end of the year": the unit in focus at publication
  const focused = /\b(?:(?<edge>the\s+(?:end|beginning|start|middle)\s+of)\s+)?the\s+(?<unit>weekend|year|month|week)\b(?!\s+(?:before|after|earlier|later|of|that|when|in|to)\b)/gi;
  const focusedUnits: Recognizer = (text) => collect(text, focused, "timex/unit-in-focus", (m) => {
    const unit = m.groups!.unit.toLowerCase();
    if (unit !== "weekend" && !m.groups!.edge) return undefined; // "the year" alone is too vague
    return (ctx) => {
      if (unit === "weekend") {
        const saturday = resolveWeekend(ctx);
        return saturday ? fixed("DATE", `${formatWeek(saturday)}-WE`) : unresolved(unit);
      }
      return ctx.reference ? calendarUnit(ctx.reference, unit, 0, lex) : unresolved(unit);
    };
  });

  // "today", "yesterday", "tonight", "overnight", "the night before", "the week after"
  const deictic = /\b(?:(?<word>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?<pod>morning|afternoon|evening|night))?|the\s+(?<unit>day|night|week|month|year)\s+(?<side>before|after)(?!\s+(?:the|a|an|his|her|their|its|last|next)\b))\b/gi;
  const deictics: Recognizer = (text) => collectDeictic(text, deictic, "timex/deictic", (m) => {
    const g = m.groups!;
    const word = g.word?.toLowerCase();
    return (ctx) => {
      if (!word) { // "the day before", "the week after": one unit from the date in focus
        const origin = ctx.anchor ?? ctx.reference;
        return origin ? calendarUnit(origin, g.unit.toLowerCase(), g.side.toLowerCase() === "before" ? -1 : 1, lex) : unresolved(g.unit.toLowerCase());
      }
      const ref = ctx.speech ?? ctx.reference;
      if (!ref) return unresolved(word === "tonight" || word === "overnight" ? "night" : "day");
      switch (word) {
        case "today": return dayResult(ref, part(g.pod));
        case "yesterday": return dayResult(addDays(ref, -1), part(g.pod));
        case "tomorrow": return dayResult(addDays(ref, 1), part(g.pod));
        case "tonight": return dayResult(ref, "NI");
        default: return dayResult(ref, "NI"); // overnight: the night that ended on the publication day
      }
    };
  });

  // "two years ago", "three days later", "a week earlier", "two weeks from now"
  const ago = new RegExp(`\\b(?:(?<mod>${A.durationModifiers})\\s+)?(?<n>${amount})\\s+(?<unit>${A.units})s?\\s+(?<dir>ago|earlier|later)\\b(?!\\s+than\\b)`, "gi");
  const agos: Recognizer = (text) => collect(text, ago, "timex/offset", (m) => {
    const g = m.groups!;
    const n = parseAmount(g.n, lex);
    const code = unitCode(g.unit);
    if (n === undefined || !code) return undefined;
    const dir = g.dir.toLowerCase();
    const sign = dir === "later" ? 1 : -1;
    return (ctx) => {
      if (n === "X") return fixed("DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF");
      const origin = dir === "ago" ? ctx.reference : ctx.anchor ?? ctx.reference;
      if (!origin) return unresolved(code === "Y" || code === "10Y" ? "year" : code === "M" ? "month" : code === "W" ? "week" : "day");
      const clockUnit = isClock(g.unit);
      const shifted = clockUnit ? origin : shiftDay(origin, sign * n, code);
      if (code === "Y" || code === "10Y") return fixed("DATE", formatYear(shifted.y));
      if (code === "M") return fixed("DATE", formatMonth(shifted.y, shifted.m));
      if (code === "W") return fixed("DATE", formatWeek(shifted));
      return dayResult(shifted);
    };
  });

  // "about 50 minutes", "three-month", "the past two years", "more than a decade", "for many, many years"
  const duration = new RegExp(`\\b(?:(?<mod>${A.durationModifiers})\\s+)?(?:the\\s+(?:past|last|next|first|previous|coming|following|final)\\s+)?(?<n>${amount})[\\s-]+(?:(?:more|additional|sustained|full|straight|consecutive|long)\\s+)?(?<unit>${A.units})s?(?:-long)?\\b(?![-\\s]+old\\b)(?!'s\\b)`, "gi");
  const durations: Recognizer = (text) => collect(text, duration, "timex/duration", (m) => {
    const g = m.groups!;
    if (/^(?:age|ages|aged)$/.test(previousWord(text, m.index))) return undefined; // "children aged 6 months"

    const n = parseAmount(g.n, lex);
    const code = unitCode(g.unit);
    if (n === undefined || !code) return undefined;
    if (code === "S" && /^an?$/i.test(g.n)) return undefined; // "a second round" is an ordinal
    const value = durationValue(n, code, isClock(g.unit));
    return () => fixed("DURATION", value);
  });

  // "months", "for years", "years-long", "in recent years": an unspecified number of units
  const bareUnits = /\b(?<unit>minutes|hours|days|weeks|months|years|decades)(?:-long)?\b(?![-\s]+old\b)/gi;
  const bare: Recognizer = (text) => collect(text, bareUnits, "timex/vague-duration", (m) => {
    const code = unitCode(m.groups!.unit);
    const before = previousWord(text, m.index);
    // "6 months" that the duration rule turned down (an age) is no vague duration either
    if (!code || /\d[\s-]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) || lex.numberWords.has(before)) return undefined;
    if (lex.notDurationBefore.has(before) && !/-long/.test(m[0])) return undefined;
    const value = durationValue("X", code, isClock(m.groups!.unit));
    return () => fixed("DURATION", value);
  });

  // "now", "currently", "recently", "in the past", "the future", "at the time"
  const reference = new RegExp(`\\b(?:in\\s+)?(?<ref>${A.references})\\b(?!\\s+(?:\\d|${A.numbers}|${A.units}|few|several)\\b)`, "gi");
  const references: Recognizer = (text) => collect(text, reference, "timex/reference", (m) => {
    const value = lex.references.get(m.groups!.ref.toLowerCase().replace(/\s+/g, " "));
    if (!value) return undefined;
    return () => fixed("DATE", value);
  });

  // "every day", "each morning", "twice a week", "every Monday", "daily", "annually"
  const set = new RegExp(`\\b(?:(?:every|each)\\s+(?:other\\s+)?(?:(?<n>${amount})\\s+)?(?<unit>${A.units}|${A.partsOfDay}|${A.weekdays}|${A.seasons})s?|(?:once|twice|(?<times>${amount})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<per>${A.units})|(?<word>${A.sets}))\\b`, "gi");
  const sets: Recognizer = (text) => collect(text, set, "timex/set", (m) => {
    const g = m.groups!;
    if (g.word) {
      const value = lex.sets.get(g.word.toLowerCase());
      return value ? () => fixed("SET", value) : undefined;
    }
    const word = (g.unit ?? g.per).toLowerCase().replace(/s$/, "");
    const pod = lex.partsOfDay.get(word);
    const wd = lex.weekdays.get(word);
    const season = lex.seasons.get(word);
    const code = unitCode(word);
    const n = g.n ? parseAmount(g.n, lex) : 1;
    if (n === undefined) return undefined;
    const value = pod ? `XXXX-XX-XXT${pod}` : wd ? `XXXX-WXX-${wd}` : season ? `XXXX-${season}` : code ? durationValue(n, code, isClock(word)) : undefined;
    return value ? () => fixed("SET", value) : undefined;
  });

  // "last summer", "this winter", "the spring of 2024", "in the fall"
  const season = new RegExp(`\\b(?:(?<mod>early|late|mid)[\\s-]+)?(?:(?<rel>last|next|this|past|coming|the)\\s+)?(?<season>${A.seasons})\\b(?:\\s+(?:of\\s+)?(?<year>(?:1[89]|20)\\d\\d)\\b)?`, "gi");
  const seasons: Recognizer = (text) => collect(text, season, "timex/season", (m) => {
    const g = m.groups!;
    const word = g.season.toLowerCase();
    // "fall" is a season in "last fall" or "in the fall", a noun in "the fall of Kabul"
    const rel = g.rel?.toLowerCase();
    const seasonCue = (rel && rel !== "the") || g.year ||
      (rel === "the" && previousWord(text, m.index) === "in" && nextWord(text, m.index + m[0].length) !== "of");
    if (lex.seasonsNeedingCue.has(word) && !seasonCue) return undefined;
    // "British Summer Time", "the Arab Spring": a capitalised season inside a sentence is a name
    if (/^[A-Z]/.test(g.season) && !g.year && !/(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return undefined;
    const code = lex.seasons.get(word)!;
    if (g.year) return () => fixed("DATE", `${g.year}-${code}`);
    const relation = g.rel?.toLowerCase() === "the" ? undefined : relationOf(g.rel);
    const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
    return (ctx) => {
      const y = resolveMonthYear(startMonth, relation, ctx);
      return fixed("DATE", `${y === undefined ? "XXXX" : formatYear(y)}-${code}`);
    };
  });

  // "the third quarter", "Q3 2024", "the first half of 2025"
  const quarter = new RegExp(`\\b(?:(?:the\\s+)?(?<ord>${A.ordinals})[\\s-]+(?:fiscal\\s+)?(?<unit>quarter|half)|(?<q>Q[1-4]|H[12]))(?:(?:\\s+of)?(?:\\s+(?:the\\s+)?(?:fiscal\\s+)?(?:year\\s+)?(?<year>(?:19|20)\\d\\d)|\\s+(?<rel>this|last|next)\\s+year))?\\b`, "g");
  const quarters: Recognizer = (text) => collect(text, quarter, "timex/quarter", (m) => {
    const g = m.groups!;
    const half = g.unit === "half" || g.q?.startsWith("H");
    const n = g.q ? Number(g.q[1]) : lex.ordinals.get(g.ord.toLowerCase());
    if (!n || n > (half ? 2 : 4)) return undefined;
    const label = half ? `H${n}` : `Q${n}`;
    if (g.year) return () => fixed("DATE", `${g.year}-${label}`);
    const step = g.rel === "last" ? -1 : g.rel === "next" ? 1 : 0;
    return (ctx) => {
      if (!ctx.reference) return fixed("DATE", `XXXX-${label}`);
      let y = ctx.reference.y + step;
      const current = half ? (ctx.reference.m <= 6 ? 1 : 2) : quarterOf(ctx.reference.m);
      if (!g.rel && ctx.direction() === "past" && n > current) y--;
      return fixed("DATE", `${formatYear(y)}-${label}`);
    };
  });

  // "the 20th century" (TIMEX3 writes the first two digits: "19")
  const century = new RegExp(`\\b(?<ord>${A.ordinals}|\\d{1,2}(?:st|nd|rd|th))\\s+century\\b`, "gi");
  const centuries: Recognizer = (text) => collect(text, century, "timex/century", (m) => {
    const n = lex.ordinals.get(m.groups!.ord.toLowerCase()) ?? parseInt(m.groups!.ord, 10);
    return n > 0 ? () => fixed("DATE", String(n - 1).padStart(2, "0")) : undefined;
  });

  // "0300 GMT", "1500 UTC", "2200 local time": the wires' four-digit clock, on the day in focus
  const wireClock = /\b(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)\s+(?:GMT|UTC|local\s+time)\b/g;
  const wireClocks: Recognizer = (text) => collect(text, wireClock, "timex/clock", (m) => {
    const clock = `T${m.groups!.h}:${m.groups!.min}`;
    return (ctx) => {
      const day = ctx.anchor ?? ctx.reference;
      return { type: "TIME", value: `${day ? formatDay(day) : "XXXX-XX-XX"}${clock}`, day };
    };
  }, () => "clock");

  return [weekdays, months, years, relatives, focusedUnits, deictics, agos, durations, bare, references, sets, seasons, quarters, centuries, wireClocks];
}

const UNRESOLVED: Record<string, string> = {
  day: "XXXX-XX-XX", night: "XXXX-XX-XXTNI", morning: "XXXX-XX-XXTMO", afternoon: "XXXX-XX-XXTAF", evening: "XXXX-XX-XXTEV",
  week: "XXXX-WXX", weekend: "XXXX-WXX-WE", month: "XXXX-XX", quarter: "XXXX-QX", year: "XXXX", "fiscal year": "XXXX",
  decade: "XXX", century: "XX",
};

/** A relative date with no publication date to count from: the span is kept, the value says only its unit. */
function unresolved(unit: string): Resolved | undefined {
  const value = UNRESOLVED[unit];
  return value ? fixed(value.includes("T") ? "TIME" : "DATE", value) : undefined;
}

/** The calendar unit `step` units from origin: "last week" = 2025-W27, "this month" = 2025-07, "the previous day". */
function calendarUnit(origin: Day, unit: string, step: number, lex: TimexLexicon): Resolved | undefined {
  switch (unit) {
    case "day": return dayResult(addDays(origin, step));
    case "night": return dayResult(addDays(origin, step), "NI");
    case "morning": case "afternoon": case "evening":
      return dayResult(addDays(origin, step), lex.partsOfDay.get(unit));
    case "week": return fixed("DATE", formatWeek(addDays(origin, 7 * step)));
    case "weekend": return fixed("DATE", `${formatWeek(addDays(origin, 7 * step))}-WE`);
    case "month": {
      const [y, m] = addMonths(origin.y, origin.m, step);
      return fixed("DATE", formatMonth(y, m));
    }
    case "quarter": {
      const [y, m] = addMonths(origin.y, origin.m, 3 * step);
      return fixed("DATE", `${formatYear(y)}-Q${quarterOf(m)}`);
    }
    case "year": case "fiscal year": return fixed("DATE", formatYear(origin.y + step));
    case "decade": return fixed("DATE", formatYear(origin.y + 10 * step).slice(0, 3));
    case "century": return fixed("DATE", formatYear(origin.y + 100 * step).slice(0, 2));
    default: return undefined;
  }
}
