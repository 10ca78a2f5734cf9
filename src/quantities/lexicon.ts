// Loads the quantity word lists from data/quantities/lexicon.json once, into Maps and regexes.
import { alternation, readDataFile } from "../model/index.ts";

interface LexiconFile {
  numberWords: Record<string, number>;
  vagueNumbers: Record<string, number>;
  scales: Record<string, number>;
  approximators: string[];
  currencySymbols: Record<string, string>;
  currencyWords: Record<string, string>;
  percentWords: string[];
  personNouns: string[];
  unitAbbreviations: Record<string, string>;
  unitQualifiers: string[];
  unitsBefore: Record<string, string>;
  anaphoricBefore: string[];
  partitiveDeterminers: string[];
  ageBefore: string[];
  ageAfter: string[];
  referenceCues: string[];
}

export interface QuantityLexicon {
  numberWords: Map<string, number>;
  vagueNumbers: Map<string, number>;
  scales: Map<string, number>;
  currencySymbols: Map<string, string>;
  currencyWords: Map<string, string>;
  personNouns: Set<string>;
  unitAbbreviations: Map<string, string>;
  /** "metric", "square": part of the unit they stand before. */
  unitQualifiers: Set<string>;
  /** Units written before the number: "magnitude 7.7". */
  unitsBefore: Map<string, string>;
  /** "the", "their": before a small written number, it points back ("the two countries"). */
  anaphoricBefore: Set<string>;
  /** "its", "their": after "of", the group a number is part of ("23 of its soldiers"). */
  partitiveDeterminers: Set<string>;
  ageBefore: Set<string>;
  referenceCues: Set<string>;
  /** Ends with an approximator: "... more than ". */
  approximatorBefore: RegExp;
  /** Starts with a percent word: "% ", " per cent". */
  percentAfter: RegExp;
  /** Starts with an age marker: "-year-old", " years old". */
  ageAfter: RegExp;
  alt: { words: string; vague: string; scales: string; symbols: string; abbreviations: string };
}

const phrases = (words: Iterable<string>) => alternation(words, true);
const entries = (record: Record<string, number | string>) =>
  new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));

export function loadQuantityLexicon(path = "quantities/lexicon.json"): QuantityLexicon {
  const file = readDataFile<LexiconFile>(path);
  return {
    numberWords: entries(file.numberWords) as Map<string, number>,
    vagueNumbers: entries(file.vagueNumbers) as Map<string, number>,
    scales: entries(file.scales) as Map<string, number>,
    currencySymbols: entries(file.currencySymbols) as Map<string, string>,
    currencyWords: entries(file.currencyWords) as Map<string, string>,
    personNouns: new Set(file.personNouns.map((w) => w.toLowerCase())),
    unitAbbreviations: entries(file.unitAbbreviations) as Map<string, string>,
    unitQualifiers: new Set(file.unitQualifiers.map((w) => w.toLowerCase())),
    unitsBefore: new Map(Object.entries(file.unitsBefore ?? {}).map(([w, unit]) => [w.toLowerCase(), unit])),
    anaphoricBefore: new Set(file.anaphoricBefore.map((w) => w.toLowerCase())),
    partitiveDeterminers: new Set(file.partitiveDeterminers.map((w) => w.toLowerCase())),
    ageBefore: new Set(file.ageBefore.map((w) => w.toLowerCase())),
    referenceCues: new Set(file.referenceCues.map((w) => w.toLowerCase())),
    approximatorBefore: new RegExp(`(?:^|[^\\w])(?:${phrases(file.approximators)})\\s*$`, "i"),
    percentAfter: new RegExp(`^\\s?(?:${phrases(file.percentWords)})(?![A-Za-z])`, "i"),
    ageAfter: new RegExp(`^(?:${phrases(file.ageAfter)})`, "i"),
    alt: {
      words: phrases(Object.keys(file.numberWords)),
      vague: phrases(Object.keys(file.vagueNumbers)),
      scales: phrases(Object.keys(file.scales)),
      symbols: phrases(Object.keys(file.currencySymbols)),
      abbreviations: phrases(Object.keys(file.unitAbbreviations)),
    },
  };
}
