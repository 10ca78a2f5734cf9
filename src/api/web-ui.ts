// Serves the built web UI (web/dist, made by `npm run build:web`, which `npm ci` runs) from the API process.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context } from "hono";

export const WEB_ROOT = fileURLToPath(new URL("../../web/dist/", import.meta.url));

export const WEB_UI_MISSING =
  "the web UI is not built (web/dist/index.html is missing): run `npm run build:web`; the API still answers under /api";

const MEDIA_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/**
 * Article text is untrusted; the UI renders it as text, and this policy is the second wall: no inline
 * or foreign scripts, no foreign connections. Workers (the map's) come from our origin or blobs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Text files are sent compressed (the map's code is 1.7 MB as it is, about a quarter of that in brotli). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".map"]);
type Encoding = "br" | "gzip";
const COMPRESS: Record<Encoding, (body: Uint8Array) => Uint8Array> = {
  // quality 5: close to the best ratio at a small fraction of the time of quality 11
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};
/** Each file is compressed once per encoding and version of the file (the build may replace it). */
const compressedFiles = new Map<string, Uint8Array>();

function acceptedEncoding(header: string | undefined): Encoding | undefined {
  const accepted = (header ?? "").toLowerCase().split(",").map((part) => part.trim().split(";")[0]);
  return accepted.includes("br") ? "br" : accepted.includes("gzip") ? "gzip" : undefined;
}

async function compressedFile(path: string, body: Uint8Array, encoding: Encoding): Promise<Uint8Array> {
  const { mtimeMs, size } = await stat(path);
  const key = `${path}\u0000${mtimeMs}\u0000${size}\u0000${encoding}`;
  let out = compressedFiles.get(key);
  if (!out) compressedFiles.set(key, (out = COMPRESS[encoding](body)));
  return out;
}

export function isWebUiBuilt(root = WEB_ROOT): boolean {
  return existsSync(join(root, "index.html"));
}

/** Answers GET of a UI file; `/` is index.html. Paths that leave the root or miss answer 404. */
export async function serveWebFile(c: Context, root = WEB_ROOT): Promise<Response> {
  const requested = decodeURIComponent(new URL(c.req.url).pathname);
  const relative = requested === "/" ? "index.html" : normalize(requested).replace(/^([/\\])+/, "");
  const path = join(root, relative);
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep) || relative.split(/[/\\]/).includes("..")) {
    return c.text("not found", 404);
  }
  if (relative === "index.html" && !isWebUiBuilt(root)) return c.text(`sitrep: ${WEB_UI_MISSING}\n`, 503);
  const body = await readFile(path).catch(() => undefined);
  if (!body) return c.text("not found", 404);
  const headers: Record<string, string> = {
    "Content-Type": MEDIA_TYPES[extname(path)] ?? "application/octet-stream",
    "X-Content-Type-Options": "nosniff",
    // Vite names assets by content hash, so they never change; index.html must always be fresh.
    "Cache-Control": relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (extname(path) === ".html") headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY;
  if (!COMPRESSIBLE.has(extname(path))) return c.body(new Uint8Array(body), 200, headers);
  headers.Vary = "Accept-Encoding";
  const encoding = acceptedEncoding(c.req.header("Accept-Encoding"));
  if (!encoding) return c.body(new Uint8Array(body), 200, headers);
  headers["Content-Encoding"] = encoding;
  return c.body(new Uint8Array(await compressedFile(path, body, encoding)), 200, headers);
}
