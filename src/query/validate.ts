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

/**
 * Query and path parameters are names, ids, dates and search words: a control character in one is an
 * attack or a mistake (PostgreSQL refuses a NUL outright), so it is a 400 on every store alike.
 */
export function rejectControlCharacters(parameters: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(parameters)) {
    if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) throw new AppError("BAD_ARGUMENT", "contains a control character", name);
  }
  return parameters;
}
