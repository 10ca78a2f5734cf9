// Loads the timex word lists from data/timex/lexicon.json once, into Maps and regex alternations.
import { alternation, readDataFile } from "../model/index.ts";

interface LexiconFile {
  months: Record<string, number>;
  monthsNeedingCue: string[];
  monthCues: string[];
  weekdays: Record<string, number>;
  partsOfDay: Record<string, string>;
  seasons: Record<string, string>;
  seasonsNeedingCue: string[];
  durationUnits: Record<string, string>;
  clockUnits: string[];
  numberWords: Record<string, number>;
  vagueAmounts: string[];
  durationModifiers: string[];
  references: Record<string, string>;
  sets: Record<string, string>;
  modifiers: string[];
  futureAuxiliaries: string[];
  futureBeforeTo: string[];
  scheduleSignals: string[];
  onsetSignals: string[];
  clauseStarts: string[];
  ordinals: Record<string, number>;
  yearCues: string[];
  signals: string[];
  pastEqualsBase: string[];
  notDurationBefore: string[];
  futureAfterBe: string[];
}

export interface TimexLexicon {
  months: Map<string, number>;
  monthsNeedingCue: Set<string>;
  monthCues: Set<string>;
  weekdays: Map<string, number>;
  partsOfDay: Map<string, string>;
  seasons: Map<string, string>;
  seasonsNeedingCue: Set<string>;
  durationUnits: Map<string, string>;
  clockUnits: Set<string>;
  numberWords: Map<string, number>;
  vagueAmounts: Set<string>;
  references: Map<string, string>;
  sets: Map<string, string>;
  futureAuxiliaries: Set<string>;
  futureBeforeTo: Set<string>;
  /** "for Monday": scheduled, forward. */
  scheduleSignals: Set<string>;
  /** "from November 1": the nearest such date. */
  onsetSignals: Set<string>;
  /** "that", "which": open a clause whose tense is its own. */
  clauseStarts: Set<string>;
  ordinals: Map<string, number>;
  yearCues: Set<string>;
  /** Matches a leading signal word ("on ", "for ") to trim from a span. */
  leadingSignal: RegExp;
  pastEqualsBase: Set<string>;
  notDurationBefore: Set<string>;
  futureAfterBe: Set<string>;
  /** Regex alternations (longest first) for building the recognizers' patterns. */
  alt: Record<"months" | "weekdays" | "partsOfDay" | "seasons" | "units" | "numbers" | "vague" | "durationModifiers" | "references" | "sets" | "modifiers" | "ordinals", string>;
}

const phrases = (words: Iterable<string>) => alternation(words, true);
const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export function loadTimexLexicon(path = "timex/lexicon.json"): TimexLexicon {
  const file = readDataFile<LexiconFile>(path);
  const lex = {
    months: new Map(Object.entries(file.months)),
    monthsNeedingCue: lower(file.monthsNeedingCue),
    monthCues: lower(file.monthCues),
    weekdays: new Map(Object.entries(file.weekdays)),
    partsOfDay: new Map(Object.entries(file.partsOfDay)),
    seasons: new Map(Object.entries(file.seasons)),
    seasonsNeedingCue: lower(file.seasonsNeedingCue),
    durationUnits: new Map(Object.entries(file.durationUnits)),
    clockUnits: lower(file.clockUnits),
    numberWords: new Map(Object.entries(file.numberWords)),
    vagueAmounts: lower(file.vagueAmounts),
    references: new Map(Object.entries(file.references)),
    sets: new Map(Object.entries(file.sets)),
    futureAuxiliaries: lower(file.futureAuxiliaries),
    futureBeforeTo: lower(file.futureBeforeTo),
    scheduleSignals: lower(file.scheduleSignals),
    onsetSignals: lower(file.onsetSignals),
    clauseStarts: lower(file.clauseStarts),
    ordinals: new Map(Object.entries(file.ordinals)),
    yearCues: lower(file.yearCues),
    pastEqualsBase: lower(file.pastEqualsBase),
    notDurationBefore: lower(file.notDurationBefore),
    futureAfterBe: lower(file.futureAfterBe),
    leadingSignal: new RegExp(`^(?:${phrases(file.signals)})\\s+`, "i"),
  };
  return {
    ...lex,
    alt: {
      months: phrases(lex.months.keys()),
      weekdays: phrases(lex.weekdays.keys()),
      partsOfDay: phrases(lex.partsOfDay.keys()),
      seasons: phrases(lex.seasons.keys()),
      units: phrases(lex.durationUnits.keys()),
      numbers: phrases(lex.numberWords.keys()),
      vague: phrases(lex.vagueAmounts),
      durationModifiers: phrases(file.durationModifiers),
      references: phrases(lex.references.keys()),
      sets: phrases(lex.sets.keys()),
      modifiers: phrases(file.modifiers),
      ordinals: phrases(lex.ordinals.keys()),
    },
  };
}
