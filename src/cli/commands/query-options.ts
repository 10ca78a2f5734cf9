// Options the query commands share, declared once.
import { AppError } from "../../model/index.ts";
import type { OptionSpec } from "../command.ts";

export const FORMAT_OPTION: OptionSpec = { flags: "--format <format>", description: "table, json or csv", default: "table" };

export const PAGE_OPTIONS: OptionSpec[] = [
  { flags: "--limit <n>", description: "at most this many results", default: "100" },
  { flags: "--offset <n>", description: "skip this many results first", default: "0" },
];

export function pageOptions(options: Record<string, unknown>): { limit: number; offset: number } {
  return { limit: count(options.limit, "--limit"), offset: count(options.offset, "--offset") };
}

function count(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new AppError("BAD_ARGUMENT", `"${String(value)}" is not a count`, flag);
  return n;
}
