// One error type for the whole system. Codes are stable; they map to exit codes in cli/ and to
// HTTP statuses in api/, each in one place.

export type ErrorCode =
  | "INPUT_NOT_FOUND"   // a file, directory or URL that does not exist
  | "INPUT_EMPTY"       // nothing to annotate
  | "INPUT_BINARY"      // not text, and not a format we read
  | "INPUT_ENCODING"    // bytes that are not valid text in any encoding we accept
  | "INPUT_TOO_LARGE"   // over the size cap
  | "INPUT_MALFORMED"   // broken HTML, feed, JSON, PDF
  | "FETCH_FAILED"      // HTTP error, time-out, refused connection
  | "BAD_ARGUMENT"      // a CLI flag or API parameter that is wrong
  | "NOT_FOUND"         // an id that is not in the store
  | "PIPELINE"          // a pipeline that is wrongly configured
  | "STAGE_FAILED"      // a stage broke on one document (a bug): that document fails, the batch goes on
  | "KB"                // a knowledge-base file that cannot be read
  | "STORE"             // the database failed
  | "FORBIDDEN";        // a write without permission

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The input or parameter the error is about, named in the message too. */
  readonly subject?: string;

  constructor(code: ErrorCode, message: string, subject?: string, options?: { cause?: unknown }) {
    super(subject ? `${subject}: ${message}` : message, options);
    this.name = "AppError";
    this.code = code;
    this.subject = subject;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
