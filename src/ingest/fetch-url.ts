// Articles over HTTP(S): a time-out for the whole exchange, a size cap on the body, at most five
// redirects, and an error that says what went wrong (status, time-out, refused connection) for the
// URL concerned. For a server fetching on a caller's behalf (`publicOnly`), every hop must resolve to
// a public address: the address checked is the one connected to, so DNS cannot change it in between.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { AppError } from "../model/index.ts";
import { isPublicAddress } from "./public-address.ts";
import { collectCapped, tooLarge, type SourceBytes } from "./read-source.ts";

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Refuse loopback, private and other non-public addresses, on every hop. */
  publicOnly?: boolean;
}

const MAX_REDIRECTS = 5;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function fetchUrl(url: string, options: FetchOptions): Promise<SourceBytes> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    let target = new URL(url);
    for (let redirects = 0; ; redirects++) {
      const response = await get(target, options, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects === MAX_REDIRECTS) throw new AppError("FETCH_FAILED", `more than ${MAX_REDIRECTS} redirects`, url);
        target = new URL(response.headers.location, target);
        if (!isUrl(target.href)) throw new AppError("FETCH_FAILED", "redirected to a URL that is not http(s)", url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new AppError("FETCH_FAILED", `HTTP ${status} ${response.statusMessage ?? ""}`.trim(), url);
      }
      if (Number(response.headers["content-length"] ?? NaN) > options.maxBytes) {
        response.destroy();
        throw tooLarge(url, options.maxBytes);
      }
      const bytes = await collectCapped(response, url, options.maxBytes);
      return { name: url, bytes, contentType: response.headers["content-type"], url: target.href };
    }
  } catch (e) {
    throw fetchError(e, url, options.timeoutMs);
  }
}

/** Thrown where a non-public address is met; every such case gets the same message, whatever the target. */
class NotPublic extends Error {}

function get(target: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  // An address literal (127.1, [::ffff:7f00:1], 2130706433: the URL parser has normalised them all)
  // is connected to without a look-up, so it is checked here.
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (options.publicOnly && isIP(literal) && !isPublicAddress(literal)) return Promise.reject(new NotPublic());
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, {
      signal,
      headers: { "user-agent": "sitrep (news annotation)" },
      lookup: options.publicOnly ? publicLookup : undefined,
    }, resolve);
    req.on("error", reject);
    req.end();
  });
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup, failing unless every address the name resolves to is public. */
function publicLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (!addresses.length || addresses.some((a) => !isPublicAddress(a.address))) return callback(new NotPublic(), []);
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

function fetchError(e: unknown, url: string, timeoutMs: number): AppError {
  if (e instanceof AppError) return e;
  const error = e as Error & { code?: string; cause?: { code?: string; message?: string } };
  if (error instanceof NotPublic || error.cause instanceof NotPublic) {
    return new AppError("FETCH_FAILED", "refused: only public internet addresses are fetched", url);
  }
  if (error.name === "TimeoutError" || error.name === "AbortError") {
    return new AppError("FETCH_FAILED", `timed out after ${timeoutMs / 1000} s`, url);
  }
  const reason = error.code ?? error.cause?.code ?? error.cause?.message ?? error.message;
  return new AppError("FETCH_FAILED", `could not fetch (${reason})`, url, { cause: e });
}
