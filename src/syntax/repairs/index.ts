// Repairs of parser errors that UD's own constraints expose: each rewrites a relation the treebank
// never gives in that place to the one it does, and never makes a cycle or a second root. Each file is
// one kind: who the subject is (subjects.ts), which clause is which (clauses.ts), how names hang
// together (names.ts), whose act a saying's coordinated verb is (speech.ts), which word of a verb group is
// the verb (auxiliaries.ts), which verb a series or a list belongs to (series.ts); tree.ts keeps each word's
// dependents so that every repair runs in linear time.
import type { SentenceAnalysis } from "../analyse.ts";
import { RepairTree } from "./tree.ts";
import { repairAgentParticiples, repairDisplacedInfinitives, repairNominalRoots, repairThatClauses, repairReducedRelatives, repairRelativeClauses, repairRelativeClausesTakenAsComplements, repairSwallowedMainClauses, repairVerbConjunctsOfObjects, repairVerbsReadAsModifiers } from "./clauses.ts";
import { repairAppositions } from "./names.ts";
import { repairPerfectAuxiliaries } from "./auxiliaries.ts";
import { repairParticiplesAfterSaying, repairReportingClauses, repairSpeakersNextActs } from "./speech.ts";
import { repairCompoundsReadAsVerbs, repairCoordinatedModifiers, repairHyphenatedModifiers, repairNamesBeforeDays, repairQuantityBounds } from "./modifiers.ts";
import { repairListsSplitBySubject, repairSeriesInSubordinateClauses } from "./series.ts";
import { repairCoordinatedClauseSubjects, repairDoubleSubjects, repairFrontedSubjects, repairFunctionWordDependents, repairMarkedSubjects, repairSetOffParticiples, repairSpansBeforeClauses, repairSubordinatorsReadAsPrepositions, repairSubordinateClauses, repairSubjectBeforeDay, repairSubjects } from "./subjects.ts";

export * from "./auxiliaries.ts";
export * from "./clauses.ts";
export * from "./modifiers.ts";
export * from "./names.ts";
export * from "./series.ts";
export * from "./speech.ts";
export * from "./subjects.ts";

export { RepairTree } from "./tree.ts";

/** Every repair, in the order each relies on the ones before it, over one tree of the sentence. */
export function repairTree(a: SentenceAnalysis, forms: string[]): void {
  const t = new RepairTree(a, forms);
  repairHyphenatedModifiers(t);
  repairPerfectAuxiliaries(t);
  repairFunctionWordDependents(t);
  repairQuantityBounds(t);
  repairSubjects(t);
  repairVerbsReadAsModifiers(t);
  repairAgentParticiples(t);
  repairSetOffParticiples(t);
  repairSwallowedMainClauses(t);
  repairRelativeClauses(t);
  repairRelativeClausesTakenAsComplements(t);
  repairNominalRoots(t);
  repairReducedRelatives(t);
  repairDisplacedInfinitives(t);
  repairNamesBeforeDays(t);
  repairSubjectBeforeDay(t);
  repairAppositions(t);
  repairMarkedSubjects(t);
  repairSubordinatorsReadAsPrepositions(t);
  repairSubordinateClauses(t);
  repairSpansBeforeClauses(t);
  repairFrontedSubjects(t);
  repairDoubleSubjects(t);
  repairCoordinatedClauseSubjects(t);
  repairSeriesInSubordinateClauses(t);
  repairListsSplitBySubject(t);
  repairCoordinatedModifiers(t);
  repairCompoundsReadAsVerbs(t);
  repairVerbConjunctsOfObjects(t);
  repairThatClauses(t);
  repairSpeakersNextActs(t);
  repairParticiplesAfterSaying(t);
  repairReportingClauses(t);
}
