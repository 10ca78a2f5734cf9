import type { AppError } from "../model/index.ts";

/** Errors go to stderr, one line each, naming the input (the message already starts with it). */
export function reportInputError(error: AppError): void {
  process.stderr.write(`sitrep: error: ${error.message}\n`);
}

/** Warnings (no publication date, a date in the future) go to stderr too, naming the input. */
export function reportInputWarning(input: string, warning: string): void {
  process.stderr.write(`sitrep: warning: ${input}: ${warning}\n`);
}
