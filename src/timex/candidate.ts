// What recognizers hand to the refiners: a span and a way to resolve it once the context is known.
import type { TimexType } from "../model/index.ts";
import type { Day } from "./calendar.ts";
import type { Direction } from "./direction.ts";

/** The reference date and what the text has fixed so far; travels through resolution, never global. */
export interface ResolveContext {
  /** The publication day; absent when the article does not say, and then relative dates stay unresolved. */
  reference?: Day;
  /** The last day the text fixed before this expression ("the previous night" counts back from it). */
  anchor?: Day;
  /** The tense direction of the clause around the expression, computed on demand. */
  direction(): Direction;
  /** Inside a direct quote whose attribution dates it: the day the words were said. */
  speech?: Day;
}

export interface Resolved {
  type: TimexType;
  value: string;
  /** The calendar day the expression fixes, if it fixes one; later relative expressions anchor on it. */
  day?: Day;
}

export interface TimexCandidate {
  start: number;
  end: number;
  /** "timex/<family>", the recognizer that found it. */
  source: string;
  /** "clock" for a bare time of day, "day" for a day without one: the two merge when adjacent. */
  kind?: "clock" | "day";
  /** "today", "tonight": relative to the moment of speaking, which a quote's attribution may date. */
  deictic?: boolean;
  resolve(ctx: ResolveContext): Resolved | undefined;
}
