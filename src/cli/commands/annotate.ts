import { readArticles } from "../../ingest/index.ts";
import { loadKnowledgeBase } from "../../kb/index.ts";
import { isAppError, type AnnotatedDocument } from "../../model/index.ts";
import { buildPipeline } from "../../pipeline/index.ts";
import { KB_OPTION, type CommandSpec } from "../command.ts";
import { reportInputError, reportInputWarning } from "../report.ts";
import { ingestOptions, INGEST_OPTIONS } from "../meta-options.ts";

export const annotateCommand: CommandSpec = {
  name: "annotate",
  summary: "annotate articles and print one JSON document per article (JSON Lines, in input order)",
  args: "<inputs...>",
  options: [
    { flags: "--pretty", description: "indent the JSON for reading", default: false },
    ...INGEST_OPTIONS,
    KB_OPTION,
  ],
  async run(inputs, options) {
    const kb = loadKnowledgeBase({ extraPaths: options.kb as string[] | undefined });
    const pipeline = buildPipeline({ kb });
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
        doc = pipeline.annotate(result.article);
      } catch (e) {
        if (!isAppError(e)) throw e;
        reportInputError(e, options);
        failed++;
        continue;
      }
      delete doc.warnings;
      const json = options.pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
      if (!process.stdout.write(json + "\n")) await new Promise((r) => process.stdout.once("drain", r));
    }
    return failed ? 1 : 0;
  },
};
