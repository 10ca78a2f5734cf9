// Response shapes of the HTTP API beyond the query records; shared by the server and the web client.

/** One page of a list: `total` counts every match of the filter, not only this page. */
export interface Page<T> {
  items: T[];
  total: number;
  /** True when there were more matches than the API counts (`total` is then a lower bound). */
  totalIsLowerBound?: boolean;
  limit: number;
  offset: number;
}

/** What a POST of an article did. */
export interface StoredArticle {
  input: string;
  id?: string;
  /** "added", "exists" (same content already stored), or "failed" with the error. */
  result: "added" | "exists" | "failed";
  title?: string;
  events?: number;
  error?: { code: string; message: string };
}

/** The body of every error response. */
export interface ApiError {
  error: { code: string; message: string; parameter?: string };
}
