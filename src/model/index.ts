export * from "./document.ts";
export * from "./errors.ts";
export { documentId } from "./id.ts";
export { dateRange, datesCompatible, daysBetween, morePrecise, precisionOf, type DateRange, type DatePrecision } from "./dates.ts";
export { readDataFile, alternation, DATA_DIR, writeDataCache } from "./lexicon.ts";
