// Options the query commands share, declared once, and their validation with the API's own schemas
// (src/query/schemas.ts): the CLI and the API accept and refuse the same values.
import type { z } from "zod";
import { validate } from "../../query/index.ts";
import type { OptionSpec } from "../command.ts";

export const FORMAT_OPTION: OptionSpec = { flags: "--format <format>", description: "table, json or csv", default: "table" };

export const BOM_OPTION: OptionSpec = { flags: "--bom", description: "start CSV output with a UTF-8 byte-order mark (for Excel)" };

/** The event filters of `events` and `export`. */
export const EVENT_FILTER_OPTIONS: OptionSpec[] = [
  { flags: "--actor <name>", description: "an actor on either side (name, alias or id)" },
  { flags: "--with <name>", description: "an actor on the other side" },
  { flags: "--type <types>", description: "PLOVER types, comma-separated (e.g. CONSULT,ASSAULT)" },
  { flags: "--from <date>", description: "from this date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { flags: "--to <date>", description: "up to this date, inclusive" },
  { flags: "--place <name>", description: "words of the place name" },
  { flags: "--text <words>", description: "words of the evidence" },
];

export const PAGE_OPTIONS: OptionSpec[] = [
  { flags: "--limit <n>", description: "at most this many results", default: "100" },
  { flags: "--offset <n>", description: "skip this many results first", default: "0" },
];

/**
 * The parameters of `schema` taken from the command's values (options, or arguments put under a
 * parameter's name) and validated; an error names the option as the user wrote it (`--from`), or
 * as `flagOf` calls it when the option is named otherwise than the parameter.
 */
export function queryOptions<S extends z.ZodObject>(schema: S, values: Record<string, unknown>, flagOf: Record<string, string> = {}): z.output<S> {
  const input = Object.fromEntries(Object.keys(schema.shape).filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));
  return validate(schema, input, (param) => flagOf[param] ?? `--${param}`);
}
