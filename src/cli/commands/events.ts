import { eventQuery, listEvents } from "../../query/index.ts";
import { actorLabel, dateCell, parseOutputFormat, renderRows } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { queryOptions, PAGE_OPTIONS, FORMAT_OPTION } from "./query-options.ts";

export const eventsCommand: CommandSpec = {
  options: [
    { flags: "--actor <name>", description: "an actor on either side (name, alias or id)" },
    { flags: "--with <name>", description: "an actor on the other side" },
    { flags: "--type <types>", description: "PLOVER types, comma-separated (e.g. CONSULT,ASSAULT)" },
    { flags: "--from <date>", description: "from this date (YYYY, YYYY-MM or YYYY-MM-DD)" },
    { flags: "--to <date>", description: "up to this date, inclusive" },
    { flags: "--place <name>", description: "words of the place name" },
    { flags: "--text <words>", description: "words of the evidence" },
    ...PAGE_OPTIONS,
    FORMAT_OPTION,
    DB_OPTION,
  ],
  async run(_args, options) {
    const format = parseOutputFormat(options.format);
    const query = queryOptions(eventQuery, options);
    const events = await withStore(options.db as string | undefined, (store) => listEvents(store, query));
    const rows = events.map((e) => [
      dateCell(e.date, format), e.type, e.mode, actorLabel(e.source), actorLabel(e.target), e.place?.name,
      e.reports, e.corroboration, e.context?.join(","), e.id,
    ]);
    process.stdout.write(renderRows(format, ["date", "type", "mode", "source", "target", "place", "reports", "independent", "context", "id"], rows, events));
    return 0;
  },
};
