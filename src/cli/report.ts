import type { AppError } from "../model/index.ts";

/** Errors go to stderr, one line each, naming the input (the message already starts with it). */
export function reportInputError(error: AppError): void {
  process.stderr.write(`sitrep: error: ${error.message}\n`);
}
