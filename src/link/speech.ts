// The speech-verb lexicon (data/quotes/speech-verbs.yaml): quotes use it to find who speaks, events to
// know that "X said Russia launched ..." makes Russia, not X, the one who launched.
import { readDataFile } from "../model/index.ts";

interface SpeechVerbFile {
  verbs: string[];
  clausal: string[];
  speaker_after: string[];
  declined: string[];
  responses: string[];
  inverted: string[];
}

const file = readDataFile<SpeechVerbFile>("quotes/speech-verbs.yaml");

export const SPEECH_VERBS: ReadonlySet<string> = new Set(file.verbs);
export const CLAUSAL_VERBS: ReadonlySet<string> = new Set(file.clausal);
/** Verbs that may precede their speaker: ""...," said Lavrov". */
export const INVERTED_VERBS: ReadonlySet<string> = new Set(file.inverted);
/** Verbs whose "to" phrase holds the words answered, not the answer ("responding to "...""). */
export const RESPONSE_VERBS: ReadonlySet<string> = new Set(file.responses);
export const SPEAKER_AFTER: readonly string[][] = file.speaker_after.map((p) => p.split(" "));
export const DECLINED: readonly string[][] = file.declined.map((p) => p.split(" "));
/** First words of the "declined" phrases, to look further only where one starts. */
export const DECLINED_FIRST: ReadonlySet<string> = new Set(DECLINED.map((p) => p[0]));
