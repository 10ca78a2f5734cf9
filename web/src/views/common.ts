// Pieces several views show: links to actors and events, dates at their precision, pagers.
import type { ActorLink } from "../../../src/store/types.ts";
import type { DocumentSummary, EventRecord, Page } from "../api.ts";
import { el } from "../dom.ts";
import { stanceOf } from "../plover.ts";
import { link } from "../route.ts";

export type View = (root: HTMLElement, route: import("../route.ts").Route) => Promise<void | (() => void)>;

export function actorLink(actor: ActorLink | undefined): Node {
  if (!actor) return el("span", { class: "muted" }, "—");
  const label = actor.name + (actor.country ? ` (${actor.country})` : "");
  return actor.id ? el("a", { href: link("entity", actor.id) }, label) : el("span", {}, label);
}

export function typeBadge(type: string): HTMLElement {
  return el("span", { class: `badge ${stanceOf(type)}`, title: stanceOf(type) }, type);
}

/** "2025-07-10", "2025-07 (month)", "undated". */
export function dateLabel(event: Pick<EventRecord, "date" | "precision">): string {
  if (!event.date) return "undated";
  return event.precision === "day" || event.precision === "none" ? event.date : `${event.date} (${event.precision})`;
}

export function eventSummary(event: EventRecord): string {
  const sides = [event.source?.name, event.target?.name].filter(Boolean).join(" – ");
  return `${event.type}${event.mode ? `/${event.mode}` : ""}${sides ? ` · ${sides}` : ""}`;
}

export function eventTable(events: EventRecord[]): HTMLElement {
  return el(
    "table",
    { class: "records" },
    el("thead", {}, el("tr", {}, ...["date", "type", "source", "target", "place", "sources", "confidence", ""].map((h) => el("th", {}, h)))),
    el(
      "tbody",
      {},
      ...events.map((e) =>
        el(
          "tr",
          {},
          el("td", {}, dateLabel(e)),
          el("td", {}, typeBadge(e.type)),
          el("td", {}, actorLink(e.source)),
          el("td", {}, actorLink(e.target)),
          el("td", {}, e.place?.name ?? ""),
          el("td", { class: "num" }, `${e.reports}`, e.corroboration !== e.reports ? ` (${e.corroboration} indep.)` : ""),
          el("td", { class: "num" }, e.confidence.toFixed(2)),
          el("td", {}, el("a", { href: link("event", e.id) }, "evidence →")),
        ),
      ),
    ),
  );
}

/** "1–100 of 2,345" with previous/next links that keep the route's other parameters. */
export function pager(page: Page<unknown>, hrefAt: (offset: number) => string): HTMLElement {
  const last = page.offset + page.items.length;
  const total = `${page.total.toLocaleString("en")}${page.totalIsLowerBound ? "+" : ""}`;
  return el(
    "div",
    { class: "pager" },
    page.offset > 0 ? el("a", { href: hrefAt(Math.max(0, page.offset - page.limit)) }, "← previous") : null,
    el("span", {}, page.items.length ? `${page.offset + 1}–${last} of ${total}` : `none of ${total}`),
    last < page.total ? el("a", { href: hrefAt(last) }, "next →") : null,
  );
}

/** A document by its title, else the file or URL it came from. */
export function documentLabel(doc: DocumentSummary): string {
  return doc.title || doc.input || doc.id;
}

export function heading(title: string, ...extra: Array<Node | string>): HTMLElement {
  return el("header", { class: "view-head" }, el("h1", {}, title), ...extra);
}

export function offsetOf(params: URLSearchParams): number {
  const n = Number(params.get("offset") ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
