// Every API route, in one table: the same entry validates requests, runs the query and documents the
// route in /openapi.json. Routes reach the corpus only through src/query and src/export.
import type { Context } from "hono";
import type { z } from "zod";
import { exportAs, type ExportFormat, type ExportSink } from "../export/index.ts";
import {
  entityProfile, getDocument, getEvent, listEntities, listEvents, listQuotes, searchDocuments, timeline,
} from "../query/index.ts";
import type { Store } from "../store/index.ts";
import type { Annotator } from "./app.ts";
import { readPostedArticle } from "./articles.ts";
import {
  articleJson, articleUpload, documentQuery, entityQuery, eventQuery, exportParams, exportQuery, idParams, quoteQuery,
  searchQuery, timelineQuery,
} from "./schemas.ts";
import type { Page } from "./types.ts";

export interface RouteContext<Q, P> {
  store: Store;
  annotator: () => Promise<Annotator>;
  allowPrivateUrls: boolean;
  query: Q;
  params: P;
  c: Context;
}

type AnyObject = z.ZodType<Record<string, unknown>>;

export interface Route {
  method: "get" | "post";
  /** OpenAPI style: /api/events/{id}. */
  path: string;
  summary: string;
  tag: string;
  query?: AnyObject;
  params?: AnyObject;
  /** Request bodies by media type (validated by the handler, which knows how to read each). */
  body?: Record<string, z.ZodType>;
  /** Needs --allow-write or the bearer token. */
  writes?: boolean;
  /** Success status and what it returns. */
  ok: { status: 200 | 201; description: string; mediaType?: string };
  /** Answers one page of a list (the Page envelope: items, total, limit, offset). */
  paged?: boolean;
  /** Ids a route can miss (documents 404). */
  mayMiss?: boolean;
  handle(ctx: RouteContext<Record<string, unknown>, Record<string, unknown>>): Promise<unknown>;
}

/** Typed helper: infers the handler's query and params from the schemas, then erases them for the table. */
function route<Q extends AnyObject, P extends AnyObject>(
  spec: Omit<Route, "handle" | "query" | "params"> & {
    query?: Q;
    params?: P;
    handle(ctx: RouteContext<z.output<Q>, z.output<P>>): Promise<unknown>;
  },
): Route {
  return spec as unknown as Route;
}

/** Rows the API will scan to count the matches of a filter when they exceed one page. */
const COUNT_CAP = 50_000;

/**
 * One page of a list with the total count of matches. The query functions return rows only, so the
 * total is exact when the page is the last one, read from the corpus counts when the list is
 * unfiltered (`unfilteredTotal`), and otherwise counted by a second, capped query.
 */
async function paginate<T>(
  fetchRows: (limit: number, offset: number) => Promise<T[]>,
  limit: number,
  offset: number,
  unfilteredTotal?: () => Promise<number>,
): Promise<Page<T>> {
  const rows = await fetchRows(limit + 1, offset);
  if (rows.length <= limit && (rows.length > 0 || offset === 0)) {
    return { items: rows, total: offset + rows.length, limit, offset };
  }
  if (unfilteredTotal) return { items: rows.slice(0, limit), total: await unfilteredTotal(), limit, offset };
  const total = (await fetchRows(COUNT_CAP, 0)).length;
  const page: Page<T> = { items: rows.slice(0, limit), total, limit, offset };
  if (total >= COUNT_CAP) page.totalIsLowerBound = true;
  return page;
}

const EXPORT_MEDIA_TYPES: Record<ExportFormat, { type: string; extension: string }> = {
  jsonl: { type: "application/x-ndjson", extension: "jsonl" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  gdelt: { type: "text/tab-separated-values; charset=utf-8", extension: "tsv" },
  geojson: { type: "application/geo+json", extension: "geojson" },
  timelinejs: { type: "application/json", extension: "json" },
  gexf: { type: "application/xml", extension: "gexf" },
  graphml: { type: "application/xml", extension: "graphml" },
};

/**
 * Streams an export as it is written. The response starts with the first chunk, so an export that
 * fails before writing anything still gets its proper error status; a later failure aborts the body.
 */
function streamExport(run: (out: ExportSink) => Promise<void>, headers: Record<string, string>): Promise<Response> {
  return new Promise((resolve, reject) => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const encoder = new TextEncoder();
    let started = false;
    const start = () => {
      if (!started) resolve(new Response(body, { headers }));
      started = true;
    };
    run({
      write(chunk) {
        controller.enqueue(encoder.encode(chunk));
        start();
        return (controller.desiredSize ?? 1) > 0;
      },
    }).then(
      () => {
        start();
        controller.close();
      },
      (error: unknown) => (started ? controller.error(error) : reject(error)),
    );
  });
}

export const ROUTES: Route[] = [
  route({
    method: "get", path: "/api/stats", tag: "corpus", summary: "Counts of documents, actors, events, reports and quotes",
    ok: { status: 200, description: "corpus counts" },
    handle: ({ store }) => store.stats(),
  }),
  route({
    method: "get", path: "/api/documents", tag: "documents", summary: "Stored documents, newest first",
    query: documentQuery, ok: { status: 200, description: "a page of document summaries" }, paged: true,
    handle: ({ store, query }) =>
      paginate((limit, offset) => store.listDocuments({ limit, offset }), query.limit, query.offset, async () => (await store.stats()).documents),
  }),
  route({
    method: "get", path: "/api/documents/{id}", tag: "documents", summary: "A document with every annotation layer",
    params: idParams, mayMiss: true, ok: { status: 200, description: "the stored document and how it was fused" },
    handle: ({ store, params }) => getDocument(store, params.id),
  }),
  route({
    method: "post", path: "/api/documents", tag: "documents",
    summary: "Annotate an article (text, URL or uploaded file) and store it",
    body: { "application/json": articleJson, "multipart/form-data": articleUpload },
    writes: true, ok: { status: 201, description: "what was stored, one entry per article read" },
    handle: async ({ store, annotator, allowPrivateUrls, c }) => readPostedArticle(c, store, await annotator(), { publicOnly: !allowPrivateUrls }),
  }),
  route({
    method: "get", path: "/api/events", tag: "events", summary: "Fused events matching every filter, chronological",
    query: eventQuery, ok: { status: 200, description: "a page of events" }, paged: true,
    handle: ({ store, query }) => {
      const { limit: _limit, offset: _offset, ...filters } = query;
      const unfiltered = Object.values(filters).every((v) => v === undefined);
      return paginate((limit, offset) => listEvents(store, { ...filters, limit, offset }), query.limit, query.offset,
        unfiltered ? async () => (await store.stats()).events : undefined);
    },
  }),
  route({
    method: "get", path: "/api/events/{id}", tag: "events",
    summary: "A fused event with every source document and its evidence",
    params: idParams, mayMiss: true, ok: { status: 200, description: "the event and its sources" },
    handle: ({ store, params }) => getEvent(store, params.id),
  }),
  route({
    method: "get", path: "/api/timeline", tag: "events", summary: "The events of an actor (with another), in date order, with sources",
    query: timelineQuery, ok: { status: 200, description: "timeline entries" },
    handle: async ({ store, query }) => ({ items: await timeline(store, query) }),
  }),
  route({
    method: "get", path: "/api/entities", tag: "entities", summary: "Actors of the corpus, most mentioned first",
    query: entityQuery, ok: { status: 200, description: "a page of actors" }, paged: true,
    handle: ({ store, query }) =>
      paginate((limit, offset) => listEntities(store, { type: query.type, text: query.text, limit, offset }), query.limit, query.offset,
        query.type || query.text ? undefined : async () => (await store.stats()).actors),
  }),
  route({
    method: "get", path: "/api/entities/{id}", tag: "entities",
    summary: "An actor's profile: roles, aliases, events, quotes, co-actors (by id, name or alias)",
    params: idParams, mayMiss: true, ok: { status: 200, description: "the actor's profile" },
    handle: ({ store, params }) => entityProfile(store, params.id),
  }),
  route({
    method: "get", path: "/api/quotes", tag: "quotes", summary: "Quotes, by a speaker if given",
    query: quoteQuery, ok: { status: 200, description: "a page of quotes" }, paged: true,
    handle: ({ store, query }) =>
      paginate((limit, offset) => listQuotes(store, { speaker: query.speaker, limit, offset }), query.limit, query.offset,
        query.speaker ? undefined : async () => (await store.stats()).quotes),
  }),
  route({
    method: "get", path: "/api/search", tag: "documents", summary: "Full-text search over titles and text: the 1,000 last stored matches best first, then the rest, last stored first",
    query: searchQuery, ok: { status: 200, description: "a page of hits with snippets" }, paged: true,
    handle: ({ store, query }) => paginate((limit, offset) => searchDocuments(store, query.q, { limit, offset }), query.limit, query.offset),
  }),
  route({
    method: "get", path: "/api/export/{format}", tag: "exports",
    summary: "The events matching every filter as JSONL, ACLED CSV, GDELT 2.0 TSV, GeoJSON, TimelineJS, GEXF or GraphML",
    params: exportParams, query: exportQuery, ok: { status: 200, description: "the export file", mediaType: "application/octet-stream" },
    handle: async ({ store, params, query }) => {
      const media = EXPORT_MEDIA_TYPES[params.format];
      const { bom, header, extended, all, ...filters } = query;
      const options = { query: filters, bom: bom === "true", header: header === "true", extended: extended === "true", all: all === "true" };
      return streamExport((out) => exportAs(store, params.format, out, options), {
        "Content-Type": media.type,
        "Content-Disposition": `attachment; filename="sitrep-events.${media.extension}"`,
      });
    },
  }),
];
