import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { exportAs, EXPORT_FORMATS, type ExportOptions } from "../../export/index.ts";
import { AppError } from "../../model/index.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { BOM_OPTION, eventQueryOf, EVENT_FILTER_OPTIONS } from "./query-options.ts";

export const exportCommand: CommandSpec = {
  name: "export",
  summary: "export the fused events and actor network for other tools (the same filters as events)",
  options: [
    { flags: "--format <format>", description: `${EXPORT_FORMATS.join(", ")}` },
    { flags: "--out <file>", description: "write to this file (default: standard output)" },
    ...EVENT_FILTER_OPTIONS,
    BOM_OPTION,
    { flags: "--header", description: "gdelt: a first row of the codebook's column names (GDELT's files have none)" },
    { flags: "--extended", description: "gdelt: sitrep's columns (precision, PLOVER type, casualties, ...) after the 61" },
    { flags: "--all", description: "csv: also events ACLED has no type for, or dated less precisely than a month" },
    DB_OPTION,
  ],
  async run(_args, options) {
    if (typeof options.format !== "string") {
      throw new AppError("BAD_ARGUMENT", `choose a format: ${EXPORT_FORMATS.join(", ")}`, "--format");
    }
    const format = options.format;
    const exportOptions: ExportOptions = {
      query: eventQueryOf(options),
      bom: options.bom === true,
      header: options.header === true,
      extended: options.extended === true,
      all: options.all === true,
    };
    await withStore(options.db as string | undefined, async (store) => {
      if (typeof options.out !== "string") return exportAs(store, format, process.stdout, exportOptions);
      const file = createWriteStream(options.out);
      await once(file, "open").catch((e: Error) => {
        throw new AppError("BAD_ARGUMENT", `cannot write: ${e.message}`, options.out as string);
      });
      await exportAs(store, format, file, exportOptions);
      file.end();
      await once(file, "finish");
    });
    return 0;
  },
};
