// Articles over HTTP(S): a time-out for the whole exchange, a size cap on the body, and an error that
// says what went wrong (status, time-out, refused connection) for the URL concerned.
import { AppError } from "../model/index.ts";
import { collectCapped, tooLarge, type SourceBytes } from "./read-source.ts";

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function fetchUrl(url: string, options: FetchOptions): Promise<SourceBytes> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: "follow", headers: { "user-agent": "sitrep (news annotation)" } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new AppError("FETCH_FAILED", `HTTP ${response.status} ${response.statusText}`.trim(), url);
    }
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, options.maxBytes);
    }
    const bytes = response.body ? await collectCapped(response.body, url, options.maxBytes) : new Uint8Array();
    return { name: url, bytes, contentType: response.headers.get("content-type") ?? undefined, url: response.url || url };
  } catch (e) {
    throw fetchError(e, url, options.timeoutMs);
  }
}

function fetchError(e: unknown, url: string, timeoutMs: number): AppError {
  if (e instanceof AppError) return e;
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error.name === "TimeoutError" || error.name === "AbortError") {
    return new AppError("FETCH_FAILED", `timed out after ${timeoutMs / 1000} s`, url);
  }
  const reason = error.cause?.code ?? error.cause?.message ?? error.message;
  return new AppError("FETCH_FAILED", `could not fetch (${reason})`, url, { cause: e });
}
