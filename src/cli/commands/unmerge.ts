import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";

export const unmergeCommand: CommandSpec = {
  args: "<report>",
  options: [DB_OPTION],
  async run([report], options) {
    const event = await withStore(options.db as string | undefined, (store) => store.unmergeReport(report));
    process.stdout.write(`${event}\n`);
    return 0;
  },
};
