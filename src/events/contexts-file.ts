// The cue words and choices of data/events/contexts.yaml, read once for the modules that use them.
import { readDataFile } from "../model/index.ts";

export interface ContextFile {
  hypothetical: string[];
  future: string[];
  future_of_the_past: string[];
  negated: string[];
  today: string[];
  governors: string[];
  reporters: string[];
  claimers: string[];
  historical_after_days: number;
  background_after_days: number;
  ahead_after_days: number;
  ahead_types_kept: string[];
  not_recorded_contexts: string[];
  not_recorded_modes: string[];
  targeted_types: string[];
  media_sector: string;
  media_types: string[];
  media_not_party_to: string[];
  intent: Record<string, string[]>;
  intent_contexts: Record<string, string[]>;
  refusal: string[];
  content_carriers: string[];
  content_markers: string[];
  non_agents: string[];
  refused: string[];
  decided: string[];
  announcers: { verbs: string[]; reported_only: string[]; for_others: string[] };
  crowd_violence: { types: string[]; crowds: string[]; cameo: string };
  protest_in_words: { verbs: string[]; cameo: string };
  restating_nouns: Record<string, string[]>;
}

export const CONTEXTS = readDataFile<ContextFile>("events/contexts.yaml");
