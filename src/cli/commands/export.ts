import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { exportAs, EXPORT_FORMATS } from "../../export/index.ts";
import { AppError } from "../../model/index.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";

export const exportCommand: CommandSpec = {
  options: [
    { flags: "--format <format>", description: `${EXPORT_FORMATS.join(", ")}` },
    { flags: "--out <file>", description: "write to this file (default: standard output)" },
    DB_OPTION,
  ],
  async run(_args, options) {
    if (typeof options.format !== "string") {
      throw new AppError("BAD_ARGUMENT", `choose a format: ${EXPORT_FORMATS.join(", ")}`, "--format");
    }
    const format = options.format;
    await withStore(options.db as string | undefined, async (store) => {
      if (typeof options.out !== "string") return exportAs(store, format, process.stdout);
      const file = createWriteStream(options.out);
      await once(file, "open").catch((e: Error) => {
        throw new AppError("BAD_ARGUMENT", `cannot write: ${e.message}`, options.out as string);
      });
      await exportAs(store, format, file);
      file.end();
      await once(file, "finish");
    });
    return 0;
  },
};
