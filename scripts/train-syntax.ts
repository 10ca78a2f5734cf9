// npm run train:syntax — trains the tagger and parser on UD English EWT and writes data/syntax/model.bin.
import { writeFileSync } from "node:fs";
import { MODEL_PATH, serialiseModel } from "../src/syntax/model.ts";
import { trainSyntaxModel } from "../src/syntax/train/train.ts";

const ud = process.env.SITREP_UD ?? new URL("../../shared/ud/", import.meta.url).pathname;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const started = performance.now();
const { model, dev } = trainSyntaxModel({
  trainPath: `${ud}en_ewt-ud-train.conllu`,
  devPath: `${ud}en_ewt-ud-dev.conllu`,
  seed: 20261207,
  taggerEpochs: arg("--tagger-epochs", 8),
  parserEpochs: arg("--parser-epochs", 12),
  folds: arg("--folds", 4),
  prune: arg("--prune", 0),
  log: (line) => console.log(line),
});
model.info.scores = { devUpos: round(dev.upos), devUas: round(dev.uas), devLas: round(dev.las) };
const bytes = serialiseModel(model);
const out = process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1] : MODEL_PATH;
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB; dev UPOS ${dev.upos.toFixed(4)} UAS ${dev.uas.toFixed(4)} LAS ${dev.las.toFixed(4)}; ${((performance.now() - started) / 1000).toFixed(0)} s`);

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
