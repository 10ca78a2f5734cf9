// Pieces several views show: links to actors and events, dates at their precision, pagers.
import type { ActorLink } from "../../../src/store/types.ts";
import type { EventRecord, Page } from "../api.ts";
import { humanDate } from "../../../src/query/human-date.ts";
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

/** A TIMEX3 value in words ("10 July 2025, evening", "February 2025"), the value itself in its tooltip. */
export function dateLabel(value: string | undefined): HTMLElement {
  if (!value) return el("span", { class: "muted" }, "undated");
  return el("time", { class: "timex", title: `TIMEX3 ${value}` }, humanDate(value));
}

/** A publication date-time as a day in words, the ISO value in its tooltip. */
export function publishedLabel(published: string | undefined): HTMLElement | null {
  return published ? dateLabel(published.slice(0, 10)) : null;
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
          el("td", {}, dateLabel(e.date)),
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

export function heading(title: string, ...extra: Array<Node | string>): HTMLElement {
  return el("header", { class: "view-head" }, el("h1", {}, title), ...extra);
}

export function offsetOf(params: URLSearchParams): number {
  const n = Number(params.get("offset") ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
