import { listQuotes, quoteQuery } from "../../query/index.ts";
import { actorLabel, dateCell, documentLabel, parseOutputFormat, renderRows } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { FORMAT_OPTION, PAGE_OPTIONS, queryOptions } from "./query-options.ts";

export const quotesCommand: CommandSpec = {
  options: [
    { flags: "--speaker <name>", description: "the speaker (name, alias or id)" },
    ...PAGE_OPTIONS,
    FORMAT_OPTION,
    DB_OPTION,
  ],
  async run(_args, options) {
    const format = parseOutputFormat(options.format);
    const query = queryOptions(quoteQuery, options);
    const quotes = await withStore(options.db as string | undefined, (store) => listQuotes(store, query));
    const rows = quotes.map((q) => [dateCell(q.document.published?.slice(0, 10), format), actorLabel(q.speaker), q.direct ? `"${q.text}"` : q.text, documentLabel(q.document)]);
    process.stdout.write(renderRows(format, ["published", "speaker", "quote", "document"], rows, quotes));
    return 0;
  },
};
