import { searchDocuments, searchQuery } from "../../query/index.ts";
import { dateCell, parseOutputFormat, renderRows } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { FORMAT_OPTION, PAGE_OPTIONS, queryOptions } from "./query-options.ts";

export const searchCommand: CommandSpec = {
  args: "<words...>",
  options: [...PAGE_OPTIONS, FORMAT_OPTION, DB_OPTION],
  async run(words, options) {
    const format = parseOutputFormat(options.format);
    const { q, ...page } = queryOptions(searchQuery, { ...options, q: words.join(" ") }, { q: "search words" });
    const hits = await withStore(options.db as string | undefined, (store) => searchDocuments(store, q, page));
    const rows = hits.map((h) => [dateCell(h.document.published?.slice(0, 10), format), h.document.source, h.document.title, h.snippet, h.document.id]);
    process.stdout.write(renderRows(format, ["published", "source", "title", "snippet", "id"], rows, hits));
    return 0;
  },
};
