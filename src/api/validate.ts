import type { z } from "zod";
import { AppError } from "../model/index.ts";

/** Parses request input with its schema; the first problem becomes a BAD_ARGUMENT naming the parameter. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    throw new AppError("BAD_ARGUMENT", "unknown parameter", issue.keys.join(", "));
  }
  const name = issue.path.length ? issue.path.join(".") : "body";
  throw new AppError("BAD_ARGUMENT", issue.message, name);
}
