// Refiners: from overlapping candidates to one timex per expression, resolved in text order.
import type { Timex } from "../model/index.ts";
import { isRealDay, type Day } from "./calendar.ts";
import type { ResolveContext, TimexCandidate } from "./candidate.ts";
import type { Direction } from "./direction.ts";
import { directQuotes, quoteAround, speechDay } from "./quoted.ts";

/** "on Thursday" -> "Thursday": the preposition is a signal, not part of the expression (TimeML). */
export function trimSignals(candidates: TimexCandidate[], text: string, leadingSignal: RegExp): TimexCandidate[] {
  return candidates.map((c) => {
    const signal = leadingSignal.exec(text.slice(c.start, c.end));
    return signal && signal[0].length < c.end - c.start ? { ...c, start: c.start + signal[0].length } : c;
  });
}

/** Keeps the longest candidate where candidates overlap; on equal length, the earlier recognizer's. */
export function dropOverlaps(candidates: TimexCandidate[]): TimexCandidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: TimexCandidate[] = [];
  for (const { c } of ranked) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const CLOCK_DAY_GAP = /^\s*(?:on|,)?\s*$/;

/** "15:00 GMT Saturday", "Sunday at 8 PM", "06:00 local time on Sunday": a clock time next to a day becomes one TIME on that day. */
export function mergeClockWithDay(candidates: TimexCandidate[], text: string): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    const pair = b && a.kind && b.kind && a.kind !== b.kind && CLOCK_DAY_GAP.test(text.slice(a.end, b.start).replace(/^\s*(?:at|local\s+time)\b/, ""));
    if (!pair) {
      out.push(a);
      continue;
    }
    const [day, clock] = a.kind === "day" ? [a, b] : [b, a];
    out.push({
      start: a.start,
      end: b.end,
      source: clock.source,
      resolve: (ctx) => {
        const resolved = day.resolve(ctx);
        return resolved?.day ? clock.resolve({ ...ctx, anchor: resolved.day }) : resolved;
      },
    });
    i++;
  }
  return out;
}

/**
 * Resolves candidates in text order; each day the text fixes becomes the anchor of the relative
 * expressions after it ("on Thursday ... the previous night").
 */
export function resolveInOrder(
  candidates: TimexCandidate[],
  text: string,
  reference: Day | undefined,
  directionOf: (start: number, end: number) => Direction,
): Timex[] {
  const timexes: Timex[] = [];
  const dated: Array<{ start: number; end: number; day: Day }> = [];
  const spoken: Array<{ c: TimexCandidate; ctx: ResolveContext; at: number }> = [];
  let anchor: Day | undefined;
  for (const c of candidates) {
    let direction: Direction | undefined;
    const ctx: ResolveContext = { reference, anchor, direction: () => (direction ??= directionOf(c.start, c.end)) };
    const resolved = c.resolve(ctx);
    if (!resolved) continue;
    if (resolved.day) {
      anchor = resolved.day;
      dated.push({ start: c.start, end: c.end, day: resolved.day });
    }
    if (c.deictic) spoken.push({ c, ctx, at: timexes.length });
    timexes.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: resolved.type, value: resolved.value, source: c.source });
  }
  if (spoken.length) redateQuoted(spoken, timexes, dated, text);
  return timexes;
}

/** "today", "tonight" inside a direct quote whose attribution dates the speech: relative to that day. */
function redateQuoted(spoken: Array<{ c: TimexCandidate; ctx: ResolveContext; at: number }>, timexes: Timex[],
  dated: Array<{ start: number; end: number; day: Day }>, text: string): void {
  const quotes = directQuotes(text);
  for (const { c, ctx, at } of spoken) {
    const quote = quoteAround(quotes, c.start, c.end);
    const speech = quote && speechDay(text, quote, dated);
    if (!speech) continue;
    const resolved = c.resolve({ ...ctx, speech });
    if (resolved) timexes[at] = { ...timexes[at], type: resolved.type, value: resolved.value };
  }
}

/** "February 30", "31 April 2025": a day the calendar does not have is no date (and must never reach an export). */
export function dropImpossibleDays(timexes: Timex[]): Timex[] {
  return timexes.filter((t) => {
    const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(t.value);
    return !day || isRealDay(day[1] === "XXXX" ? undefined : +day[1]!, +day[2]!, +day[3]!);
  });
}
