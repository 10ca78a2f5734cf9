// Who may reach the server and who may write to it. Every request must name the server by one of
// the names it serves (a page that rebinds its own DNS name to 127.0.0.1 still sends its own name);
// a write must come from the server's own origin (a form on another site carries Origin and
// Sec-Fetch-Site), and, unless the operator allowed writes on a loopback bind, carry the token.
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { Context } from "hono";
import { AppError } from "../model/index.ts";

export interface AccessOptions {
  /** Anyone who reaches the server may POST articles (without a token); only on a loopback bind. */
  allowWrite?: boolean;
  /** Writes need `Authorization: Bearer <token>`. */
  token?: string;
  /** Host names (or addresses) the server answers to; default: the loopback names. */
  hosts?: string[];
}

export const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || (isIP(bare) === 4 && bare.startsWith("127."));
}

/** A lower-case host name without brackets or port, as compared. */
export function hostKey(host: string): string {
  return host.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
}

export function checkHost(c: Context, hosts: ReadonlySet<string>): void {
  const requested = hostKey(new URL(c.req.url).hostname);
  if (!hosts.has(requested)) {
    throw new AppError("FORBIDDEN", "this server does not answer to that host name (start it with --hostname NAME to add one)", "Host");
  }
}

export function checkWriteAllowed(c: Context, options: AccessOptions): void {
  checkSameOrigin(c);
  if (options.token) {
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header("Authorization") ?? "")?.[1] ?? "";
    if (!sameSecret(given, options.token)) {
      throw new AppError("FORBIDDEN", "writing needs the header `Authorization: Bearer <token>` with the server's token", "Authorization");
    }
    return;
  }
  if (!options.allowWrite) {
    throw new AppError("FORBIDDEN", "the server is read-only: start it with --allow-write or --token to add articles");
  }
}

/** A browser says where a request comes from; one from another site is refused, whatever it sends. */
function checkSameOrigin(c: Context): void {
  const site = c.req.header("Sec-Fetch-Site");
  const origin = c.req.header("Origin");
  const crossSite = (site !== undefined && site !== "same-origin" && site !== "none")
    || (origin !== undefined && (origin === "null" || !URL.canParse(origin) || new URL(origin).host !== new URL(c.req.url).host));
  if (crossSite) throw new AppError("FORBIDDEN", "writes from another site's pages are refused", "Origin");
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
