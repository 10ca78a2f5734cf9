import type { ErrorCode } from "../model/index.ts";

/** The one place error codes become exit codes. 1 is "some inputs failed", 2 a usage error. */
const EXIT_CODES: Record<ErrorCode, number> = {
  INPUT_NOT_FOUND: 1,
  INPUT_EMPTY: 1,
  INPUT_BINARY: 1,
  INPUT_ENCODING: 1,
  INPUT_TOO_LARGE: 1,
  INPUT_MALFORMED: 1,
  FETCH_FAILED: 1,
  BAD_ARGUMENT: 2,
  NOT_FOUND: 3,
  PIPELINE: 4,
  STAGE_FAILED: 1,
  KB: 4,
  STORE: 5,
  FORBIDDEN: 6,
};

export function exitCodeOf(code: ErrorCode): number {
  return EXIT_CODES[code];
}
