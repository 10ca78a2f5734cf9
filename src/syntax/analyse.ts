// One sentence in, its words' tags, lemmas, heads and relations out.
import { wordAtoms } from "./atoms.ts";
import type { SyntaxModel } from "./model.ts";
import { parseSentence } from "./parser.ts";
import { tagSentence, UPOS } from "./tagger.ts";
import { repairTree } from "./repairs/index.ts";

export interface SentenceAnalysis {
  upos: string[];
  lemma: string[];
  /** Index of the head within the sentence, -1 for the root. */
  head: number[];
  deprel: string[];
}

/**
 * What the pipeline knows of a word before the tagger: a name is PROPN; of a hyphenated modifier the last
 * piece is ADJ, and an earlier one ("PIECE") is no verb ("to war-torn Sudan": "war" is a noun); a fixed
 * expression's words have their tags (data/syntax/expressions.yaml).
 */
export type KnownTag = (typeof UPOS)[number] | "PIECE" | undefined;
const [VERB, NOUN, PROPN] = ["VERB", "NOUN", "PROPN"].map((t) => UPOS.indexOf(t as (typeof UPOS)[number]));

/** The lemma the treebank gives this word with this tag, else the caller's guess, else the word. */
function lemmaOf(model: SyntaxModel, form: string, tag: number, fallback?: string): string {
  const upos = UPOS[tag];
  const known = model.lemmas[tag].get(form.toLowerCase());
  if (known !== undefined) return known;
  if (upos === "PROPN") return form;
  return fallback ?? form.toLowerCase();
}

/**
 * `hints` are wink-nlp's tags for the same words, which the tagger reads as one more feature. `repair`
 * (the default) rewrites what breaks UD's own rules (./repairs/); training chooses its epoch without,
 * so that the model it writes depends on the treebank and the learner alone. `known` gives the tags the
 * pipeline knows before the tagger (names, hyphenated modifiers).
 */
export function analyseSentence(model: SyntaxModel, forms: string[], hints?: string[], fallbackLemmas?: string[], repair = true, known?: KnownTag[]): SentenceAnalysis {
  const n = forms.length;
  if (n === 0) return { upos: [], lemma: [], head: [], deprel: [] };
  const atoms = wordAtoms(forms, hints);
  const tags = tagSentence(model.tagger, atoms, n);
  // A name the entity stage found ("Arab League", read by its last word) is a name to the parser too, and
  // "Iran-backed" before a noun is its modifier, whatever "backed" alone would be.
  known?.forEach((tag, i) => {
    if (tag === "PIECE") {
      if (tags[i] === VERB) tags[i] = /^\p{Lu}/u.test(forms[i]) ? PROPN : NOUN;
    } else if (tag) tags[i] = UPOS.indexOf(tag);
  });
  const { head, label } = parseSentence(model.moves, model.labels, model.info.rootLabel, { atoms, tags, n }, undefined, model.fixedLabels);
  const upos = Array.from(tags, (t) => UPOS[t]);
  const analysis = {
    upos,
    lemma: forms.map((form, i) => lemmaOf(model, form, tags[i], fallbackLemmas?.[i])),
    head: Array.from(head.subarray(0, n), (h) => (h === n ? -1 : h)),
    deprel: Array.from(label.subarray(0, n), (l) => model.info.labels[l] ?? "dep"),
  };
  if (!repair) return analysis;
  repairTree(analysis, forms);
  return analysis;
}
