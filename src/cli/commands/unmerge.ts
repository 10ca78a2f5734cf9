import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";

export const unmergeCommand: CommandSpec = {
  name: "unmerge",
  summary: "undo a fusion: move one document's report (<document id>/<event id>, see `events --format json` or the timeline) out of its fused event; it is never merged back",
  args: "<report>",
  options: [DB_OPTION],
  async run([report], options) {
    const event = await withStore(options.db as string | undefined, (store) => store.unmergeReport(report));
    process.stdout.write(`${event}\n`);
    return 0;
  },
};
