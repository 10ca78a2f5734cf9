import type { ErrorCode } from "../model/index.ts";

/** The one place error codes become HTTP statuses (the CLI maps the same codes to exit codes). */
const HTTP_STATUS: Record<ErrorCode, 400 | 403 | 404 | 413 | 422 | 500 | 502 | 503> = {
  INPUT_NOT_FOUND: 422,
  INPUT_EMPTY: 422,
  INPUT_BINARY: 422,
  INPUT_ENCODING: 422,
  INPUT_TOO_LARGE: 413,
  INPUT_MALFORMED: 422,
  FETCH_FAILED: 502,
  BAD_ARGUMENT: 400,
  NOT_FOUND: 404,
  PIPELINE: 500,
  STAGE_FAILED: 500,
  KB: 500,
  STORE: 503,
  FORBIDDEN: 403,
};

export function httpStatusOf(code: ErrorCode): (typeof HTTP_STATUS)[ErrorCode] {
  return HTTP_STATUS[code];
}
