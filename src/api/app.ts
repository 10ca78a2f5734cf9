// The HTTP API and web UI as one Hono app: the route table, one validation path, one error path.
import { timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { AppError, isAppError } from "../model/index.ts";
import type { Pipeline } from "../pipeline/index.ts";
import type { Store } from "../store/index.ts";
import { httpStatusOf } from "./http-status.ts";
import { openApiDocument } from "./openapi.ts";
import { ROUTES, type Route } from "./routes.ts";
import type { ApiError } from "./types.ts";
import { validate } from "../query/index.ts";
import { serveWebFile, WEB_ROOT } from "./web-ui.ts";

export interface ApiOptions {
  store: Store;
  /** Loaded on first use: only writes need the pipeline and its knowledge base. */
  pipeline: () => Promise<Pipeline>;
  /** Anyone who reaches the server may POST articles (without a token). */
  allowWrite?: boolean;
  /** Writes need `Authorization: Bearer <token>`. */
  token?: string;
  /** Where the built web UI is (default web/dist). */
  webRoot?: string;
  version?: string;
}

/** Uploads over this size are refused before they are read. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export function createApi(options: ApiOptions): Hono {
  const app = new Hono();
  const openApi = openApiDocument(ROUTES, options.version ?? "0.0.0");

  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new AppError("NOT_FOUND", "no such route", `${c.req.method} ${c.req.path}`)));

  // JSON answers (the views fetch up to 10,000 events at once) and exports go out gzipped when asked
  app.use("/api/*", compress());
  app.get("/openapi.json", (c) => c.json(openApi));
  for (const route of ROUTES) {
    const path = route.path.replace(/\{(\w+)\}/g, ":$1");
    const handler = async (c: Context) => {
      if (route.writes) checkWriteAllowed(c, options);
      const result = await route.handle({
        store: options.store,
        pipeline: options.pipeline,
        query: route.query ? validate(route.query, c.req.query()) : {},
        params: route.params ? validate(route.params, c.req.param()) : {},
        c,
      });
      return result instanceof Response ? result : c.json(result);
    };
    if (route.method === "post") {
      app.post(path, bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => { throw new AppError("INPUT_TOO_LARGE", `the body is over ${MAX_BODY_BYTES >> 20} MB`, "body"); } }), handler);
    } else {
      app.get(path, handler);
    }
  }
  app.get("*", (c) => (c.req.path.startsWith("/api/") ? c.notFound() : serveWebFile(c, options.webRoot ?? WEB_ROOT)));
  return app;
}

/** The one error path: AppError codes become HTTP statuses in http-status.ts; anything else is a 500. */
function errorResponse(c: Context, error: unknown): Response {
  if (isAppError(error)) {
    const body: ApiError = { error: { code: error.code, message: error.message } };
    if (error.subject) body.error.parameter = error.subject;
    return c.json(body, httpStatusOf(error.code));
  }
  console.error("sitrep: internal error:", error);
  return c.json({ error: { code: "INTERNAL", message: "internal error" } } satisfies ApiError, 500);
}

function checkWriteAllowed(c: Context, options: ApiOptions): void {
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

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type { Route };
