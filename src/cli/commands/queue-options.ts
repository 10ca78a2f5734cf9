// Options the work-queue commands (enqueue, worker, status) share, declared once.
import { AppError } from "../../model/index.ts";
import type { OptionSpec } from "../command.ts";

export const QUEUE_DB_OPTION: OptionSpec = {
  flags: "--db <url>",
  description: "the PostgreSQL store (postgres://..., ?schema=NAME) whose queue this is (default: $SITREP_DB)",
};

export function positiveNumber(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new AppError("BAD_ARGUMENT", `"${String(value)}" is not a positive number`, flag);
  return n;
}
