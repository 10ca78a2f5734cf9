// Event fusion: when two documents' event records are one real-world event.
//
// Rules (each merge stores the rule that fired, as the report's `reason`):
// 1. Same PLOVER type and same claim: a negated, hypothetical or future event (data/fuse/rules.yaml)
//    is never merged with the plain one.
// 2. Same actors on both sides, after actor fusion; for symmetric types (CONSULT, ...) in either order.
// 3. Compatible dates at their precision: one's days contain the other's (2025-07 holds 2025-07-10;
//    2025-07-10TEV is within 2025-07-10). Of several candidates, the most precise agreeing date wins.
// 4. An undated report joins an event only when the documents were published within a few days of
//    each other (the same news cycle); a dated report joins an undated event on the same condition.
// 5. A report split off by `unmergeReport` is never merged back into that event.
import { dateRange, datesCompatible, daysBetween, precisionOf } from "../model/index.ts";
import { fusionRules } from "./rules.ts";

/** The fused events a report may join: same type, claim and actors. */
export interface EventCandidate {
  id: string;
  date?: string;
  firstPublished?: string;
  reports: number;
}

export interface ReportToFuse {
  date?: string;
  published?: string;
}

export function isSymmetricType(type: string): boolean {
  return fusionRules().symmetricTypes.has(type);
}

/**
 * The lookup key of an event: type, claim and actor ids ("" for a missing side), the two sides
 * sorted for symmetric types so that "A met B" and "B met A" share it.
 */
export function eventKey(type: string, context: string[] | undefined, sourceActor: string | undefined, targetActor: string | undefined): string {
  const claim = claimOf(context);
  let sides = [sourceActor ?? "", targetActor ?? ""];
  if (isSymmetricType(type)) sides = sides.sort();
  return `${type}${claim ? `~${claim}` : ""}|${sides[0]}|${sides[1]}`;
}

/** What kind of claim a report makes: "" for a plain one, else its distinct contexts ("negated"). */
export function claimOf(context: string[] | undefined): string {
  const distinct = fusionRules().distinctContexts;
  return (context ?? []).filter((c) => distinct.has(c)).sort().join("+");
}

/**
 * Where to look for the events a report may join, so that the store reads only those: events whose
 * days overlap the report's date, and (for rule 4) events first published in the report's news cycle.
 * Bounds are ISO strings; `published` ranges end with "~" so that date-times of the last day fall inside.
 */
export function candidateWindow(report: ReportToFuse): { days?: [string, string]; published?: [string, string] } {
  const range = dateRange(report.date);
  const window = fusionRules().undatedWindowDays;
  const day = report.published && Date.parse(report.published.slice(0, 10));
  const published = day && !Number.isNaN(day)
    ? [isoDay(day - window * 86_400_000), `${isoDay(day + window * 86_400_000)}~`] as [string, string]
    : undefined;
  return { ...(range ? { days: [range.start, range.end] } : {}), ...(published ? { published } : {}) };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The event a report joins and why, or undefined when it is a new event. */
export function chooseEvent(report: ReportToFuse, candidates: EventCandidate[]): { id: string; reason: string } | undefined {
  const window = fusionRules().undatedWindowDays;
  let best: { candidate: EventCandidate; reason: string; score: number } | undefined;
  for (const c of candidates) {
    let reason: string;
    let score: number;
    if (report.date && c.date) {
      if (!datesCompatible(report.date, c.date)) continue;
      reason = report.date === c.date ? `same date ${c.date}` : `date ${report.date} compatible with ${c.date}`;
      score = 10 + rank(c.date);
    } else {
      if (daysBetween(report.published, c.firstPublished) > window) continue;
      reason = `${report.date ? "undated event" : "undated report"}, published within ${window} days`;
      score = 0;
    }
    if (!best || score > best.score || (score === best.score && c.reports > best.candidate.reports)) best = { candidate: c, reason, score };
  }
  return best && { id: best.candidate.id, reason: best.reason };
}

function rank(date: string): number {
  return ["none", "year", "month", "week", "day", "part-of-day", "time"].indexOf(precisionOf(date));
}
