// Repairs and readings of the tree that do not depend on what the model happens to predict: each is
// run on a hand-built analysis, once where it must change the tree and once where it must not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { repairAppositions, repairFunctionWordDependents, repairReducedRelatives, repairRelativeClauses, repairSubjectBeforeDay } from "../../src/syntax/repairs.ts";
import { DependencyTree } from "../../src/syntax/index.ts";
import type { SentenceAnalysis } from "../../src/syntax/analyse.ts";

/** rows: [form, upos, head (1-based, 0 = root), relation], as in CoNLL-U. */
function analysis(rows: Array<[string, string, number, string]>): { a: SentenceAnalysis; forms: string[] } {
  return {
    forms: rows.map((r) => r[0]),
    a: { upos: rows.map((r) => r[1]), lemma: rows.map((r) => r[0].toLowerCase()), head: rows.map((r) => r[2] - 1), deprel: rows.map((r) => r[3]) },
  };
}

test("relative clause called parataxis: it hangs from the noun before 'who'", () => {
  const { a, forms } = analysis([
    ["He", "PRON", 2, "nsubj"], ["met", "VERB", 0, "root"], ["Trump", "PROPN", 2, "obj"], [",", "PUNCT", 7, "punct"],
    ["who", "PRON", 7, "nsubj"], ["has", "AUX", 7, "aux"], ["ruled", "VERB", 2, "parataxis"], ["out", "ADP", 7, "compound:prt"], ["talks", "NOUN", 7, "obj"],
  ]);
  repairRelativeClauses(a, forms);
  assert.equal(a.head[6], 2);
  assert.equal(a.deprel[6], "acl:relcl");
});

test("a question's 'who' has no noun before it: the tree stays as it is", () => {
  const { a, forms } = analysis([["Who", "PRON", 2, "nsubj"], ["attacked", "VERB", 0, "root"], ["the", "DET", 4, "det"], ["convoy", "NOUN", 2, "obj"], ["?", "PUNCT", 2, "punct"]]);
  const before = JSON.stringify(a);
  repairRelativeClauses(a, forms);
  assert.equal(JSON.stringify(a), before);
});

test("a clause that would hang from its own dependent is left alone (no cycle)", () => {
  // "said" heads "Trump": hanging "said" from "Trump" would make a cycle.
  const { a, forms } = analysis([
    ["They", "PRON", 2, "nsubj"], ["said", "VERB", 0, "root"], ["that", "SCONJ", 9, "mark"], ["Trump", "PROPN", 9, "nsubj"], [",", "PUNCT", 6, "punct"],
    ["who", "PRON", 9, "nsubj"], ["had", "AUX", 9, "aux"], ["also", "ADV", 9, "advmod"], ["spoke", "VERB", 2, "ccomp"],
  ]);
  a.head[3] = 8; // Trump hangs from "spoke"
  repairRelativeClauses(a, forms);
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
  const { a, forms } = analysis([
    ["Police", "NOUN", 0, "root"], ["used", "VERB", 1, "acl"], ["tear", "NOUN", 4, "compound"], ["gas", "NOUN", 2, "obj"], [".", "PUNCT", 1, "punct"],
  ]);
  a.lemma[1] = "use";
  repairReducedRelatives(a, forms);
  assert.deepEqual([a.head, a.deprel], [[1, -1, 3, 1, 1], ["nsubj", "root", "compound", "obj", "punct"]]);
});

test("the reported clause a second subject reveals: 'Guerrillas wounded two soldiers, police said'", () => {
  const { a, forms } = analysis([
    ["Guerrillas", "NOUN", 7, "nsubj"], ["wounded", "VERB", 1, "acl"], ["two", "NUM", 4, "nummod"], ["soldiers", "NOUN", 2, "obj"],
    [",", "PUNCT", 7, "punct"], ["police", "NOUN", 7, "nsubj"], ["said", "VERB", 0, "root"], [".", "PUNCT", 7, "punct"],
  ]);
  a.lemma[1] = "wound";
  repairReducedRelatives(a, forms);
  assert.equal(a.deprel[1], "ccomp");
  assert.equal(a.head[1], 6);
  assert.equal(a.head[0], 1);
});

test("a reduced relative without an object, or set apart by a comma, stays one ('the car used by the police')", () => {
  const { a, forms } = analysis([
    ["The", "DET", 2, "det"], ["car", "NOUN", 7, "nsubj"], ["used", "VERB", 2, "acl"], ["by", "ADP", 6, "case"], ["the", "DET", 6, "det"],
    ["police", "NOUN", 3, "obl"], ["burned", "VERB", 0, "root"], [".", "PUNCT", 7, "punct"],
  ]);
  a.lemma[2] = "use";
  const before = JSON.stringify(a);
  repairReducedRelatives(a, forms);
  assert.equal(JSON.stringify(a), before);
  const apart = analysis([
    ["Kharkiv", "PROPN", 0, "root"], [",", "PUNCT", 3, "punct"], ["shelled", "VERB", 1, "acl"], ["homes", "NOUN", 3, "obj"],
  ]);
  apart.a.lemma[2] = "shell";
  const unchanged = JSON.stringify(apart.a);
  repairReducedRelatives(apart.a, apart.forms);
  assert.equal(JSON.stringify(apart.a), unchanged);
});

test("the subject before 'today' is the verb's, not a compound of the day ('Pakistan today threatened')", () => {
  const { a, forms } = analysis([["Pakistan", "PROPN", 2, "compound"], ["today", "NOUN", 3, "obl:unmarked"], ["threatened", "VERB", 0, "root"], ["Congo", "PROPN", 3, "obj"]]);
  repairSubjectBeforeDay(a, forms);
  assert.deepEqual([a.head[0], a.deprel[0]], [2, "nsubj"]);
  const root = analysis([["A", "DET", 3, "det"], ["top", "ADJ", 3, "amod"], ["official", "ADJ", 0, "root"], ["today", "NOUN", 5, "obl:unmarked"], ["praised", "VERB", 3, "conj"], ["Haiti", "PROPN", 5, "obj"]]);
  repairSubjectBeforeDay(root.a, root.forms);
  assert.deepEqual([root.a.head[2], root.a.deprel[2], root.a.upos[2], root.a.head[4], root.a.deprel[4]], [4, "nsubj", "NOUN", -1, "root"]);
});

test("a verb with a subject of its own keeps it: 'Aid today reached Gaza, where crowds waited'", () => {
  const { a, forms } = analysis([["Aid", "NOUN", 3, "nsubj"], ["today", "NOUN", 3, "obl:unmarked"], ["reached", "VERB", 0, "root"], ["Gaza", "PROPN", 3, "obj"]]);
  const before = JSON.stringify(a);
  repairSubjectBeforeDay(a, forms);
  assert.equal(JSON.stringify(a), before);
  const notDay = analysis([["Pakistan", "PROPN", 2, "compound"], ["officials", "NOUN", 3, "nsubj"], ["threatened", "VERB", 0, "root"]]);
  const unchanged = JSON.stringify(notDay.a);
  repairSubjectBeforeDay(notDay.a, notDay.forms);
  assert.equal(JSON.stringify(notDay.a), unchanged);
});

test("a name set off by commas after a place phrase is the apposition of the noun before it ('the ambassador in Manila, Carlson,')", () => {
  const { a, forms } = analysis([
    ["The", "DET", 2, "det"], ["ambassador", "NOUN", 8, "nsubj"], ["in", "ADP", 4, "case"], ["Manila", "PROPN", 2, "nmod"],
    [",", "PUNCT", 6, "punct"], ["Carlson", "PROPN", 4, "conj"], [",", "PUNCT", 2, "punct"], ["called", "VERB", 0, "root"],
  ]);
  repairAppositions(a, forms);
  assert.deepEqual([a.head[5], a.deprel[5]], [1, "appos"]);
});

test("a real coordination of places keeps its conjuncts ('envoys in Paris, London and Berlin,')", () => {
  const { a, forms } = analysis([
    ["Envoys", "NOUN", 9, "nsubj"], ["in", "ADP", 3, "case"], ["Paris", "PROPN", 1, "nmod"], [",", "PUNCT", 5, "punct"], ["London", "PROPN", 3, "conj"],
    ["and", "CCONJ", 7, "cc"], ["Berlin", "PROPN", 3, "conj"], [",", "PUNCT", 1, "punct"], ["met", "VERB", 0, "root"],
  ]);
  const before = JSON.stringify(a);
  repairAppositions(a, forms);
  assert.equal(JSON.stringify(a), before);
});

test("a subject the parser hangs from an auxiliary is the verb's ('it had expelled')", () => {
  const { a } = analysis([["it", "PRON", 2, "nsubj"], ["had", "AUX", 3, "aux"], ["expelled", "VERB", 0, "root"], ["ships", "NOUN", 3, "obj"]]);
  repairFunctionWordDependents(a);
  assert.equal(a.head[0], 2);
  // A punctuation mark or a fixed word may hang from a function word.
  const fixed = analysis([["because", "SCONJ", 4, "mark"], ["of", "ADP", 1, "fixed"], ["it", "PRON", 4, "nsubj"], ["left", "VERB", 0, "root"]]);
  const before = JSON.stringify(fixed.a);
  repairFunctionWordDependents(fixed.a);
  assert.equal(JSON.stringify(fixed.a), before);
});
