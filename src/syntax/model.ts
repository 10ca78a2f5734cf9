// The syntax model on disk and in memory: the tagger's, the mover's and the labeller's weights, the
// label set and the lemma table, in one gzipped binary file with a format version and the name of
// the data it was trained on. Loaded once per process and per worker thread (module state is per thread).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../model/index.ts";
import { DenseWeights, SparseWeights } from "./perceptron.ts";
import { UPOS } from "./tagger.ts";

export const MODEL_FORMAT = 2;
export const MODEL_PATH = join(DATA_DIR, "syntax", "model.bin");
const MAGIC = "SRSX";

export interface ModelInfo {
  format: number;
  trainedOn: string;
  /** The SHA-256 of each file it was trained and selected on, by file name. */
  data?: Record<string, string>;
  licence: string;
  labels: string[];
  rootLabel: number;
  /** "form\tUPOS" -> lemma, where the lemma is not the lower-cased form. */
  lemmas: Record<string, string>;
  scores?: Record<string, number>;
}

export interface SyntaxModel {
  info: ModelInfo;
  tagger: SparseWeights;
  /** The parser's moves, as the dense table it reads fastest and the file stores as it is. */
  moves: DenseWeights;
  labels: SparseWeights;
  /** The lemma table of `info`, as one map a tag (by its index in UPOS) from lower-cased form to lemma. */
  lemmas: Array<Map<string, string>>;
  /** Per tag, a label given without asking the labeller (-1: ask it): punctuation is always `punct` in UD. */
  fixedLabels: Int32Array;
}

interface Section {
  kind: "sparse" | "dense";
  classes: number;
  /** Sparse: rows and weights. Dense: slots. */
  count: number;
  entries: number;
  scale: number;
}

function quantise(weights: SparseWeights): { section: Section; parts: Buffer[] } {
  let max = 0;
  for (const w of weights.weight) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const rowLengths = new Uint8Array(weights.keys.length);
  for (let i = 0; i < rowLengths.length; i++) rowLengths[i] = weights.rowStart[i + 1] - weights.rowStart[i];
  const values = new Int16Array(weights.weight.length);
  for (let j = 0; j < values.length; j++) values[j] = Math.round(weights.weight[j] / scale);
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return {
    section: { kind: "sparse", classes: weights.classes, count: weights.keys.length, entries: weights.weight.length, scale },
    parts: [bytes(weights.keys), bytes(values), bytes(rowLengths), bytes(weights.cls)],
  };
}

function denseSection(weights: DenseWeights): { section: Section; parts: Buffer[] } {
  const slots = weights.slots.length / 4;
  return {
    section: { kind: "dense", classes: weights.classes, count: slots, entries: 0, scale: weights.scale },
    parts: [Buffer.from(weights.slots.buffer, weights.slots.byteOffset, weights.slots.byteLength)],
  };
}

/**
 * The model as bytes (not compressed: the moves' table is read as it is stored, with nothing to build
 * when a process starts); the same model gives the same bytes.
 */
export function serialiseModel(model: SyntaxModel): Buffer {
  const sections = [quantise(model.tagger), denseSection(model.moves), quantise(model.labels)];
  const header = Buffer.from(JSON.stringify({ ...model.info, sections: sections.map((s) => s.section) }), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const pad = Buffer.alloc((4 - ((MAGIC.length + 4 + header.length) % 4)) % 4);
  const body: Buffer[] = [Buffer.from(MAGIC), length, header, pad];
  for (const s of sections) {
    for (const part of s.parts) {
      body.push(part, Buffer.alloc((4 - (part.length % 4)) % 4));
    }
  }
  return Buffer.concat(body);
}

export function deserialiseModel(raw: Buffer, origin: string): SyntaxModel {
  if (raw.subarray(0, 4).toString() !== MAGIC) throw new Error(`${origin}: not a sitrep syntax model`);
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + headerLength).toString("utf8")) as ModelInfo & { sections: Section[] };
  if (header.format !== MODEL_FORMAT) {
    throw new Error(`${origin}: syntax model format ${header.format}, this sitrep reads format ${MODEL_FORMAT}; run npm run train:syntax`);
  }
  let offset = 8 + headerLength;
  offset += (4 - (offset % 4)) % 4;
  const take = (bytes: number) => {
    const start = offset;
    offset += bytes + ((4 - (bytes % 4)) % 4);
    // Copy into a fresh buffer so the typed arrays are aligned whatever the source's alignment.
    return raw.buffer.slice(raw.byteOffset + start, raw.byteOffset + start + bytes);
  };
  const sparse = (s: Section) => {
    const keys = new Int32Array(take(s.count * 4));
    const values = new Int16Array(take(s.entries * 2));
    const rowLengths = new Uint8Array(take(s.count));
    const cls = new Uint8Array(take(s.entries));
    const rowStart = new Uint32Array(s.count + 1);
    for (let i = 0; i < s.count; i++) rowStart[i + 1] = rowStart[i] + rowLengths[i];
    const weight = new Float32Array(s.entries);
    for (let j = 0; j < weight.length; j++) weight[j] = values[j] * s.scale;
    return new SparseWeights(s.classes, keys, rowStart, cls, weight, s.scale, values);
  };
  const [taggerSection, movesSection, labelsSection] = header.sections;
  const tagger = sparse(taggerSection);
  const moves = new DenseWeights(movesSection.classes, new Int16Array(take(movesSection.count * 8)), movesSection.scale);
  const labels = sparse(labelsSection);
  const { sections: _sections, ...info } = header;
  return assembleModel(info, tagger, moves, labels);
}

/** A model from its parts, with the forms of its weights and tables that are fastest to read. */
export function assembleModel(info: ModelInfo, tagger: SparseWeights, moves: DenseWeights, labels: SparseWeights): SyntaxModel {
  const fixedLabels = new Int32Array(UPOS.length).fill(-1);
  fixedLabels[UPOS.indexOf("PUNCT")] = info.labels.indexOf("punct");
  const lemmas = UPOS.map(() => new Map<string, string>());
  for (const [key, lemma] of Object.entries(info.lemmas)) {
    // "form\tUPOS": the tag follows the last tab.
    const tab = key.lastIndexOf("\t");
    const tag = UPOS.indexOf(key.slice(tab + 1) as (typeof UPOS)[number]);
    if (tag >= 0) lemmas[tag].set(key.slice(0, tab), lemma);
  }
  return { info, tagger, moves, labels, lemmas, fixedLabels };
}

let loaded: SyntaxModel | undefined;

/** The shipped model, read on first use. */
export function syntaxModel(): SyntaxModel {
  loaded ??= deserialiseModel(readFileSync(MODEL_PATH), MODEL_PATH);
  return loaded;
}
