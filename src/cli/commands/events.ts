import { eventQuery, listEvents } from "../../query/index.ts";
import { actorLabel, dateCell, parseOutputFormat, renderRows } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { BOM_OPTION, EVENT_FILTER_OPTIONS, FORMAT_OPTION, PAGE_OPTIONS, queryOptions } from "./query-options.ts";

export const eventsCommand: CommandSpec = {
  options: [...EVENT_FILTER_OPTIONS, ...PAGE_OPTIONS, FORMAT_OPTION, BOM_OPTION, DB_OPTION],
  async run(_args, options) {
    const format = parseOutputFormat(options.format);
    const query = queryOptions(eventQuery, options);
    const events = await withStore(options.db as string | undefined, (store) => listEvents(store, query));
    const rows = events.map((e) => [
      dateCell(e.date, format), e.type, e.mode, actorLabel(e.source), actorLabel(e.target), e.place?.name,
      e.reports, e.corroboration, e.context?.join(","), e.id,
    ]);
    process.stdout.write(renderRows(format, ["date", "type", "mode", "source", "target", "place", "reports", "independent", "context", "id"], rows, events, { bom: options.bom === true }));
    return 0;
  },
};
