// The web client's side of the HTTP API. Types come from the server's own files (src/model, the store
// records and the API envelopes), so client and server cannot drift apart.
import type { Page, StoredArticle } from "../../src/api/types.ts";
import type {
  ActorRecord, DocumentSummary, EntityProfile, EventDetail, EventRecord, EventReport, QuoteRecord, SearchHit,
  StoredDocument,
} from "../../src/query/index.ts";
import type { CorpusStats } from "../../src/store/types.ts";

export type { Page, StoredArticle };
export type {
  ActorRecord, CorpusStats, DocumentSummary, EntityProfile, EventDetail, EventRecord, EventReport, QuoteRecord, SearchHit,
  StoredDocument,
};

/** An error the API answered with, carrying its message (which names the parameter at fault). */
export class ApiRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new ApiRequestError(response.status, body?.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") qs.set(key, String(value));
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** Event filters, exactly as the API (and the CLI) name them. */
export interface EventFilters {
  actor?: string;
  with?: string;
  type?: string;
  from?: string;
  to?: string;
  place?: string;
  text?: string;
}

export const api = {
  stats: () => request<CorpusStats>("/api/stats"),
  events: (filters: EventFilters, limit = 100, offset = 0) =>
    request<Page<EventRecord>>(`/api/events${query({ ...filters, limit, offset })}`),
  event: (id: string) => request<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  document: (id: string) => request<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`),
  documents: (limit: number, offset: number) => request<Page<DocumentSummary>>(`/api/documents${query({ limit, offset })}`),
  entities: (params: { type?: string; text?: string }, limit: number, offset: number) =>
    request<Page<ActorRecord>>(`/api/entities${query({ ...params, limit, offset })}`),
  entity: (id: string) => request<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`),
  quotes: (speaker: string | undefined, limit: number, offset: number) =>
    request<Page<QuoteRecord>>(`/api/quotes${query({ speaker, limit, offset })}`),
  search: (q: string, limit: number, offset: number) => request<Page<SearchHit>>(`/api/search${query({ q, limit, offset })}`),
  postArticle: (body: FormData | { text?: string; url?: string; title?: string; published?: string }, token?: string) =>
    request<{ articles: StoredArticle[] }>("/api/documents", {
      method: "POST",
      headers: {
        ...(body instanceof FormData ? {} : { "Content-Type": "application/json" }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body instanceof FormData ? body : JSON.stringify(body),
    }),
};
