// Timexes: every temporal expression with its TIMEX3 type and value, resolved against the publication date.
import type { Timex } from "../model/index.ts";
import { defineStage, layer, type Doc } from "../pipeline/stage.ts";
import { parseDay } from "./calendar.ts";
import { recognizeCalendarDates } from "./chrono-dates.ts";
import { clauseDirection } from "./direction.ts";
import { loadTimexLexicon } from "./lexicon.ts";
import { newsRecognizers } from "./recognizers.ts";
import { dropImpossibleDays, dropOverlaps, mergeClockWithDay, resolveInOrder, trimSignals } from "./refine.ts";

export type { Direction } from "./direction.ts";
export { parseDay, formatDay, isRealDay, type Day } from "./calendar.ts";

const lexicon = loadTimexLexicon();
const recognizers = newsRecognizers(lexicon);
// a capitalised month name beside a day number: "July 8", "8 July", "Jul. 10"
const capitalisedMonths = [...lexicon.months.keys()].map((m) => m[0].toUpperCase() + m.slice(1)).join("|");
const monthDay = new RegExp(`\\b(?:${capitalisedMonths})\\.?\\s+\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${capitalisedMonths})\\b`);

/** The timexes of a segmented document; relative dates stay unresolved when `published` is absent. */
export function findTimexes(doc: Doc): Timex[] {
  const segments = layer(doc, "segments");
  const candidates = [recognizeCalendarDates(doc.text, segments, monthDay), ...recognizers.map((recognize) => recognize(doc.text))].flat();
  const refined = trimSignals(mergeClockWithDay(dropOverlaps(candidates), doc.text), doc.text, lexicon.leadingSignal);
  return dropImpossibleDays(resolveInOrder(refined, doc.text, parseDay(doc.published), (start, end) =>
    clauseDirection(segments, doc.text, lexicon, start, end)));
}

export const timexStage = defineStage({
  name: "timexes.news-rules",
  needs: ["segments"],
  adds: "timexes",
  run: findTimexes,
});
