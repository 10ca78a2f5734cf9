// Quantities: numbers with the noun or unit they count, approximations, ranges, percentages and money.
import type { Quantity } from "../model/index.ts";
import { defineStage, layer, type Doc } from "../pipeline/stage.ts";
import { loadQuantityLexicon } from "./lexicon.ts";
import { numberRecognizers } from "./numbers.ts";
import { countQuantities, dropOverlaps, isQuantity, outsideDates, type CountedQuantity } from "./refine.ts";

export type { CountedQuantity } from "./refine.ts";

const lexicon = loadQuantityLexicon();
const recognizers = numberRecognizers(lexicon);

/** The quantities of a document whose timexes are known (a year or a clock time is no quantity). */
export function findQuantities(doc: Doc): CountedQuantity[] {
  const segments = layer(doc, "segments");
  const mentions = dropOverlaps(recognizers.flatMap((recognize) => recognize(doc.text)));
  const candidates = outsideDates(mentions, layer(doc, "timexes")).filter((m) => isQuantity(m, doc.text, segments, lexicon));
  return countQuantities(candidates, doc.text, segments, lexicon);
}

/**
 * The quantities within [start, end), for the events stage: "Russia launched 18 missiles and around 400
 * drones" gives both, each with `noun`, the span of the noun phrase it counts.
 */
export function quantitiesIn(quantities: readonly Quantity[], start: number, end: number): CountedQuantity[] {
  return quantities.filter((q) => q.start >= start && q.end <= end) as CountedQuantity[];
}

export const quantitiesStage = defineStage({
  name: "quantities.rules",
  needs: ["segments", "timexes"],
  adds: "quantities",
  run: findQuantities,
});
