import { readArticles } from "../../ingest/index.ts";
import { loadKnowledgeBase } from "../../kb/index.ts";
import { AppError, isAppError, type AnnotatedDocument } from "../../model/index.ts";
import { buildPipeline } from "../../pipeline/index.ts";
import { documentConllu } from "../../syntax/index.ts";
import { KB_OPTION, type CommandSpec } from "../command.ts";
import { reportInputError, reportInputWarning } from "../report.ts";
import { ingestOptions, INGEST_OPTIONS } from "../meta-options.ts";

export const annotateCommand: CommandSpec = {
  args: "<inputs...>",
  options: [
    { flags: "--pretty", description: "indent the JSON for reading", default: false },
    { flags: "--syntax", description: "add the sentences and the dependency tree (tokens with tag, lemma, head, relation)", default: false },
    { flags: "--format <format>", description: "json (one document per line) or conllu (the dependency trees, for standard tools)", default: "json" },
    ...INGEST_OPTIONS,
    KB_OPTION,
  ],
  async run(inputs, options) {
    const kb = loadKnowledgeBase({ extraPaths: options.kb as string[] | undefined });
    const format = String(options.format);
    if (format !== "json" && format !== "conllu") throw new AppError("BAD_ARGUMENT", `--format must be json or conllu, not "${format}"`);
    const pipeline = buildPipeline({ kb });
    const output = { syntax: Boolean(options.syntax) || format === "conllu" };
    let failed = 0;
    for await (const result of readArticles(inputs, ingestOptions(options))) {
      if ("error" in result) {
        reportInputError(result.error, options);
        failed++;
        continue;
      }
      for (const warning of result.article.warnings) reportInputWarning(result.input, warning);
      let doc: AnnotatedDocument;
      try {
        doc = pipeline.annotate(result.article, output);
      } catch (e) {
        if (!isAppError(e)) throw e;
        reportInputError(e, options);
        failed++;
        continue;
      }
      delete doc.warnings;
      const text = format === "conllu" ? documentConllu(doc) : (options.pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + "\n";
      if (!process.stdout.write(text)) await new Promise((r) => process.stdout.once("drain", r));
    }
    return failed ? 1 : 0;
  },
};
