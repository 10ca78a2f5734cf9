// The HTTP API and web UI as one Hono app: the route table, one validation path, one error path.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { AppError, isAppError, type AnnotatedDocument, type Article } from "../model/index.ts";
import type { Store } from "../store/index.ts";
import { checkHost, checkWriteAllowed, hostKey, LOOPBACK_NAMES, type AccessOptions } from "./access.ts";
import { httpStatusOf } from "./http-status.ts";
import { openApiDocument } from "./openapi.ts";
import { ROUTES, type Route } from "./routes.ts";
import type { ApiError } from "./types.ts";
import { rejectControlCharacters, validate } from "../query/index.ts";
import { serveWebFile, WEB_ROOT } from "./web-ui.ts";

/** What annotates posted articles: the pipeline itself, or (`sitrep serve`) threads off the request thread. */
export interface Annotator {
  annotate(article: Article): AnnotatedDocument | Promise<AnnotatedDocument>;
}

export interface ApiOptions extends AccessOptions {
  store: Store;
  /** Loaded on first use: only writes need the pipeline and its knowledge base. */
  annotator: () => Promise<Annotator>;
  /** Let callers have the server fetch URLs on loopback and private addresses (an operator's choice). */
  allowPrivateUrls?: boolean;
  /** Where the built web UI is (default web/dist). */
  webRoot?: string;
  version?: string;
}

/** Uploads over this size are refused before they are read. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export function createApi(options: ApiOptions): Hono {
  const app = new Hono();
  const openApi = openApiDocument(ROUTES, options.version ?? "0.0.0");
  const hosts = new Set((options.hosts ?? LOOPBACK_NAMES).map(hostKey));

  app.onError((error, c) => errorResponse(c, error));
  app.use("*", async (c, next) => {
    checkHost(c, hosts);
    await next();
  });
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
        annotator: options.annotator,
        allowPrivateUrls: Boolean(options.allowPrivateUrls),
        query: route.query ? validate(route.query, rejectControlCharacters(c.req.query())) : {},
        params: route.params ? validate(route.params, rejectControlCharacters(c.req.param())) : {},
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

export type { Route };
