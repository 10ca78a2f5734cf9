// Hash routing: every view and filter lives in the URL (#/timeline?actor=Rubio&type=CONSULT), so any
// screen can be shared or bookmarked.

export interface Route {
  view: string;
  id?: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#/, "").split("?", 2);
  const [view = "", ...rest] = path.split("/").filter(Boolean);
  const id = rest.length ? decodeURIComponent(rest.join("/")) : undefined;
  return { view: view || "timeline", id, params: new URLSearchParams(query) };
}

/** The href of a view: `link("entity", id)`, `link("timeline", undefined, { actor: "Rubio" })`. */
export function link(view: string, id?: string, params?: Record<string, string | undefined> | URLSearchParams): string {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params ?? {});
  for (const [key, value] of entries) if (value) query.set(key, value);
  const qs = query.toString();
  return `#/${view}${id ? `/${encodeURIComponent(id)}` : ""}${qs ? `?${qs}` : ""}`;
}

/** Updates the URL to match what is on screen without re-rendering (e.g. the timeline's window). */
export function replaceParams(route: Route, changes: Record<string, string | undefined>): void {
  const params = new URLSearchParams(route.params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  history.replaceState(null, "", link(route.view, route.id, params));
}
