// The timeline: events of the filter on two rows (cooperation, conflict), aggregated per day, week,
// month or year when the window holds too many to draw; clicking an event shows its sources and evidence.
import { DataSet } from "vis-data";
import { Timeline, type DataItem } from "vis-timeline";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { api, type EventRecord } from "../api.ts";
import { timelineItems, extentOf, type TimelineItem } from "../aggregate.ts";
import { humanDate } from "../../../src/query/human-date.ts";
import { el } from "../dom.ts";
import { filterBar, filtersOf, viewSwitch, VIEW_EVENT_LIMIT } from "../filters.ts";
import { replaceParams } from "../route.ts";
import { eventSummary, heading, type View } from "./common.ts";
import { eventCard } from "./records.ts";

function itemContent(item: TimelineItem): HTMLElement {
  if (item.event) {
    const date = item.event.date;
    const title = date ? `${humanDate(date)} (TIMEX3 ${date})` : "undated";
    return el("span", { class: "tl-event", title, dataset: { type: item.event.type, date: date ?? "" } }, eventSummary(item.event));
  }
  return el("span", { class: "tl-bucket", title: `${item.count} events` }, item.count.toLocaleString("en"));
}

function toVisItem(item: TimelineItem): DataItem {
  return {
    id: item.id,
    group: item.group,
    start: new Date(item.start),
    end: item.end === undefined ? undefined : new Date(item.end),
    type: item.end === undefined ? "box" : "range",
    // An element, not a string: vis-timeline would parse a string as HTML (its declaration says string,
    // its renderer appends elements as they are).
    content: itemContent(item) as unknown as string,
    className: `${item.group}${item.event ? "" : " bucket"}`,
  };
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export const timelineView: View = async (root, route) => {
  const page = await api.events(filtersOf(route.params), VIEW_EVENT_LIMIT);
  const events = page.items;
  const undated = events.filter((e) => !e.dateStart).length;
  const status = el("p", { class: "muted timeline-status" });
  const container = el("div", { class: "timeline" });
  const details = el("div", { class: "timeline-details" });
  root.append(heading("Timeline", viewSwitch(route)), filterBar(route), status, container, details);

  const extent = extentOf(events);
  if (!extent) {
    status.textContent = `No dated events match (${events.length} undated).`;
    return;
  }
  const fromParam = Date.parse(route.params.get("start") ?? "");
  const toParam = Date.parse(route.params.get("end") ?? "");
  const window = Number.isNaN(fromParam) || Number.isNaN(toParam) ? extent : { start: fromParam, end: toParam };

  const items = new DataSet<DataItem>();
  const byId = new Map<string, TimelineItem>();
  const groups = new DataSet([
    { id: "cooperation", content: "Cooperation", className: "cooperation" },
    { id: "conflict", content: "Conflict", className: "conflict" },
  ]);
  const timeline = new Timeline(container, items, groups, {
    start: new Date(window.start),
    end: new Date(window.end),
    stack: true,
    zoomMin: 86_400_000,
    maxHeight: 520,
    orientation: "top",
    selectable: true,
    align: "left",
    showCurrentTime: false,
  });

  const draw = (from: number, to: number) => {
    const drawn = timelineItems(events, from, to);
    byId.clear();
    for (const item of drawn) byId.set(item.id, item);
    const unit = drawn.find((i) => i.unit)?.unit;
    // Buckets of one stance never overlap: one row each; single events stack so that none hides another.
    timeline.setOptions({ stack: !unit });
    items.clear();
    items.add(drawn.map(toVisItem));
    status.textContent =
      `${page.total.toLocaleString("en")}${page.totalIsLowerBound ? "+" : ""} events match` +
      (page.total > events.length ? ` (the first ${events.length.toLocaleString("en")} are drawn)` : "") +
      (undated ? `; ${undated} undated not shown` : "") +
      (unit ? `; counted per ${unit} — zoom in or click a box to see single events` : "");
  };
  draw(window.start, window.end);

  timeline.on("rangechanged", ({ start, end }: { start: Date; end: Date }) => {
    draw(start.getTime(), end.getTime());
    replaceParams(route, { start: isoDay(start.getTime()), end: isoDay(end.getTime()) });
  });
  timeline.on("select", async ({ items: selected }: { items: string[] }) => {
    const item = selected[0] ? byId.get(selected[0]) : undefined;
    if (!item) return;
    if (!item.event) {
      timeline.setWindow(new Date(item.start), new Date(item.end ?? item.start));
      return;
    }
    replaceParams(route, { event: item.event.id });
    await showEvent(details, item.event);
  });
  const selected = route.params.get("event");
  const preselected = selected ? events.find((e) => e.id === selected) : undefined;
  if (preselected) await showEvent(details, preselected);
  return () => timeline.destroy();
};

async function showEvent(details: HTMLElement, event: EventRecord): Promise<void> {
  details.replaceChildren(el("p", { class: "muted" }, "Loading the sources…"));
  details.replaceChildren(eventCard(await api.event(event.id)));
}
