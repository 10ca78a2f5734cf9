import type { z } from "zod";
import { AppError } from "../model/index.ts";

/**
 * Parses input with its schema; the first problem becomes a BAD_ARGUMENT naming the parameter as the
 * caller calls it (`from` in a query string, `--from` on the command line).
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, nameOf: (param: string) => string = (p) => p): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    throw new AppError("BAD_ARGUMENT", "unknown parameter", issue.keys.map(nameOf).join(", "));
  }
  const name = issue.path.length ? nameOf(issue.path.join(".")) : "body";
  throw new AppError("BAD_ARGUMENT", issue.message, name);
}
