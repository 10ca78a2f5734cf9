// Repairs and readings of the tree that do not depend on what the model happens to predict: each is
// run on a hand-built analysis, once where it must change the tree and once where it must not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { repairAgentParticiples, repairAppositions, repairCoordinatedClauseSubjects, repairPerfectAuxiliaries, repairCompoundsReadAsVerbs, repairHyphenatedModifiers, repairReportingClauses, repairSpeakersNextActs, repairCoordinatedModifiers, repairDisplacedInfinitives, repairThatClauses, repairDoubleSubjects, repairNamesBeforeDays, repairSubordinateClauses, repairFrontedSubjects, repairFunctionWordDependents, repairMarkedSubjects, repairNominalRoots, repairReducedRelatives, repairRelativeClauses, repairRelativeClausesTakenAsComplements, repairSetOffParticiples, repairSpansBeforeClauses, repairSubordinatorsReadAsPrepositions, repairSeriesInSubordinateClauses, repairListsSplitBySubject, repairSubjectBeforeDay, repairQuantityBounds, repairParticiplesAfterSaying, repairVerbConjunctsOfObjects, repairSwallowedMainClauses, repairVerbsReadAsModifiers, RepairTree } from "../../src/syntax/repairs/index.ts";
import { DependencyTree } from "../../src/syntax/index.ts";
import type { SentenceAnalysis } from "../../src/syntax/analyse.ts";

/** rows: [form, upos, head (1-based, 0 = root), relation], as in CoNLL-U. */
function analysis(rows: Array<[string, string, number, string]>): { a: SentenceAnalysis; t: RepairTree } {
  const a = { upos: rows.map((r) => r[1]), lemma: rows.map((r) => r[0].toLowerCase()), head: rows.map((r) => r[2] - 1), deprel: rows.map((r) => r[3]) };
  return { a, t: new RepairTree(a, rows.map((r) => r[0])) };
}

test("relative clause called parataxis: it hangs from the noun before 'who'", () => {
  const { a, t } = analysis([
    ["He", "PRON", 2, "nsubj"], ["met", "VERB", 0, "root"], ["Trump", "PROPN", 2, "obj"], [",", "PUNCT", 7, "punct"],
    ["who", "PRON", 7, "nsubj"], ["has", "AUX", 7, "aux"], ["ruled", "VERB", 2, "parataxis"], ["out", "ADP", 7, "compound:prt"], ["talks", "NOUN", 7, "obj"],
  ]);
  repairRelativeClauses(t);
  assert.equal(a.head[6], 2);
  assert.equal(a.deprel[6], "acl:relcl");
});

test("a question's 'who' has no noun before it: the tree stays as it is", () => {
  const { a, t } = analysis([["Who", "PRON", 2, "nsubj"], ["attacked", "VERB", 0, "root"], ["the", "DET", 4, "det"], ["convoy", "NOUN", 2, "obj"], ["?", "PUNCT", 2, "punct"]]);
  const before = JSON.stringify(a);
  repairRelativeClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("a clause that would hang from its own dependent is left alone (no cycle)", () => {
  // "said" heads "Trump": hanging "said" from "Trump" would make a cycle.
  const { a, t } = analysis([
    ["They", "PRON", 2, "nsubj"], ["said", "VERB", 0, "root"], ["that", "SCONJ", 9, "mark"], ["Trump", "PROPN", 9, "nsubj"], [",", "PUNCT", 6, "punct"],
    ["who", "PRON", 9, "nsubj"], ["had", "AUX", 9, "aux"], ["also", "ADV", 9, "advmod"], ["spoke", "VERB", 2, "ccomp"],
  ]);
  a.head[3] = 8; // Trump hangs from "spoke"
  repairRelativeClauses(t);
  assert.equal(a.deprel[8], "ccomp");
});

test("the preposition of a name may hang from the title before it ('with Foreign Minister Wang Yi')", () => {
  const words = ["merz", "met", "with", "chinese", "foreign", "minister", "wang yi", "in", "berlin"];
  const tree = new DependencyTree({
    upos: ["PROPN", "VERB", "ADP", "ADJ", "ADJ", "PROPN", "PROPN", "ADP", "PROPN"],
    lemma: words,
    head: [1, -1, 5, 5, 5, 6, 1, 8, 1],
    deprel: ["nsubj", "root", "case", "amod", "amod", "nmod:desc", "obl", "case", "obl"],
  }, words);
  assert.equal(tree.marker(6), "with");
  assert.equal(tree.marker(8), "in");
  assert.equal(tree.marker(0), "", "a subject has no preposition");
});

test("a participle with an object right after its noun is the noun's verb ('Police used tear gas')", () => {
  const { a, t } = analysis([
    ["Police", "NOUN", 0, "root"], ["used", "VERB", 1, "acl"], ["tear", "NOUN", 4, "compound"], ["gas", "NOUN", 2, "obj"], [".", "PUNCT", 1, "punct"],
  ]);
  a.lemma[1] = "use";
  repairReducedRelatives(t);
  assert.deepEqual([a.head, a.deprel], [[1, -1, 3, 1, 1], ["nsubj", "root", "compound", "obj", "punct"]]);
});

test("the reported clause a second subject reveals: 'Guerrillas wounded two soldiers, police said'", () => {
  const { a, t } = analysis([
    ["Guerrillas", "NOUN", 7, "nsubj"], ["wounded", "VERB", 1, "acl"], ["two", "NUM", 4, "nummod"], ["soldiers", "NOUN", 2, "obj"],
    [",", "PUNCT", 7, "punct"], ["police", "NOUN", 7, "nsubj"], ["said", "VERB", 0, "root"], [".", "PUNCT", 7, "punct"],
  ]);
  a.lemma[1] = "wound";
  repairReducedRelatives(t);
  assert.equal(a.deprel[1], "ccomp");
  assert.equal(a.head[1], 6);
  assert.equal(a.head[0], 1);
});

test("a reduced relative without an object, or set apart by a comma, stays one ('the car used by the police')", () => {
  const { a, t } = analysis([
    ["The", "DET", 2, "det"], ["car", "NOUN", 7, "nsubj"], ["used", "VERB", 2, "acl"], ["by", "ADP", 6, "case"], ["the", "DET", 6, "det"],
    ["police", "NOUN", 3, "obl"], ["burned", "VERB", 0, "root"], [".", "PUNCT", 7, "punct"],
  ]);
  a.lemma[2] = "use";
  const before = JSON.stringify(a);
  repairReducedRelatives(t);
  assert.equal(JSON.stringify(a), before);
  const apart = analysis([
    ["Kharkiv", "PROPN", 0, "root"], [",", "PUNCT", 3, "punct"], ["shelled", "VERB", 1, "acl"], ["homes", "NOUN", 3, "obj"],
  ]);
  apart.a.lemma[2] = "shell";
  const unchanged = JSON.stringify(apart.a);
  repairReducedRelatives(apart.t);
  assert.equal(JSON.stringify(apart.a), unchanged);
});

test("the subject before 'today' is the verb's, not a compound of the day ('Pakistan today threatened')", () => {
  const { a, t } = analysis([["Pakistan", "PROPN", 2, "compound"], ["today", "NOUN", 3, "obl:unmarked"], ["threatened", "VERB", 0, "root"], ["Congo", "PROPN", 3, "obj"]]);
  repairSubjectBeforeDay(t);
  assert.deepEqual([a.head[0], a.deprel[0]], [2, "nsubj"]);
  const root = analysis([["A", "DET", 3, "det"], ["top", "ADJ", 3, "amod"], ["official", "ADJ", 0, "root"], ["today", "NOUN", 5, "obl:unmarked"], ["praised", "VERB", 3, "conj"], ["Haiti", "PROPN", 5, "obj"]]);
  repairSubjectBeforeDay(root.t);
  assert.deepEqual([root.a.head[2], root.a.deprel[2], root.a.upos[2], root.a.head[4], root.a.deprel[4]], [4, "nsubj", "NOUN", -1, "root"]);
});

test("a verb with a subject of its own keeps it: 'Aid today reached Gaza, where crowds waited'", () => {
  const { a, t } = analysis([["Aid", "NOUN", 3, "nsubj"], ["today", "NOUN", 3, "obl:unmarked"], ["reached", "VERB", 0, "root"], ["Gaza", "PROPN", 3, "obj"]]);
  const before = JSON.stringify(a);
  repairSubjectBeforeDay(t);
  assert.equal(JSON.stringify(a), before);
  const notDay = analysis([["Pakistan", "PROPN", 2, "compound"], ["officials", "NOUN", 3, "nsubj"], ["threatened", "VERB", 0, "root"]]);
  const unchanged = JSON.stringify(notDay.a);
  repairSubjectBeforeDay(notDay.t);
  assert.equal(JSON.stringify(notDay.a), unchanged);
});

test("a name set off by commas after a place phrase is the apposition of the noun before it ('the ambassador in Manila, Carlson,')", () => {
  const { a, t } = analysis([
    ["The", "DET", 2, "det"], ["ambassador", "NOUN", 8, "nsubj"], ["in", "ADP", 4, "case"], ["Manila", "PROPN", 2, "nmod"],
    [",", "PUNCT", 6, "punct"], ["Carlson", "PROPN", 4, "conj"], [",", "PUNCT", 2, "punct"], ["called", "VERB", 0, "root"],
  ]);
  repairAppositions(t);
  assert.deepEqual([a.head[5], a.deprel[5]], [1, "appos"]);
});

test("a real coordination of places keeps its conjuncts ('envoys in Paris, London and Berlin,')", () => {
  const { a, t } = analysis([
    ["Envoys", "NOUN", 9, "nsubj"], ["in", "ADP", 3, "case"], ["Paris", "PROPN", 1, "nmod"], [",", "PUNCT", 5, "punct"], ["London", "PROPN", 3, "conj"],
    ["and", "CCONJ", 7, "cc"], ["Berlin", "PROPN", 3, "conj"], [",", "PUNCT", 1, "punct"], ["met", "VERB", 0, "root"],
  ]);
  const before = JSON.stringify(a);
  repairAppositions(t);
  assert.equal(JSON.stringify(a), before);
});

test("a list the parser chained conjunct on conjunct is still a coordination ('staff from Lima, Quito, Bogotá and Caracas')", () => {
  // "Caracas" and its "and" hang from "Bogotá", not from "Lima": the list has its coordinator all the same.
  const { a, t } = analysis([
    ["recalled", "VERB", 0, "root"], ["staff", "NOUN", 1, "obj"], ["from", "ADP", 4, "case"], ["Lima", "PROPN", 2, "nmod"],
    [",", "PUNCT", 6, "punct"], ["Quito", "PROPN", 4, "conj"], [",", "PUNCT", 8, "punct"], ["Bogotá", "PROPN", 4, "conj"],
    ["and", "CCONJ", 10, "cc"], ["Caracas", "PROPN", 8, "conj"],
  ]);
  const before = JSON.stringify(a);
  repairAppositions(t);
  assert.equal(JSON.stringify(a), before);
});

test("a subject the parser hangs from an auxiliary is the verb's ('it had expelled')", () => {
  const { a, t } = analysis([["it", "PRON", 2, "nsubj"], ["had", "AUX", 3, "aux"], ["expelled", "VERB", 0, "root"], ["ships", "NOUN", 3, "obj"]]);
  repairFunctionWordDependents(t);
  assert.equal(a.head[0], 2);
  // A punctuation mark or a fixed word may hang from a function word.
  const fixed = analysis([["because", "SCONJ", 4, "mark"], ["of", "ADP", 1, "fixed"], ["it", "PRON", 4, "nsubj"], ["left", "VERB", 0, "root"]]);
  const before = JSON.stringify(fixed.a);
  repairFunctionWordDependents(fixed.t);
  assert.equal(JSON.stringify(fixed.a), before);
});

test("a relative clause that swallowed the sentence gives the main verb back ('Lee, who led the talks, said')", () => {
  const { a, t } = analysis([
    ["Minister", "PROPN", 2, "compound"], ["Lee", "PROPN", 5, "vocative"], [",", "PUNCT", 2, "punct"], ["who", "PRON", 5, "nsubj"],
    ["led", "VERB", 0, "root"], ["talks", "NOUN", 5, "obj"], [",", "PUNCT", 8, "punct"], ["said", "VERB", 5, "conj"],
    ["it", "PRON", 10, "nsubj"], ["failed", "VERB", 8, "ccomp"], [".", "PUNCT", 5, "punct"],
  ]);
  repairSwallowedMainClauses(t);
  assert.deepEqual([a.head[7], a.deprel[7]], [-1, "root"]);
  assert.deepEqual([a.head[1], a.deprel[1]], [7, "nsubj"]);
  assert.deepEqual([a.head[4], a.deprel[4]], [1, "acl:relcl"]);
  assert.equal(a.head[10], 7);
});

test("a subject whose relative clause carries the main verb as its conjunct ('Ruto, a lawyer who won, called')", () => {
  const { a, t } = analysis([
    ["Ruto", "PROPN", 0, "root"], [",", "PUNCT", 4, "punct"], ["a", "DET", 4, "det"], ["lawyer", "NOUN", 1, "conj"],
    ["who", "PRON", 6, "nsubj"], ["won", "VERB", 4, "ccomp"], [",", "PUNCT", 8, "punct"], ["called", "VERB", 6, "conj"],
    ["it", "PRON", 8, "obj"], [".", "PUNCT", 1, "punct"],
  ]);
  repairSwallowedMainClauses(t);
  assert.deepEqual([a.head[7], a.deprel[7]], [-1, "root"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [7, "nsubj"]);
  assert.deepEqual([a.head[5], a.deprel[5]], [3, "acl:relcl"]);
  assert.equal(a.head[9], 7);
});

test("a relative clause inside a sentence with its own main verb is left alone ('The envoy, who arrived, and aides spoke')", () => {
  // "spoke" is the root: the clause swallowed nothing, and "arrived" keeps its conjunct.
  const { a, t } = analysis([
    ["The", "DET", 2, "det"], ["envoy", "NOUN", 9, "nsubj"], [",", "PUNCT", 5, "punct"], ["who", "PRON", 5, "nsubj"],
    ["arrived", "VERB", 2, "acl:relcl"], [",", "PUNCT", 7, "punct"], ["met", "VERB", 5, "conj"], ["aides", "NOUN", 7, "obj"], ["spoke", "VERB", 0, "root"],
  ]);
  const before = JSON.stringify(a);
  repairSwallowedMainClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("a subject set off by an apposition is the subject of the verb hung on it ('Chile, a big partner, responded')", () => {
  const { a, t } = analysis([
    ["Chile", "PROPN", 0, "root"], [",", "PUNCT", 5, "punct"], ["a", "DET", 5, "det"], ["big", "ADJ", 5, "amod"], ["partner", "NOUN", 1, "appos"],
    [",", "PUNCT", 7, "punct"], ["responded", "VERB", 1, "parataxis"], [".", "PUNCT", 1, "punct"],
  ]);
  repairNominalRoots(t);
  assert.deepEqual([a.head[6], a.deprel[6]], [-1, "root"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [6, "nsubj"]);
  assert.equal(a.head[7], 6);
});

test("a nominal root keeps a verb with its own subject, and a participle ('Clashes in Tripoli, killing 12')", () => {
  const withSubject = analysis([
    ["Protests", "NOUN", 0, "root"], [",", "PUNCT", 4, "punct"], ["police", "NOUN", 4, "nsubj"], ["fired", "VERB", 1, "parataxis"], ["gas", "NOUN", 4, "obj"],
  ]);
  const participle = analysis([
    ["Clashes", "NOUN", 0, "root"], ["in", "ADP", 3, "case"], ["Tripoli", "PROPN", 1, "nmod"], [",", "PUNCT", 5, "punct"], ["killing", "VERB", 1, "parataxis"], ["12", "NUM", 5, "obj"],
  ]);
  for (const { a, t } of [withSubject, participle]) {
    const before = JSON.stringify(a);
    repairNominalRoots(t);
    assert.equal(JSON.stringify(a), before);
  }
});

test("a title chain made the root gives its verb the name nearest to it ('League Secretary-General Klibi today urged')", () => {
  const { a, t } = analysis([
    ["League", "PROPN", 0, "root"], ["Secretary", "PROPN", 1, "compound"], ["-", "PUNCT", 4, "punct"], ["General", "PROPN", 5, "nmod"],
    ["Klibi", "PROPN", 1, "obl"], ["today", "NOUN", 7, "obl:unmarked"], ["urged", "VERB", 1, "advcl"], ["Paris", "PROPN", 7, "obj"], [".", "PUNCT", 1, "punct"],
  ]);
  repairNominalRoots(t);
  assert.deepEqual([a.head[6], a.deprel[6]], [-1, "root"]);
  assert.deepEqual([a.head[4], a.deprel[4]], [6, "nsubj"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [4, "compound"]);
  assert.equal(a.head[8], 6);
});

test("a verb with an object hung on a noun inside the subject's phrase is the sentence's ('aircraft including gunships killed 46')", () => {
  const { a, t } = analysis([
    ["aircraft", "NOUN", 0, "root"], ["including", "VERB", 3, "case"], ["gunships", "NOUN", 1, "nmod"], ["killed", "VERB", 3, "acl"],
    ["civilians", "NOUN", 4, "obj"], [".", "PUNCT", 1, "punct"],
  ]);
  repairNominalRoots(t);
  assert.deepEqual([a.head[3], a.deprel[3]], [-1, "root"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [3, "nsubj"]);
  assert.equal(a.head[2], 0);
});

test("a participle without an object on a noun of a nominal sentence stays a reduced relative ('Aid to towns hit by floods.')", () => {
  const { a, t } = analysis([
    ["Aid", "NOUN", 0, "root"], ["to", "ADP", 3, "case"], ["towns", "NOUN", 1, "nmod"], ["hit", "VERB", 3, "acl"], ["by", "ADP", 6, "case"], ["floods", "NOUN", 4, "obl"],
  ]);
  const before = JSON.stringify(a);
  repairNominalRoots(t);
  assert.equal(JSON.stringify(a), before);
});

test("a verb read as its object's modifier, the noun holding the subject, is the predicate ('Ali threatened severe punishment, saying')", () => {
  const { a, t } = analysis([
    ["Ali", "PROPN", 5, "nsubj"], ["threatened", "VERB", 5, "amod"], ["severe", "ADJ", 5, "amod"], ["“", "PUNCT", 5, "punct"], ["punishment", "NOUN", 0, "root"],
    [",", "PUNCT", 5, "punct"], ["saying", "VERB", 5, "acl"], ["it", "PRON", 7, "obj"],
  ]);
  repairVerbsReadAsModifiers(t);
  assert.deepEqual([a.head[1], a.deprel[1]], [-1, "root"]);
  assert.deepEqual([a.head[4], a.deprel[4]], [1, "obj"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [1, "nsubj"]);
  assert.deepEqual([a.head[6], a.deprel[6]], [1, "advcl"]);
  assert.equal(a.head[2], 4);
});

test("a participle on a noun without a subject stays its modifier ('the threatened punishment came')", () => {
  const { a, t } = analysis([["the", "DET", 3, "det"], ["threatened", "VERB", 3, "amod"], ["punishment", "NOUN", 4, "nsubj"], ["came", "VERB", 0, "root"]]);
  const before = JSON.stringify(a);
  repairVerbsReadAsModifiers(t);
  assert.equal(JSON.stringify(a), before);
});

test("a participle that is a sentence's only verb, with no agent, is its predicate ('Thousands of Georgians marched in Tbilisi.')", () => {
  const { a, t } = analysis([
    ["Thousands", "NOUN", 0, "root"], ["of", "ADP", 3, "case"], ["Georgians", "PROPN", 1, "nmod"], ["marched", "VERB", 1, "acl"],
    ["in", "ADP", 6, "case"], ["Tbilisi", "PROPN", 4, "obl"], [".", "PUNCT", 1, "punct"],
  ]);
  repairNominalRoots(t);
  assert.deepEqual([a.head[3], a.deprel[3]], [-1, "root"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [3, "nsubj"]);
});

test("a participle with an agent, or beside another verb, stays a modifier ('Dozens of protesters arrested by police were freed.')", () => {
  const withAgent = analysis([
    ["Dozens", "NOUN", 0, "root"], ["of", "ADP", 3, "case"], ["protesters", "NOUN", 1, "nmod"], ["arrested", "VERB", 1, "acl"],
    ["by", "ADP", 6, "case"], ["police", "NOUN", 4, "obl"], [".", "PUNCT", 1, "punct"],
  ]);
  const besideVerb = analysis([
    ["Dozens", "NOUN", 8, "nsubj:pass"], ["of", "ADP", 3, "case"], ["protesters", "NOUN", 1, "nmod"], ["arrested", "VERB", 1, "acl"],
    ["in", "ADP", 6, "case"], ["Tbilisi", "PROPN", 4, "obl"], ["were", "AUX", 8, "aux:pass"], ["freed", "VERB", 0, "root"],
  ]);
  for (const { a, t } of [withAgent, besideVerb]) {
    const before = JSON.stringify(a);
    repairNominalRoots(t);
    assert.equal(JSON.stringify(a), before);
  }
});

test("a verb read as a modifier that has a subject of its own is the predicate ('Georgian police arrested dozens')", () => {
  const { a, t } = analysis([
    ["Georgian", "ADJ", 2, "amod"], ["police", "NOUN", 3, "nsubj"], ["arrested", "VERB", 4, "amod"], ["dozens", "NOUN", 0, "root"], [".", "PUNCT", 4, "punct"],
  ]);
  repairVerbsReadAsModifiers(t);
  assert.deepEqual([a.head[2], a.deprel[2]], [-1, "root"]);
  assert.deepEqual([a.head[3], a.deprel[3]], [2, "obj"]);
  assert.equal(a.head[1], 2);
  assert.equal(a.head[4], 2);
});

test("of two subjects before a verb, the name nearer it is the subject and the title its compound ('Secretary-General for Asia Khaled Khiari said')", () => {
  const { a, t } = analysis([
    ["Secretary", "PROPN", 9, "nsubj"], ["for", "ADP", 3, "case"], ["Asia", "PROPN", 1, "nmod"], ["and", "CCONJ", 6, "cc"], ["the", "DET", 6, "det"],
    ["Pacific", "PROPN", 3, "conj"], ["Khaled", "PROPN", 9, "nsubj"], ["Khiari", "PROPN", 7, "flat"], ["said", "VERB", 0, "root"],
  ]);
  repairDoubleSubjects(t);
  assert.deepEqual([a.head[0], a.deprel[0]], [6, "compound"]);
  assert.deepEqual([a.head[6], a.deprel[6]], [8, "nsubj"]);
});

test("two subjects with a coordinator between them are left to the coordination ('Lima and Quito signed')", () => {
  const { a, t } = analysis([["Lima", "PROPN", 4, "nsubj"], ["and", "CCONJ", 3, "cc"], ["Quito", "PROPN", 4, "nsubj"], ["signed", "VERB", 0, "root"]]);
  // (the title's own phrase may hold a coordination: "for Asia and the Pacific ... Khiari said" is repaired above)
  const before = JSON.stringify(a);
  repairDoubleSubjects(t);
  assert.equal(JSON.stringify(a), before);
});

test("a subject with a preposition is a fronted phrase, and the name before the verb the subject ('At a conference in Rome, envoy Kellogg met')", () => {
  const { a, t } = analysis([
    ["At", "ADP", 3, "case"], ["a", "DET", 3, "det"], ["conference", "NOUN", 10, "nsubj"], ["in", "ADP", 5, "case"], ["Rome", "PROPN", 3, "nmod"],
    [",", "PUNCT", 8, "punct"], ["envoy", "NOUN", 8, "compound"], ["Keith", "PROPN", 5, "conj"], ["Kellogg", "PROPN", 8, "flat"], ["met", "VERB", 0, "root"],
  ]);
  repairMarkedSubjects(t);
  assert.equal(a.deprel[2], "obl");
  assert.deepEqual([a.head[7], a.deprel[7]], [9, "nsubj"]);
});

test("an unmarked subject stays one ('A conference in Rome ended')", () => {
  const { a, t } = analysis([["A", "DET", 2, "det"], ["conference", "NOUN", 5, "nsubj"], ["in", "ADP", 4, "case"], ["Rome", "PROPN", 2, "nmod"], ["ended", "VERB", 0, "root"]]);
  const before = JSON.stringify(a);
  repairMarkedSubjects(t);
  assert.equal(JSON.stringify(a), before);
});

test("a preposition that can begin a clause, hung on its subject, is the clause's marker ('after the court issued a warrant')", () => {
  const { a, t } = analysis([["days", "NOUN", 0, "root"], ["after", "ADP", 4, "case"], ["the", "DET", 4, "det"], ["court", "NOUN", 5, "nsubj"], ["issued", "VERB", 1, "acl:relcl"], ["warrant", "NOUN", 5, "obj"]]);
  repairMarkedSubjects(t);
  assert.deepEqual([a.head[1], a.deprel[1]], [4, "mark"]);
  assert.deepEqual([a.head[3], a.deprel[3]], [4, "nsubj"]);
});

test("a subject hung on the fronted phrase before it is the verb's ('On Saturday, the office of Lukashenko said')", () => {
  const { a, t } = analysis([
    ["On", "ADP", 2, "case"], ["Saturday", "PROPN", 8, "obl"], [",", "PUNCT", 5, "punct"], ["the", "DET", 5, "det"], ["office", "NOUN", 2, "appos"],
    ["of", "ADP", 7, "case"], ["Lukashenko", "PROPN", 5, "nmod"], ["said", "VERB", 0, "root"], ["it", "PRON", 8, "obj"],
  ]);
  repairFrontedSubjects(t);
  assert.deepEqual([a.head[4], a.deprel[4]], [7, "nsubj"]);
});

test("a verb with its own subject, or an infinitive, keeps what it has ('On Saturday, the envoy, Lee, said')", () => {
  const withSubject = analysis([
    ["On", "ADP", 2, "case"], ["Saturday", "PROPN", 6, "obl"], [",", "PUNCT", 4, "punct"], ["the", "DET", 4, "det"], ["envoy", "NOUN", 6, "nsubj"], ["said", "VERB", 0, "root"],
  ]);
  const participle = analysis([
    ["On", "ADP", 2, "case"], ["Saturday", "PROPN", 6, "obl"], [",", "PUNCT", 5, "punct"], ["the", "DET", 5, "det"], ["envoy", "NOUN", 2, "appos"], ["saying", "VERB", 0, "root"],
  ]);
  for (const { a, t } of [withSubject, participle]) {
    const before = JSON.stringify(a);
    repairFrontedSubjects(t);
    assert.equal(JSON.stringify(a), before);
  }
});

test("a verb with an agent and no 'be' modifies its noun, and the verb after it is the clause's ('Soldiers led by Tiani detained Bazoum')", () => {
  const { a, t } = analysis([
    ["Soldiers", "NOUN", 2, "nsubj"], ["led", "VERB", 0, "root"], ["by", "ADP", 4, "case"], ["Tiani", "PROPN", 2, "obl:agent"],
    ["detained", "VERB", 2, "xcomp"], ["Bazoum", "PROPN", 5, "obj"], [".", "PUNCT", 2, "punct"],
  ]);
  repairAgentParticiples(t);
  assert.deepEqual([a.head[4], a.deprel[4]], [-1, "root"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [4, "nsubj"]);
  assert.deepEqual([a.head[1], a.deprel[1]], [0, "acl"]);
  assert.equal(a.head[6], 4);
});

test("a passive with 'be' keeps its verb ('Bazoum was detained by soldiers and freed')", () => {
  const { a, t } = analysis([
    ["Bazoum", "PROPN", 3, "nsubj:pass"], ["was", "AUX", 3, "aux:pass"], ["detained", "VERB", 0, "root"], ["by", "ADP", 5, "case"],
    ["soldiers", "NOUN", 3, "obl:agent"], ["and", "CCONJ", 7, "cc"], ["freed", "VERB", 3, "conj"],
  ]);
  const before = JSON.stringify(a);
  repairAgentParticiples(t);
  assert.equal(JSON.stringify(a), before);
});

test("the verb after an agent participle may hang beside it ('held since July, when members, led by Tiani, detained him')", () => {
  const { a, t } = analysis([
    ["held", "VERB", 0, "root"], ["when", "ADV", 5, "advmod"], ["members", "NOUN", 5, "nsubj"], [",", "PUNCT", 5, "punct"], ["led", "VERB", 1, "advcl"],
    ["by", "ADP", 7, "case"], ["Tiani", "PROPN", 5, "obl:agent"], [",", "PUNCT", 9, "punct"], ["detained", "VERB", 1, "parataxis"], ["him", "PRON", 9, "obj"],
  ]);
  repairAgentParticiples(t);
  assert.deepEqual([a.head[8], a.deprel[8]], [0, "advcl"]);
  assert.deepEqual([a.head[2], a.deprel[2]], [8, "nsubj"]);
  assert.deepEqual([a.head[4], a.deprel[4]], [2, "acl"]);
  assert.equal(a.head[1], 8);
});

test("a participle set off by commas gives the subject back to the verb it hangs on ('Araghchi, speaking in Istanbul, said')", () => {
  const { a, t } = analysis([
    ["Araghchi", "PROPN", 3, "nsubj"], [",", "PUNCT", 3, "punct"], ["speaking", "VERB", 7, "ccomp"], ["in", "ADP", 5, "case"], ["Istanbul", "PROPN", 3, "obl"],
    [",", "PUNCT", 3, "punct"], ["said", "VERB", 0, "root"], ["it", "PRON", 9, "nsubj"], ["failed", "VERB", 7, "ccomp"],
  ]);
  repairSetOffParticiples(t);
  assert.deepEqual([a.head[0], a.deprel[0]], [6, "nsubj"]);
  assert.equal(a.deprel[2], "advcl");
});

test("a participle with its own auxiliary, or a verb with its own subject, keeps its subject ('Lee, who was speaking, ...')", () => {
  const { a, t } = analysis([
    ["They", "PRON", 4, "nsubj"], [",", "PUNCT", 4, "punct"], ["were", "AUX", 4, "aux"], ["speaking", "VERB", 6, "ccomp"], ["when", "ADV", 6, "advmod"], ["left", "VERB", 0, "root"],
  ]);
  const before = JSON.stringify(a);
  repairSetOffParticiples(t);
  assert.equal(JSON.stringify(a), before);
});

test("two subjects with a coordinator between them hung on the verb are conjuncts, not a title and a name", () => {
  const { a, t } = analysis([
    ["Ethiopia", "PROPN", 3, "nmod:poss"], ["'s", "PART", 1, "case"], ["government", "NOUN", 7, "nsubj"], ["and", "CCONJ", 7, "cc"],
    ["the", "DET", 6, "det"], ["Front", "PROPN", 7, "nsubj"], ["agreed", "VERB", 0, "root"],
  ]);
  repairDoubleSubjects(t);
  assert.deepEqual([a.head[2], a.deprel[2]], [6, "nsubj"]);
  assert.deepEqual([a.head[5], a.deprel[5]], [2, "conj"]);
  assert.deepEqual([a.head[3], a.deprel[3]], [5, "cc"]);
});

test("a coordinator between two modifiers of one noun joins them ('French and Egyptian warships')", () => {
  const { a, t } = analysis([
    ["French", "ADJ", 4, "amod"], ["and", "CCONJ", 4, "cc"], ["Egyptian", "ADJ", 4, "amod"], ["warships", "NOUN", 5, "nsubj"], ["sailed", "VERB", 0, "root"],
  ]);
  repairCoordinatedModifiers(t);
  assert.deepEqual([a.head[2], a.deprel[2]], [0, "conj"]);
  assert.deepEqual([a.head[1], a.deprel[1]], [2, "cc"]);
});

test("a coordinator before a noun's only modifier joins the noun to the one before ('Lima and Andean capitals')", () => {
  const { a, t } = analysis([
    ["Lima", "PROPN", 5, "nsubj"], ["and", "CCONJ", 4, "cc"], ["Andean", "ADJ", 4, "amod"], ["capitals", "NOUN", 1, "conj"], ["signed", "VERB", 0, "root"],
  ]);
  const before = JSON.stringify(a);
  repairCoordinatedModifiers(t);
  assert.equal(JSON.stringify(a), before);
});

test("a name hung on the day after it takes the day's place in the phrase ('a protest with Albania today')", () => {
  const { a, t } = analysis([
    ["Serbia", "PROPN", 2, "nsubj"], ["lodged", "VERB", 0, "root"], ["a", "DET", 4, "det"], ["protest", "NOUN", 2, "obj"],
    ["with", "ADP", 7, "case"], ["Albania", "PROPN", 7, "compound"], ["today", "NOUN", 4, "nmod"],
  ]);
  repairNamesBeforeDays(t);
  assert.deepEqual([a.head[5], a.deprel[5]], [3, "nmod"]);
  assert.equal(a.head[4], 5);
  assert.deepEqual([a.head[6], a.deprel[6]], [1, "obl:unmarked"]);
});

test("a name before a day that hangs on a verb is left to the subject repair ('Pakistan today threatened')", () => {
  const { a, t } = analysis([["Pakistan", "PROPN", 2, "compound"], ["today", "NOUN", 3, "obl:unmarked"], ["threatened", "VERB", 0, "root"], ["India", "PROPN", 3, "obj"]]);
  const before = JSON.stringify(a);
  repairNamesBeforeDays(t);
  assert.equal(JSON.stringify(a), before);
});

test("a verb of saying takes a clause: its object and the participle after it are the clause's subject and verb ('said the attack targeted members')", () => {
  const { a, t } = analysis([
    ["He", "PRON", 2, "nsubj"], ["said", "VERB", 0, "root"], ["the", "DET", 4, "det"], ["attack", "NOUN", 2, "obj"],
    ["targeted", "VERB", 4, "acl"], ["members", "NOUN", 5, "obj"],
  ]);
  a.lemma[1] = "say";
  repairReducedRelatives(t);
  assert.deepEqual([a.head[4], a.deprel[4]], [1, "ccomp"]);
  assert.deepEqual([a.head[3], a.deprel[3]], [4, "nsubj"]);
});

test("a verb that is no verb of saying keeps its object and the participle on it ('sold the trucks carried aid' stays)", () => {
  const { a, t } = analysis([
    ["They", "PRON", 2, "nsubj"], ["sold", "VERB", 0, "root"], ["the", "DET", 4, "det"], ["trucks", "NOUN", 2, "obj"],
    ["used", "VERB", 4, "acl"], ["roads", "NOUN", 5, "obj"],
  ]);
  const before = JSON.stringify(a);
  repairReducedRelatives(t);
  assert.equal(JSON.stringify(a), before);
});

test("a name marked by a word that can begin a clause, with a past verb hung beside it, is that verb's subject ('hours after Trump threatened')", () => {
  const { a, t } = analysis([
    ["hours", "NOUN", 0, "root"], ["after", "ADP", 4, "case"], ["President", "PROPN", 4, "nmod:desc"], ["Trump", "PROPN", 1, "nmod"],
    ["threatened", "VERB", 1, "acl"], ["tariffs", "NOUN", 5, "obj"],
  ]);
  a.lemma[4] = "threaten";
  repairSubordinateClauses(t);
  assert.deepEqual([a.head[4], a.deprel[4]], [0, "acl"]);
  assert.deepEqual([a.head[3], a.deprel[3]], [4, "nsubj"]);
  assert.deepEqual([a.head[1], a.deprel[1]], [4, "mark"]);
});

test("a name marked by a plain preposition keeps its participle ('the convoy with Red Cross staff trapped')", () => {
  const { a, t } = analysis([
    ["convoy", "NOUN", 0, "root"], ["with", "ADP", 3, "case"], ["Oxfam", "PROPN", 1, "nmod"], ["trapped", "VERB", 1, "acl"], ["there", "ADV", 4, "advmod"],
  ]);
  a.lemma[3] = "trap";
  const before = JSON.stringify(a);
  repairSubordinateClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("a common noun marked by 'after', with a past verb and its object hung beside it, is that verb's subject ('a day after its fighters seized a ship')", () => {
  const { a, t } = analysis([
    ["keep", "VERB", 0, "root"], ["after", "ADP", 4, "case"], ["its", "PRON", 4, "nmod:poss"], ["fighters", "NOUN", 1, "obl"],
    ["seized", "VERB", 1, "xcomp"], ["a", "DET", 7, "det"], ["ship", "NOUN", 5, "obj"],
  ]);
  a.lemma[4] = "seize";
  repairSubordinateClauses(t);
  assert.deepEqual([a.head[4], a.deprel[4]], [0, "advcl"]);
  assert.deepEqual([a.head[3], a.deprel[3]], [4, "nsubj"]);
  assert.deepEqual([a.head[1], a.deprel[1]], [4, "mark"]);
});

test("a common noun after 'after' keeps a participle with no object ('after talks held in Doha')", () => {
  const { a, t } = analysis([
    ["resumed", "VERB", 0, "root"], ["after", "ADP", 3, "case"], ["talks", "NOUN", 1, "obl"], ["held", "VERB", 3, "acl"], ["in", "ADP", 6, "case"], ["Doha", "PROPN", 4, "obl"],
  ]);
  a.lemma[3] = "hold";
  const before = JSON.stringify(a);
  repairSubordinateClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("an infinitive hung on the noun of a phrase between a verb that takes one and it belongs to the verb ('agreed in principle to provide')", () => {
  const { a, t } = analysis([
    ["ministers", "NOUN", 2, "nsubj"], ["agreed", "VERB", 0, "root"], ["in", "ADP", 4, "case"], ["principle", "NOUN", 2, "obl"],
    ["to", "PART", 6, "mark"], ["provide", "VERB", 4, "acl"], ["aid", "NOUN", 6, "obj"],
  ]);
  a.lemma[1] = "agree";
  repairDisplacedInfinitives(t);
  assert.deepEqual([a.head[5], a.deprel[5]], [1, "xcomp"]);
});

test("an infinitive on a phrase's noun stays where it is when the verb takes none ('met in Geneva to discuss aid')", () => {
  const { a, t } = analysis([
    ["ministers", "NOUN", 2, "nsubj"], ["met", "VERB", 0, "root"], ["in", "ADP", 4, "case"], ["Geneva", "PROPN", 2, "obl"],
    ["to", "PART", 6, "mark"], ["discuss", "VERB", 4, "acl"], ["aid", "NOUN", 6, "obj"],
  ]);
  a.lemma[1] = "meet";
  const before = JSON.stringify(a);
  repairDisplacedInfinitives(t);
  assert.equal(JSON.stringify(a), before);
});

test("a 'that' read as a relative pronoun on a day is the marker of what the verb says, or of its object's content ('announced on Thursday that', 'its demand today that')", () => {
  const said = analysis([
    ["Kobakhidze", "PROPN", 2, "nsubj"], ["announced", "VERB", 0, "root"], ["on", "ADP", 4, "case"], ["Thursday", "PROPN", 2, "obl"],
    ["that", "PRON", 8, "obj"], ["Georgia", "PROPN", 8, "nsubj"], ["would", "AUX", 8, "aux"], ["suspend", "VERB", 4, "acl:relcl"],
  ]);
  repairThatClauses(said.t);
  assert.deepEqual([said.a.head[7], said.a.deprel[7]], [1, "ccomp"]);
  assert.deepEqual([said.a.head[4], said.a.deprel[4], said.a.upos[4]], [7, "mark", "SCONJ"]);
  const demand = analysis([
    ["ILO", "PROPN", 2, "nsubj"], ["reiterated", "VERB", 0, "root"], ["its", "PRON", 4, "nmod:poss"], ["demand", "NOUN", 2, "obj"], ["today", "NOUN", 2, "obl:unmarked"],
    ["that", "PRON", 8, "obj"], ["Israel", "PROPN", 8, "nsubj"], ["ease", "VERB", 5, "acl:relcl"], ["restrictions", "NOUN", 8, "obj"],
  ]);
  repairThatClauses(demand.t);
  assert.deepEqual([demand.a.head[7], demand.a.deprel[7]], [3, "acl"]);
});

test("a relative 'that' on a noun, the clause's object slot empty, stays a relative pronoun ('the deal that Israel signed')", () => {
  const { a, t } = analysis([
    ["the", "DET", 2, "det"], ["deal", "NOUN", 5, "nsubj"], ["that", "PRON", 4, "obj"], ["Israel", "PROPN", 4, "nsubj"], ["signed", "VERB", 2, "acl:relcl"], ["collapsed", "VERB", 0, "root"],
  ]);
  const before = JSON.stringify(a);
  repairThatClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("a bare verb coordinated with a past verb's object, before an object of its own, is a noun compound ('fired water cannon and tear gas at protesters')", () => {
  const { a, t } = analysis([
    ["Police", "NOUN", 2, "nsubj"], ["fired", "VERB", 0, "root"], ["water", "NOUN", 4, "compound"], ["cannon", "NOUN", 2, "obj"], ["and", "CCONJ", 6, "cc"],
    ["tear", "VERB", 2, "conj"], ["gas", "NOUN", 6, "obj"], ["at", "ADP", 9, "case"], ["protesters", "NOUN", 6, "obl"],
  ]);
  a.lemma[1] = "fire";
  repairCompoundsReadAsVerbs(t);
  assert.deepEqual([a.upos[5], a.head[5], a.deprel[5]], ["NOUN", 6, "compound"]);
  assert.deepEqual([a.head[6], a.deprel[6]], [3, "conj"]);
  assert.equal(a.head[4], 6, "the coordinator goes with the conjunct");
  assert.deepEqual([a.head[8], a.deprel[8]], [1, "obl"]);
});

test("under a bare verb a bare verb may be a conjunct ('will seize the town and burn houses' stays)", () => {
  const { a, t } = analysis([
    ["They", "PRON", 3, "nsubj"], ["will", "AUX", 3, "aux"], ["seize", "VERB", 0, "root"], ["the", "DET", 5, "det"], ["town", "NOUN", 3, "obj"],
    ["and", "CCONJ", 7, "cc"], ["burn", "VERB", 5, "conj"], ["houses", "NOUN", 7, "obj"],
  ]);
  const before = JSON.stringify(a);
  repairCompoundsReadAsVerbs(t);
  assert.equal(JSON.stringify(a), before);
});

test("after a comma, an act in words coordinated into what a speaker says is the speaker's next act ('said ... had struck the sites, and threatened')", () => {
  const { a, t } = analysis([
    ["Trump", "PROPN", 2, "nsubj"], ["said", "VERB", 0, "root"], ["aircraft", "NOUN", 5, "nsubj"], ["had", "AUX", 5, "aux"], ["struck", "VERB", 2, "ccomp"],
    ["sites", "NOUN", 5, "obj"], [",", "PUNCT", 9, "punct"], ["and", "CCONJ", 9, "cc"], ["threatened", "VERB", 5, "conj"], ["attacks", "NOUN", 9, "obj"],
  ]);
  a.lemma[1] = "say"; a.lemma[4] = "strike"; a.lemma[8] = "threaten";
  repairSpeakersNextActs(t);
  assert.deepEqual([a.head[8], a.deprel[8]], [1, "conj"]);
});

test("an act not done in words stays in the reported clause ('said the army had seized the town, and burned houses')", () => {
  const { a, t } = analysis([
    ["He", "PRON", 2, "nsubj"], ["said", "VERB", 0, "root"], ["army", "NOUN", 5, "nsubj"], ["had", "AUX", 5, "aux"], ["seized", "VERB", 2, "ccomp"],
    ["town", "NOUN", 5, "obj"], [",", "PUNCT", 9, "punct"], ["and", "CCONJ", 9, "cc"], ["burned", "VERB", 5, "conj"], ["houses", "NOUN", 9, "obj"],
  ]);
  a.lemma[1] = "say"; a.lemma[4] = "seize"; a.lemma[8] = "burn";
  const before = JSON.stringify(a);
  repairSpeakersNextActs(t);
  assert.equal(JSON.stringify(a), before);
});

test("a reporting clause after a comma, read as a relative clause with no relative word, hangs on the main verb ('..., Qatar's prime minister announced on Wednesday')", () => {
  const { a, t } = analysis([
    ["Israel", "PROPN", 2, "nsubj"], ["agreed", "VERB", 0, "root"], ["to", "ADP", 4, "case"], ["exchange", "NOUN", 2, "obl"], [",", "PUNCT", 7, "punct"],
    ["minister", "NOUN", 7, "nsubj"], ["announced", "VERB", 4, "acl:relcl"], ["on", "ADP", 9, "case"], ["Wednesday", "PROPN", 7, "obl"],
  ]);
  a.lemma[6] = "announce";
  repairReportingClauses(t);
  assert.deepEqual([a.head[6], a.deprel[6]], [1, "parataxis"]);
});

test("a relative clause with its relative word, or with no comma before it, stays ('the exchange the minister announced on Wednesday')", () => {
  const rows: Array<[string, string, number, string]> = [
    ["Israel", "PROPN", 2, "nsubj"], ["agreed", "VERB", 0, "root"], ["to", "ADP", 5, "case"], ["the", "DET", 5, "det"], ["exchange", "NOUN", 2, "obl"],
    ["the", "DET", 7, "det"], ["minister", "NOUN", 8, "nsubj"], ["announced", "VERB", 5, "acl:relcl"], ["on", "ADP", 10, "case"], ["Wednesday", "PROPN", 8, "obl"],
  ];
  const { a, t } = analysis(rows);
  a.lemma[7] = "announce";
  const before = JSON.stringify(a);
  repairReportingClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("the first piece of a hyphenated modifier belongs to its last, and the noun takes the place the first piece held ('reached war-torn Mozambique')", () => {
  const { a, t } = analysis([
    ["Aid", "PROPN", 2, "nsubj"], ["reached", "VERB", 0, "root"], ["war", "NOUN", 2, "obj"], ["-", "PUNCT", 3, "punct"], ["torn", "ADJ", 6, "amod"],
    ["Mozambique", "PROPN", 2, "parataxis"],
  ]);
  repairHyphenatedModifiers(t);
  assert.deepEqual([a.head[2], a.deprel[2]], [4, "compound"]);
  assert.deepEqual([a.head[5], a.deprel[5]], [1, "obj"]);
});

test("an adjective after a hyphen that modifies no noun after it stays as it is ('was well-known')", () => {
  const { a, t } = analysis([["It", "PRON", 4, "nsubj"], ["was", "AUX", 4, "cop"], ["well", "ADV", 4, "advmod"], ["-", "PUNCT", 4, "punct"], ["known", "ADJ", 0, "root"]]);
  const before = JSON.stringify(a);
  repairHyphenatedModifiers(t);
  assert.equal(JSON.stringify(a), before);
});

test("a span of time read as the subject, with the name after its 'after' before the verb, gives the verb its subject ('a day after Seoul partly suspended the pact')", () => {
  const { a, t } = analysis([
    ["scrap", "VERB", 0, "root"], ["a", "DET", 3, "det"], ["day", "NOUN", 7, "nsubj"], ["after", "ADP", 5, "case"], ["Seoul", "PROPN", 3, "nmod"],
    ["partly", "ADV", 7, "advmod"], ["suspended", "VERB", 1, "conj"], ["pact", "NOUN", 7, "obj"],
  ]);
  a.lemma[6] = "suspend";
  repairSpansBeforeClauses(t);
  assert.deepEqual([a.head[4], a.deprel[4]], [6, "nsubj"]);
  assert.deepEqual([a.head[3], a.deprel[3]], [6, "mark"]);
  assert.deepEqual([a.head[2], a.deprel[2]], [6, "obl:npmod"]);
  assert.equal(a.deprel[6], "advcl");
});

test("a span of time that is the subject itself stays so ('Two days passed before talks resumed')", () => {
  const { a, t } = analysis([["Two", "NUM", 2, "nummod"], ["days", "NOUN", 3, "nsubj"], ["passed", "VERB", 0, "root"], ["before", "SCONJ", 6, "mark"], ["talks", "NOUN", 6, "nsubj"], ["resumed", "VERB", 3, "advcl"]]);
  a.lemma[2] = "pass";
  const before = JSON.stringify(a);
  repairSpansBeforeClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("'have' before a past participle, adverbs of time between, is the perfect's auxiliary ('Zelensky had earlier praised Trump')", () => {
  const { a, t } = analysis([
    ["Zelensky", "PROPN", 2, "nsubj"], ["had", "VERB", 0, "root"], ["earlier", "ADV", 4, "advmod"], ["praised", "VERB", 2, "xcomp"], ["Trump", "PROPN", 4, "obj"],
  ]);
  a.lemma[1] = "have"; a.lemma[3] = "praise";
  repairPerfectAuxiliaries(t);
  assert.deepEqual([a.head[3], a.deprel[3]], [-1, "root"]);
  assert.deepEqual([a.head[1], a.deprel[1], a.upos[1]], [3, "aux", "AUX"]);
  assert.deepEqual([a.head[0], a.deprel[0]], [3, "nsubj"]);
});

test("'have' with a manner adverb before a participle keeps its own reading ('I still have surgically induced hair loss')", () => {
  const { a, t } = analysis([
    ["I", "PRON", 3, "nsubj"], ["still", "ADV", 3, "advmod"], ["have", "VERB", 0, "root"], ["surgically", "ADV", 5, "advmod"], ["induced", "VERB", 3, "xcomp"],
    ["hair", "NOUN", 7, "compound"], ["loss", "NOUN", 5, "obj"],
  ]);
  a.lemma[2] = "have"; a.lemma[4] = "induce";
  const before = JSON.stringify(a);
  repairPerfectAuxiliaries(t);
  assert.equal(JSON.stringify(a), before);
});

test("a verb hung as the conjunct of a verb's object goes to the verb ('threw stones and set fire')", () => {
  const { a, t } = analysis([
    ["They", "PRON", 2, "nsubj"], ["threw", "VERB", 0, "root"], ["stones", "NOUN", 2, "obj"], ["and", "CCONJ", 5, "cc"], ["set", "VERB", 3, "conj"], ["fire", "NOUN", 5, "obj"],
  ]);
  repairVerbConjunctsOfObjects(t);
  assert.deepEqual([a.head[4], a.deprel[4]], [1, "conj"]);
});

test("a verb conjunct with its own subject stays where it is ('seized the town and the army fled' is another clause)", () => {
  const { a, t } = analysis([
    ["They", "PRON", 2, "nsubj"], ["seized", "VERB", 0, "root"], ["town", "NOUN", 2, "obj"], ["and", "CCONJ", 6, "cc"], ["army", "NOUN", 6, "nsubj"], ["fled", "VERB", 3, "conj"],
  ]);
  const before = JSON.stringify(a);
  repairVerbConjunctsOfObjects(t);
  assert.equal(JSON.stringify(a), before);
});

test("a verb coordinated after 'and' with no subject takes the noun phrase after the 'and' that the parser hung on the first verb ('called it wrong, and the opposition party, led by Lee, said')", () => {
  const { a, t } = analysis([
    ["Han", "PROPN", 2, "nsubj"], ["called", "VERB", 0, "root"], ["it", "PRON", 2, "obj"], ["wrong", "ADJ", 2, "xcomp"], [",", "PUNCT", 7, "punct"],
    ["and", "CCONJ", 7, "cc"], ["Party", "PROPN", 2, "xcomp"], [",", "PUNCT", 9, "punct"], ["said", "VERB", 2, "conj"], ["so", "ADV", 9, "advmod"],
  ]);
  repairCoordinatedClauseSubjects(t);
  assert.deepEqual([a.head[6], a.deprel[6]], [8, "nsubj"]);
  assert.deepEqual([a.head[5], a.deprel[5]], [8, "cc"]);
});

test("a noun's own conjunct after 'and' is no clause's subject ('after the governor of Hunan and Hubei, Lin Zexu, banned')", () => {
  const { a, t } = analysis([
    ["fought", "VERB", 0, "root"], ["governor", "NOUN", 1, "obl"], ["of", "ADP", 4, "case"], ["Hunan", "PROPN", 2, "nmod"], ["and", "CCONJ", 6, "cc"],
    ["Hubei", "PROPN", 4, "conj"], [",", "PUNCT", 8, "punct"], ["Lin", "PROPN", 2, "appos"], ["banned", "VERB", 1, "conj"], ["trade", "NOUN", 9, "obj"],
  ]);
  const before = JSON.stringify(a);
  repairCoordinatedClauseSubjects(t);
  assert.equal(JSON.stringify(a), before);
});

test("a subordinator read as the preposition of the phrase right before a subjectless verb: the phrase is the subject ('as Kyiv and Moscow accused')", () => {
  const { a, t } = analysis([
    ["Homes", "NOUN", 3, "nsubj:pass"], ["were", "AUX", 3, "aux:pass"], ["flooded", "VERB", 0, "root"], ["as", "ADP", 5, "case"], ["Kyiv", "PROPN", 8, "obl"],
    ["and", "CCONJ", 7, "cc"], ["Moscow", "PROPN", 5, "conj"], ["accused", "VERB", 3, "advcl"], ["each", "DET", 8, "obj"], ["other", "ADJ", 9, "fixed"],
  ]);
  repairSubordinatorsReadAsPrepositions(t);
  assert.equal(a.deprel[4], "nsubj");
  assert.equal(a.head[3], 7);
  assert.equal(a.deprel[3], "mark");
});

test("a phrase marked 'as' before a verb with a subject of its own stays a phrase ('as chairman he signed')", () => {
  const { a, t } = analysis([
    ["As", "ADP", 2, "case"], ["chairman", "NOUN", 4, "obl"], ["he", "PRON", 4, "nsubj"], ["signed", "VERB", 0, "root"], ["it", "PRON", 4, "obj"],
  ]);
  const before = JSON.stringify(a);
  repairSubordinatorsReadAsPrepositions(t);
  assert.equal(JSON.stringify(a), before);
});

test("a relative clause hung on the main verb as its complement: the phrase before 'which' is the main verb's subject", () => {
  const { a, t } = analysis([
    ["The", "DET", 2, "det"], ["committee", "NOUN", 5, "obj"], [",", "PUNCT", 2, "punct"], ["which", "PRON", 5, "nsubj"], ["met", "VERB", 9, "ccomp"],
    ["under", "ADP", 7, "case"], ["Sharif", "PROPN", 5, "obl"], [",", "PUNCT", 5, "punct"], ["said", "VERB", 0, "root"], ["it", "PRON", 11, "nsubj"], ["agreed", "VERB", 9, "ccomp"],
  ]);
  repairRelativeClausesTakenAsComplements(t);
  assert.equal(a.head[1], 8);
  assert.equal(a.deprel[1], "nsubj");
  assert.equal(a.head[4], 1);
  assert.equal(a.deprel[4], "acl:relcl");
});

test("a main verb with a subject of its own keeps its complement ('He said the committee, which met, agreed')", () => {
  const { a, t } = analysis([
    ["He", "PRON", 2, "nsubj"], ["said", "VERB", 0, "root"], ["the", "DET", 4, "det"], ["committee", "NOUN", 6, "obj"], ["which", "PRON", 6, "nsubj"], ["met", "VERB", 2, "ccomp"], ["agreed", "VERB", 6, "conj"],
  ]);
  const before = JSON.stringify(a);
  repairRelativeClausesTakenAsComplements(t);
  assert.equal(JSON.stringify(a), before);
});

test("a span of time hung on a verb as its bare measure, with the name after 'after' as the span's modifier: the name is the subject ('a day after police arrested him')", () => {
  const { a, t } = analysis([
    ["a", "DET", 2, "det"], ["day", "NOUN", 5, "obl:unmarked"], ["after", "ADP", 4, "case"], ["police", "NOUN", 2, "nmod"], ["arrested", "VERB", 0, "root"], ["him", "PRON", 5, "obj"],
  ]);
  repairSpansBeforeClauses(t);
  assert.equal(a.head[3], 4);
  assert.equal(a.deprel[3], "nsubj");
  assert.equal(a.deprel[2], "mark");
});

test("a span of time without a clause-opening marker stays a measure ('a day of talks ended')", () => {
  const { a, t } = analysis([
    ["a", "DET", 2, "det"], ["day", "NOUN", 5, "obl:unmarked"], ["of", "ADP", 4, "case"], ["talks", "NOUN", 2, "nmod"], ["ended", "VERB", 0, "root"],
  ]);
  const before = JSON.stringify(a);
  repairSpansBeforeClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("the middle item of a series the subordinate clause before it opens is that clause's conjunct ('a day after they seized power, detained X and halted Y')", () => {
  const { a, t } = analysis([
    ["Officers", "NOUN", 2, "nsubj"], ["swore", "VERB", 0, "root"], ["in", "ADP", 2, "compound:prt"], ["Tiani", "PROPN", 2, "obj"], [",", "PUNCT", 8, "punct"],
    ["after", "SCONJ", 8, "mark"], ["they", "PRON", 8, "nsubj"], ["seized", "VERB", 2, "advcl"], ["power", "NOUN", 8, "obj"], [",", "PUNCT", 11, "punct"],
    ["detained", "VERB", 2, "conj"], ["Bazoum", "PROPN", 11, "obj"], ["and", "CCONJ", 14, "cc"], ["halted", "VERB", 11, "conj"], ["talks", "NOUN", 14, "obj"],
  ]);
  repairSeriesInSubordinateClauses(t);
  assert.equal(a.head[10], 7);
  assert.equal(a.head[13], 7);
});

test("a main verb's own next act after the subordinate clause keeps its coordinator and its place ('..., after they seized power, and pledged elections')", () => {
  const { a, t } = analysis([
    ["Officers", "NOUN", 2, "nsubj"], ["swore", "VERB", 0, "root"], ["in", "ADP", 2, "compound:prt"], ["Tiani", "PROPN", 2, "obj"], [",", "PUNCT", 8, "punct"],
    ["after", "SCONJ", 8, "mark"], ["they", "PRON", 8, "nsubj"], ["seized", "VERB", 2, "advcl"], ["power", "NOUN", 8, "obj"], [",", "PUNCT", 12, "punct"],
    ["and", "CCONJ", 12, "cc"], ["pledged", "VERB", 2, "conj"], ["elections", "NOUN", 12, "obj"],
  ]);
  const before = JSON.stringify(a);
  repairSeriesInSubordinateClauses(t);
  assert.equal(JSON.stringify(a), before);
});

test("a list split by a subject the parser took from its second name: the phrase before it is the subject, the names its conjuncts", () => {
  const { a, t } = analysis([
    ["the", "DET", 2, "det"], ["ministers", "NOUN", 9, "obl"], ["of", "ADP", 4, "case"], ["Russia", "PROPN", 2, "nmod"], [",", "PUNCT", 6, "punct"],
    ["Iran", "PROPN", 9, "nsubj"], ["and", "CCONJ", 8, "cc"], ["Turkey", "PROPN", 6, "conj"], ["met", "VERB", 0, "root"],
  ]);
  repairListsSplitBySubject(t);
  assert.equal(a.deprel[1], "nsubj");
  assert.equal(a.head[5], 3);
  assert.equal(a.deprel[5], "conj");
  assert.equal(a.head[7], 3);
});

test("a fronted phrase with its own preposition before a subject after a comma stays ('In Russia, Iran met')", () => {
  const { a, t } = analysis([
    ["In", "ADP", 2, "case"], ["Russia", "PROPN", 4, "obl"], [",", "PUNCT", 4, "punct"], ["Iran", "PROPN", 5, "nsubj"], ["met", "VERB", 0, "root"],
  ]);
  a.head[3] = 4; a.deprel[3] = "nsubj";
  const before = JSON.stringify(a);
  repairListsSplitBySubject(t);
  assert.equal(JSON.stringify(a), before);
});

test("'up to' bounds a number, it is no preposition: the noun it counts is the subject before the verb, the object after it", () => {
  const { a, t } = analysis([
    ["Up", "ADP", 6, "mark"], ["to", "ADP", 5, "case"], ["100", "NUM", 5, "nummod"], ["ethnic", "ADJ", 5, "amod"], ["Albanians", "PROPN", 6, "obl"],
    ["demonstrated", "VERB", 0, "root"], [".", "PUNCT", 6, "punct"],
  ]);
  repairQuantityBounds(t);
  assert.deepEqual([a.head[0], a.deprel[0], a.head[1], a.deprel[1], a.deprel[4]], [2, "advmod", 0, "fixed", "nsubj"]);
  const passive = analysis([
    ["Up", "ADP", 6, "mark"], ["to", "ADP", 4, "case"], ["100", "NUM", 4, "nummod"], ["people", "NOUN", 6, "obl"], ["were", "AUX", 6, "aux:pass"],
    ["killed", "VERB", 0, "root"],
  ]);
  repairQuantityBounds(passive.t);
  assert.equal(passive.a.deprel[3], "nsubj:pass");
  const after = analysis([
    ["The", "DET", 2, "det"], ["army", "NOUN", 3, "nsubj"], ["sent", "VERB", 0, "root"], ["up", "ADP", 7, "advmod"], ["to", "ADP", 7, "case"],
    ["500", "NUM", 7, "nummod"], ["troops", "NOUN", 3, "obl"],
  ]);
  repairQuantityBounds(after.t);
  assert.equal(after.a.deprel[6], "obj");
});

test("'to' after 'up' with no number is a preposition: 'went up to the border' is left alone", () => {
  const { a, t } = analysis([
    ["Troops", "NOUN", 2, "nsubj"], ["went", "VERB", 0, "root"], ["up", "ADV", 2, "advmod"], ["to", "ADP", 6, "case"], ["the", "DET", 6, "det"], ["border", "NOUN", 2, "obl"],
  ]);
  const before = JSON.stringify(a);
  repairQuantityBounds(t);
  assert.equal(JSON.stringify(a), before);
});

test("a passive has one subject: of two before the verb, the farther is the nearer's title; a passive subject alone is left", () => {
  const { a, t } = analysis([
    ["opposition", "NOUN", 2, "compound"], ["politician", "NOUN", 6, "nsubj:pass"], ["Aminata", "PROPN", 6, "nsubj:pass"], ["Toure", "PROPN", 3, "flat"],
    ["was", "AUX", 6, "aux:pass"], ["arrested", "VERB", 0, "root"],
  ]);
  repairDoubleSubjects(t);
  assert.deepEqual([a.head[1], a.deprel[1], a.deprel[2]], [2, "compound", "nsubj:pass"]);
  const single = analysis([["Toure", "PROPN", 3, "nsubj:pass"], ["was", "AUX", 3, "aux:pass"], ["arrested", "VERB", 0, "root"]]);
  const before = JSON.stringify(single.a);
  repairDoubleSubjects(single.t);
  assert.equal(JSON.stringify(single.a), before);
});

test("a participle after 'said,' is what the speaker did while saying it (advcl); a reported clause with its subject stays ccomp", () => {
  const { a, t } = analysis([
    ["Vucic", "PROPN", 2, "nsubj"], ["said", "VERB", 0, "root"], [",", "PUNCT", 4, "punct"], ["accusing", "VERB", 2, "ccomp"], ["the", "DET", 6, "det"],
    ["protesters", "NOUN", 4, "obj"],
  ]);
  a.lemma[1] = "say";
  repairParticiplesAfterSaying(t);
  assert.equal(a.deprel[3], "advcl");
  const reported = analysis([
    ["Vucic", "PROPN", 2, "nsubj"], ["said", "VERB", 0, "root"], [",", "PUNCT", 6, "punct"], ["protesters", "NOUN", 6, "nsubj"], ["were", "AUX", 6, "aux"],
    ["attacking", "VERB", 2, "ccomp"], ["police", "NOUN", 6, "obj"],
  ]);
  reported.a.lemma[1] = "say";
  repairParticiplesAfterSaying(reported.t);
  assert.equal(reported.a.deprel[5], "ccomp");
});
