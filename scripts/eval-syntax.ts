// npm run eval:syntax — UPOS, UAS and LAS of the shipped model on UD English EWT test and PUD (gold
// tokenisation), with wink-nlp's tags over the same words beside them. `--json` for machines.
import { readFileSync } from "node:fs";
import { deserialiseModel, MODEL_PATH } from "../src/syntax/model.ts";
import { readConllu } from "../src/syntax/conllu.ts";
import { goldWords } from "../src/syntax/train/align.ts";
import { scoreSyntax, scoreWinkTags } from "../src/syntax/train/score.ts";

const ud = process.env.SITREP_UD ?? new URL("../../shared/ud/", import.meta.url).pathname;
const modelPath = process.argv.includes("--model") ? process.argv[process.argv.indexOf("--model") + 1] : MODEL_PATH;
const model = deserialiseModel(readFileSync(modelPath), modelPath);
const results: Record<string, Record<string, number>> = {};
for (const [name, file] of [["EWT test", "en_ewt-ud-test.conllu"], ["PUD", "en_pud-ud-test.conllu"]]) {
  const treebank = readConllu(readFileSync(ud + file, "utf8"));
  const ours = scoreSyntax(model, treebank.map(goldWords));
  const wink = scoreWinkTags(treebank);
  results[name] = { words: ours.words, upos: ours.upos, uas: ours.uas, las: ours.las, winkUpos: wink.upos, tokensPerSecond: ours.tokensPerSecond };
}
if (process.argv.includes("--json")) console.log(JSON.stringify(results));
else {
  console.log(`model: ${modelPath} (${model.info.trainedOn})`);
  console.log("| test set | words | UPOS | UAS | LAS | wink UPOS | tokens/s (tag+parse) |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [name, r] of Object.entries(results)) {
    console.log(`| ${name} | ${r.words} | ${r.upos.toFixed(4)} | ${r.uas.toFixed(4)} | ${r.las.toFixed(4)} | ${r.winkUpos.toFixed(4)} | ${Math.round(r.tokensPerSecond)} |`);
  }
}
