// Fusion across documents: the rules that decide when two documents speak of the same actor, the
// same event or the same story. Pure functions; src/store applies them inside its write transaction.
//
// Actors: a document entity joins a corpus actor with the same knowledge-base id; else one whose name
// or name-like alias has the same key (case, accents, punctuation ignored) with the same type and a
// compatible country (equal or unknown), never one with a different knowledge-base id. Descriptions
// ("the Ukrainian leader") never merge actors.
// Events: see events.ts. Stories: see story.ts.
export { countriesCompatible, isNameLike, nameKey } from "./names.ts";
export { independentSource, isSameStory, storySketch, wireOf } from "./story.ts";
export { candidateWindow, chooseEvent, claimOf, eventKey, isSymmetricType, type EventCandidate, type ReportToFuse } from "./events.ts";
export { fusionRules, type FusionRules } from "./rules.ts";
export { casualtyRanges } from "./casualties.ts";
