// Training the syntax model from a treebank: the tagger, then the parser on tags the tagger
// predicted for text it had not seen (jackknifing, so the parser learns from realistic tags), then
// model selection on the development set. Deterministic: a fixed seed orders every pass, and the
// same data gives the same model, byte for byte.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { wordAtoms, type WordAtoms } from "../atoms.ts";
import { readConllu } from "../conllu.ts";
import { assembleModel, MODEL_FORMAT, type ModelInfo, type SyntaxModel } from "../model.ts";
import { parseSentence, type ParseTeacher } from "../parser.ts";
import { type ParseState } from "../parse-state.ts";
import { DenseWeights } from "../perceptron.ts";
import { TrainablePerceptron } from "./perceptron.ts";
import { tagSentence, UPOS } from "../tagger.ts";
import { goldWords, isTree, pipelineWords, type TrainingSentence } from "./align.ts";
import { zeroCostMoves } from "./oracle.ts";
import { scoreSyntax, type SyntaxScores } from "./score.ts";

export interface TrainOptions {
  trainPath: string;
  devPath: string;
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  folds: number;
  /** Averaged weights smaller than this are dropped from the shipped model. */
  prune: number;
  /** Train (and select) on the first sentences only: for tests. */
  limit?: number;
  log: (line: string) => void;
}

interface Prepared {
  sentence: TrainingSentence;
  atoms: WordAtoms;
  tags: Uint8Array; // gold tag ids
  heads: Int32Array; // gold heads, the root's index (n) for the root word, -1 at the root's own slot
  labels: Int32Array;
}

/** A small, seeded generator (mulberry32): the same seed, the same order. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const tagId = (upos: string) => {
  const id = (UPOS as readonly string[]).indexOf(upos);
  return id < 0 ? UPOS.indexOf("X") : id;
};

function prepare(sentence: TrainingSentence, labelIds: Map<string, number>): Prepared {
  const n = sentence.forms.length;
  const heads = new Int32Array(n + 1).fill(-1);
  sentence.head.forEach((h, i) => (heads[i] = h < 0 ? n : h));
  return {
    sentence,
    atoms: wordAtoms(sentence.forms, sentence.hints),
    tags: Uint8Array.from(sentence.upos, tagId),
    heads,
    labels: Int32Array.from(sentence.deprel, (d) => labelIds.get(d) ?? labelIds.get("dep")!),
  };
}

function trainTagger(data: Prepared[], epochs: number, random: () => number): TrainablePerceptron {
  const tagger = new TrainablePerceptron(UPOS.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const item of shuffled(data, random)) {
      tagSentence(tagger, item.atoms, item.tags.length, (i, guess, features, count) => {
        tagger.update(item.tags[i], guess, features, count);
        tagger.tick();
      });
    }
  }
  return tagger;
}

/** Tags for every training sentence from a tagger that did not see it. */
function jackknifedTags(data: Prepared[], options: TrainOptions, random: () => number): Uint8Array[] {
  const tags: Uint8Array[] = new Array(data.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const held = data.filter((_, i) => i % options.folds === fold);
    const tagger = trainTagger(data.filter((_, i) => i % options.folds !== fold), options.taggerEpochs, random).compile(0);
    data.forEach((item, i) => {
      if (i % options.folds === fold) tags[i] = tagSentence(tagger, item.atoms, item.tags.length);
    });
    options.log(`  tagger fold ${fold + 1}/${options.folds}: ${held.length} sentences tagged`);
  }
  return tags;
}

class OracleTeacher implements ParseTeacher {
  item!: Prepared;
  explore = false;
  constructor(
    private readonly moves: TrainablePerceptron,
    private readonly labels: TrainablePerceptron,
    private readonly random: () => number,
  ) {}

  chooseMove(state: ParseState, predicted: number, features: Int32Array, count: number, scores: Float64Array): number {
    const zero = zeroCostMoves(state, this.item.heads);
    this.moves.tick();
    if (zero & (1 << predicted)) return predicted;
    let best = -1;
    for (let m = 0; m < scores.length; m++) {
      if (zero & (1 << m) && (best < 0 || scores[m] > scores[best])) best = m;
    }
    this.moves.update(best, predicted, features, count);
    return this.explore && this.random() < 0.9 ? predicted : best;
  }

  chooseLabel(dependent: number, head: number, predicted: number, features: Int32Array, count: number): number {
    if (this.item.heads[dependent] !== head) return predicted;
    this.labels.tick();
    this.labels.update(this.item.labels[dependent], predicted, features, count);
    return this.item.labels[dependent];
  }
}

export function trainSyntaxModel(options: TrainOptions): { model: SyntaxModel; dev: SyntaxScores } {
  const random = seededRandom(options.seed);
  const treebank = readConllu(readFileSync(options.trainPath, "utf8")).slice(0, options.limit);
  const sentences = treebank.map(pipelineWords).filter((s) => isTree(s.head));
  options.log(`training on ${sentences.length} of ${treebank.length} sentences of ${basename(options.trainPath)} (tokenised the pipeline's way)`);
  const dev = readConllu(readFileSync(options.devPath, "utf8")).slice(0, options.limit).map(goldWords);
  const labelNames = [...new Set(sentences.flatMap((s) => s.deprel))].sort();
  if (!labelNames.includes("dep")) labelNames.push("dep");
  const labelIds = new Map(labelNames.map((l, i) => [l, i]));
  const data = sentences.map((s) => prepare(s, labelIds));

  options.log("tagger: jackknifed tags for the parser");
  const predictedTags = jackknifedTags(data, options, random);
  const tagger = trainTagger(data, options.taggerEpochs, random).compile(options.prune);
  options.log(`tagger: ${tagger.keys.length} features, ${tagger.weight.length} weights`);

  const info: ModelInfo = {
    format: MODEL_FORMAT,
    trainedOn: `UD English EWT (${basename(options.trainPath)}), selected on ${basename(options.devPath)}`,
    data: { [basename(options.trainPath)]: sha256(options.trainPath), [basename(options.devPath)]: sha256(options.devPath) },
    licence: "CC BY-SA 4.0 (derived from UD English EWT)",
    labels: labelNames,
    rootLabel: labelIds.get("root")!,
    lemmas: lemmaTable(sentences),
  };
  const moves = new TrainablePerceptron(3);
  const labels = new TrainablePerceptron(labelNames.length);
  const teacher = new OracleTeacher(moves, labels, random);
  let best: { model: SyntaxModel; dev: SyntaxScores } | undefined;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.parserEpochs; epoch++) {
    teacher.explore = epoch >= 1;
    const started = performance.now();
    for (const i of shuffled(order, random)) {
      teacher.item = data[i];
      parseSentence(moves, labels, info.rootLabel, { atoms: data[i].atoms, tags: predictedTags[i], n: data[i].tags.length }, teacher);
    }
    const candidate = assembleModel(info, tagger, DenseWeights.fromSparse(moves.compile(options.prune)), labels.compile(options.prune));
    const scores = scoreSyntax(candidate, dev, false);
    options.log(`parser epoch ${epoch + 1}: ${((performance.now() - started) / 1000).toFixed(1)} s; dev UPOS ${scores.upos.toFixed(4)} UAS ${scores.uas.toFixed(4)} LAS ${scores.las.toFixed(4)}`);
    if (!best || scores.las > best.dev.las) best = { model: candidate, dev: scores };
  }
  return best!;
}

/** The treebank's lemma for each form and tag, where it is not simply the lower-cased form. */
function lemmaTable(sentences: TrainingSentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const key = `${form.toLowerCase()}\t${s.upos[i]}`;
      const byLemma = counts.get(key) ?? new Map<string, number>();
      byLemma.set(s.lemma[i], (byLemma.get(s.lemma[i]) ?? 0) + 1);
      counts.set(key, byLemma);
    });
  }
  const table: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) {
    const [form, upos] = key.split("\t");
    const [lemma] = [...counts.get(key)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const guess = upos === "PROPN" ? undefined : form;
    if (lemma !== guess && lemma !== "_") table[key] = lemma;
  }
  return table;
}

/** The SHA-256 of a training file, kept in the model so that a retraining can be checked against the data it was made from. */
function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
