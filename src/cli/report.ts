import type { AppError } from "../model/index.ts";

/**
 * Errors go to stderr, one line each, naming the input (the message already starts with it); with
 * --debug, the stack of what broke follows (for a bug in a stage).
 */
export function reportInputError(error: AppError, options: { debug?: unknown } = {}): void {
  process.stderr.write(`sitrep: error: ${error.message}\n`);
  if (options.debug && error.cause instanceof Error && error.cause.stack) process.stderr.write(`${error.cause.stack}\n`);
}

/** Warnings (no publication date, a date in the future) go to stderr too, naming the input. */
export function reportInputWarning(input: string, warning: string): void {
  process.stderr.write(`sitrep: warning: ${input}: ${warning}\n`);
}

/**
 * `sitrep events | head`: when the reader of stdout goes away, output ends quietly (exit 0), as
 * Unix tools do, instead of an EPIPE stack.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}
