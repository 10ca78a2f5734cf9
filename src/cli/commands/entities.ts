import { entityQuery, listEntities } from "../../query/index.ts";
import { parseOutputFormat, renderRows } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { FORMAT_OPTION, PAGE_OPTIONS, queryOptions } from "./query-options.ts";

export const entitiesCommand: CommandSpec = {
  options: [
    { flags: "--type <type>", description: "PERSON, ORG, GPE, LOC, FAC or NORP" },
    { flags: "--name <words>", description: "words of a name or alias" },
    ...PAGE_OPTIONS,
    FORMAT_OPTION,
    DB_OPTION,
  ],
  async run(_args, options) {
    const format = parseOutputFormat(options.format);
    const query = queryOptions(entityQuery, { ...options, text: options.name }, { text: "--name" });
    const actors = await withStore(options.db as string | undefined, (store) => listEntities(store, query));
    const rows = actors.map((a) => [a.name, a.type, a.country, a.roles.join("; "), a.documents, a.mentions, a.events, a.aliases.join("; "), a.id]);
    process.stdout.write(renderRows(format, ["name", "type", "country", "roles", "documents", "mentions", "events", "aliases", "id"], rows, actors));
    return 0;
  },
};
