// One sentence in, its words' tags, lemmas, heads and relations out.
import { wordAtoms, type WordAtoms } from "./atoms.ts";
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
const [VERB, NOUN, PROPN, PUNCT, AUX, SCONJ, DET, ADJ] = ["VERB", "NOUN", "PROPN", "PUNCT", "AUX", "SCONJ", "DET", "ADJ"].map((t) => UPOS.indexOf(t as (typeof UPOS)[number]));

/** The lemma the treebank gives this word with this tag, else the caller's guess, else the word. */
function lemmaOf(model: SyntaxModel, form: string, tag: number, fallback?: string): string {
  const upos = UPOS[tag];
  const known = model.lemmas[tag].get(form.toLowerCase());
  if (known !== undefined) return known;
  if (upos === "PROPN") return form;
  return fallback ?? form.toLowerCase();
}

/** Sentences of fewer words may lack a verb ("Thanks again."); longer statements have one. */
const VERBLESS_MIN = 4;
/** A "that" clause of fewer words may be no clause ("so that."); a subject and a verb make two. */
const THAT_CLAUSE_MIN = 2;
/** A verb is read in a verbless statement only where the tagger nearly chose it. */
const VERB_GAP_MAX = 20;

/**
 * The words that state something without a verb the tagger read, if any: a statement of four words or
 * more that ends in a full stop ("Juraj Cintula shot Prime Minister Robert Fico." has "shot" as a noun),
 * or a clause opened by "that" with no verb after it ("demanded that the government release the prisoners."
 * has "release" as a noun).
 */
function verblessSpan(forms: string[], tags: Uint8Array): [number, number] | undefined {
  const n = forms.length;
  const isVerb = (t: number) => t === VERB || t === AUX;
  if (n >= VERBLESS_MIN && forms[n - 1] === "." && !tags.some(isVerb)) return [0, n - 1];
  // "the detained activists": a participle after a determiner or adjective modifies a noun; it is no clause's verb.
  const isModifier = (i: number) => tags[i] === VERB && (tags[i - 1] === DET || tags[i - 1] === ADJ);
  for (let i = 0; i < n; i++) {
    if (tags[i] !== SCONJ || forms[i].toLowerCase() !== "that") continue;
    let end = i + 1;
    while (end < n && (!isVerb(tags[end]) || isModifier(end))) end++;
    if (end === n && n - i - 2 >= THAT_CLAUSE_MIN) return [i + 1, n - 1];
  }
  return undefined;
}

/** Each word's distance from a verb (`tagWithVerb`), made once and grown as sentences need. */
let verbGaps = new Float64Array(256);

/**
 * The tagger's tags, with one verb where a statement has none (verblessSpan): the word the tagger nearly
 * read as a verb is the verb, and the words after it are tagged again.
 */
function tagWithVerb(model: SyntaxModel, atoms: WordAtoms, forms: string[], known?: KnownTag[]): Uint8Array {
  const n = forms.length;
  // Each word's distance from a verb, kept as the tags are chosen: only a verbless statement reads it,
  // but keeping it costs less than tagging that statement a second time to get it.
  if (verbGaps.length < n) verbGaps = new Float64Array(2 * n);
  const gap = verbGaps;
  const tags = tagSentence(model.tagger, atoms, n, undefined, gap);
  const span = verblessSpan(forms, tags);
  if (!span) return tags;
  let word = -1;
  for (let i = span[0]; i <= span[1]; i++) {
    if (known?.[i] || tags[i] === PUNCT || tags[i] === VERB || gap[i] > VERB_GAP_MAX) continue;
    if (word < 0 || gap[i] < gap[word]) word = i;
  }
  return word < 0 ? tags : tagSentence(model.tagger, atoms, n, undefined, undefined, { word, tag: VERB });
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
  const tags = tagWithVerb(model, atoms, forms, known);
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
