// The analyst's workbench: a hash router over the views. Heavy views (timeline, network, map) load
// their libraries only when first opened, so the first page stays small.
import "./style.css";
import { ApiRequestError } from "./api.ts";
import { el } from "./dom.ts";
import { link, parseRoute } from "./route.ts";
import type { View } from "./views/common.ts";

const VIEWS: Record<string, () => Promise<View>> = {
  timeline: async () => (await import("./views/timeline.ts")).timelineView,
  network: async () => (await import("./views/network.ts")).networkView,
  map: async () => (await import("./views/map.ts")).mapView,
  events: async () => (await import("./views/lists.ts")).eventsView,
  event: async () => (await import("./views/records.ts")).eventView,
  entities: async () => (await import("./views/lists.ts")).entitiesView,
  entity: async () => (await import("./views/records.ts")).entityView,
  documents: async () => (await import("./views/lists.ts")).documentsView,
  document: async () => (await import("./views/reader.ts")).readerView,
  quotes: async () => (await import("./views/lists.ts")).quotesView,
  search: async () => (await import("./views/lists.ts")).searchView,
};

const main = document.querySelector<HTMLElement>("#view")!;
let cleanup: (() => void) | void;
let rendering = 0;

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const ticket = ++rendering;
  cleanup?.();
  cleanup = undefined;
  const root = el("div", { class: `view view-${route.view}` });
  main.replaceChildren(root);
  main.setAttribute("aria-busy", "true");
  for (const a of document.querySelectorAll<HTMLAnchorElement>("header.top nav a")) {
    a.classList.toggle("active", a.getAttribute("href") === link(route.view));
  }
  try {
    const load = VIEWS[route.view];
    if (!load) throw new ApiRequestError(404, `no view called "${route.view}"`);
    const done = await (await load())(root, route);
    if (ticket !== rendering) done?.();
    else cleanup = done;
  } catch (e) {
    if (ticket !== rendering) return;
    const message = e instanceof Error ? e.message : String(e);
    root.append(el("div", { class: "error", role: "alert" }, message));
  } finally {
    if (ticket === rendering) main.setAttribute("aria-busy", "false");
  }
}

document.querySelector<HTMLFormElement>("#search")!.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = new FormData(event.target as HTMLFormElement).get("q");
  location.hash = link("search", undefined, { q: String(q ?? "").trim() });
});
window.addEventListener("hashchange", render);
void render();
