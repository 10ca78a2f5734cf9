import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { exportAs, EXPORT_FORMATS, type ExportOptions } from "../../export/index.ts";
import { AppError } from "../../model/index.ts";
import { exportQuery } from "../../query/index.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { BOM_OPTION, EVENT_FILTER_OPTIONS, queryOptions } from "./query-options.ts";

const FLAGS = ["bom", "header", "extended", "all"] as const;

export const exportCommand: CommandSpec = {
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
    // The API's schema validates the filters; its flags are the query string's "true".
    const { bom, header, extended, all, ...query } = queryOptions(exportQuery, {
      ...options, ...Object.fromEntries(FLAGS.map((f) => [f, options[f] === true ? "true" : undefined])),
    });
    const exportOptions: ExportOptions = { query, bom: bom === "true", header: header === "true", extended: extended === "true", all: all === "true" };
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
