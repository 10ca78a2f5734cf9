// The shipped model: what it says it is, and training that gives the same bytes from the same data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { deserialiseModel, MODEL_FORMAT, serialiseModel, syntaxModel } from "../../src/syntax/model.ts";
import { trainSyntaxModel } from "../../src/syntax/train/train.ts";
import { MODEL_PATH } from "../../src/syntax/index.ts";

const UD = new URL("../../../shared/ud/", import.meta.url).pathname;
const udMissing = !existsSync(`${UD}en_ewt-ud-train.conllu`);
if (udMissing && process.env.CI === "true") throw new Error(`${UD} is missing: the syntax tests need the UD treebanks in CI`);
const skipUd = udMissing && "../shared/ud is not here: training test skipped";
if (skipUd) console.warn(`SKIPPED: ${skipUd}`);

test("the shipped model names its format, its training data and its licence, and is under 30 MB", () => {
  const model = syntaxModel();
  assert.equal(model.info.format, MODEL_FORMAT);
  assert.match(model.info.trainedOn, /EWT/);
  assert.match(model.info.licence, /CC BY-SA 4\.0/);
  assert.ok(statSync(MODEL_PATH).size < 30 * 1024 * 1024);
});

test("a model of another format version is refused with a message naming the file", () => {
  const model = syntaxModel();
  const bytes = serialiseModel({ ...model, info: { ...model.info, format: MODEL_FORMAT + 1 } });
  assert.throws(() => deserialiseModel(bytes, "other.bin.gz"), /other\.bin\.gz: syntax model format/);
});

test("training is deterministic: the same data and seed give the same bytes", { skip: skipUd }, () => {
  // A small slice of the treebank keeps the test quick: the first 300 sentences of dev as training data.
  const options = { trainPath: `${UD}en_ewt-ud-dev.conllu`, devPath: `${UD}en_ewt-ud-dev.conllu`, seed: 7, taggerEpochs: 1, parserEpochs: 1, folds: 2, prune: 0, limit: 300, log: () => {} };
  const first = serialiseModel(trainSyntaxModel(options).model);
  const second = serialiseModel(trainSyntaxModel(options).model);
  assert.ok(first.length > 1000);
  assert.deepEqual(first, second);
});
