export * from "./document.ts";
export * from "./errors.ts";
export { documentId } from "./id.ts";
export { readDataFile, alternation, DATA_DIR, writeDataCache } from "./lexicon.ts";
