// Repairs of parser errors that UD's own constraints expose: each rewrites a relation the treebank
// never gives in that place to the one it does, and never makes a cycle or a second root. Each file is
// one kind: who the subject is (subjects.ts), which clause is which (clauses.ts), how names hang
// together (names.ts); tree.ts keeps each word's dependents so that every repair runs in linear time.
import type { SentenceAnalysis } from "../analyse.ts";
import { repairAgentParticiples, repairNominalRoots, repairReducedRelatives, repairRelativeClauses, repairSwallowedMainClauses, repairVerbsReadAsModifiers } from "./clauses.ts";
import { repairAppositions } from "./names.ts";
import { repairDoubleSubjects, repairFrontedSubjects, repairFunctionWordDependents, repairMarkedSubjects, repairSetOffParticiples, repairSubjectBeforeDay, repairSubjects } from "./subjects.ts";

export * from "./clauses.ts";
export * from "./names.ts";
export * from "./subjects.ts";

/** Every repair, in the order each relies on the ones before it. */
export function repairTree(a: SentenceAnalysis, forms: string[]): void {
  repairFunctionWordDependents(a);
  repairSubjects(a);
  repairVerbsReadAsModifiers(a);
  repairAgentParticiples(a);
  repairSetOffParticiples(a, forms);
  repairSwallowedMainClauses(a, forms);
  repairRelativeClauses(a, forms);
  repairNominalRoots(a, forms);
  repairReducedRelatives(a, forms);
  repairSubjectBeforeDay(a, forms);
  repairAppositions(a, forms);
  repairMarkedSubjects(a, forms);
  repairFrontedSubjects(a, forms);
  repairDoubleSubjects(a);
}
