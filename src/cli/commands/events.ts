import { listEvents } from "../../query/index.ts";
import { actorLabel, parseOutputFormat, renderRows } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { BOM_OPTION, eventQueryOf, EVENT_FILTER_OPTIONS, FORMAT_OPTION, pageOptions, PAGE_OPTIONS } from "./query-options.ts";

export const eventsCommand: CommandSpec = {
  name: "events",
  summary: "list fused events, chronologically, filtered by actor, type, dates, place or words",
  options: [...EVENT_FILTER_OPTIONS, ...PAGE_OPTIONS, FORMAT_OPTION, BOM_OPTION, DB_OPTION],
  async run(_args, options) {
    const format = parseOutputFormat(options.format);
    const events = await withStore(options.db as string | undefined, (store) =>
      listEvents(store, { ...eventQueryOf(options), ...pageOptions(options) }));
    const rows = events.map((e) => [
      e.date ?? "undated", e.type, e.mode, actorLabel(e.source), actorLabel(e.target), e.place?.name,
      e.reports, e.corroboration, e.context?.join(","), e.id,
    ]);
    const columns = ["date", "type", "mode", "source", "target", "place", "reports", "independent", "context", "id"];
    process.stdout.write(renderRows(format, columns, rows, events, { bom: options.bom === true }));
    return 0;
  },
};
