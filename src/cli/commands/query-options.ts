// Options the query commands share, declared once.
import { AppError } from "../../model/index.ts";
import type { EventQuery } from "../../query/index.ts";
import type { OptionSpec } from "../command.ts";

export const FORMAT_OPTION: OptionSpec = { flags: "--format <format>", description: "table, json or csv", default: "table" };

export const BOM_OPTION: OptionSpec = { flags: "--bom", description: "start CSV output with a UTF-8 byte-order mark (for Excel)" };

export const PAGE_OPTIONS: OptionSpec[] = [
  { flags: "--limit <n>", description: "at most this many results", default: "100" },
  { flags: "--offset <n>", description: "skip this many results first", default: "0" },
];

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

export function eventQueryOf(options: Record<string, unknown>): EventQuery {
  const text = (key: string) => (typeof options[key] === "string" ? (options[key] as string) : undefined);
  return { actor: text("actor"), with: text("with"), type: text("type"), from: text("from"), to: text("to"), place: text("place"), text: text("text") };
}

export function pageOptions(options: Record<string, unknown>): { limit: number; offset: number } {
  return { limit: count(options.limit, "--limit"), offset: count(options.offset, "--offset") };
}

function count(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new AppError("BAD_ARGUMENT", `"${String(value)}" is not a count`, flag);
  return n;
}
