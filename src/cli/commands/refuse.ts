import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";

export const refuseCommand: CommandSpec = {
  options: [DB_OPTION],
  async run(_args, options) {
    const started = Date.now();
    const count = await withStore(options.db as string | undefined, (store) => store.refuse());
    process.stderr.write(`sitrep: refuse: ${count} documents fused in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  },
};
