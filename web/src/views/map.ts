// The map: event places over country shapes drawn from a bundled world atlas (no internet tiles, no
// text glyphs). A place is drawn at its precision: a city or site as a point (clustered when dense), a
// country as its shaded area (never a point at its centroid), a region as a hollow ring around its
// approximate centre. Hovering shows the events; place names are also listed beside the map.
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, MapMouseEvent } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { humanDate } from "../../../src/query/human-date.ts";
import { api, type EventRecord } from "../api.ts";
import { countryShapeOf, countryShapes } from "../basemap.ts";
import { el } from "../dom.ts";
import { filterBar, filtersOf, viewSwitch, VIEW_EVENT_LIMIT } from "../filters.ts";
import { balanceColour, STANCE_COLOURS, stanceOf } from "../plover.ts";
import { link, replaceParams } from "../route.ts";
import { heading, type View } from "./common.ts";

maplibregl.setWorkerUrl(workerUrl);

/** How many events a hover label lists before "and N more". */
const LABEL_EVENTS = 4;

type Located = EventRecord & { place: { name: string; lat: number; lon: number } };

function located(e: EventRecord): e is Located {
  return e.place?.lat !== undefined && e.place.lon !== undefined;
}

/** "CONSULT, 10 July 2025: Marco Rubio – Sergei Lavrov". */
function eventLine(e: EventRecord): string {
  const sides = [e.source?.name, e.target?.name].filter(Boolean).join(" – ");
  return `${e.type}${e.date ? `, ${humanDate(e.date)}` : ""}${sides ? `: ${sides}` : ""}`;
}

/** Cities and sites as points; regions as rings (their point is only an approximate centre). */
function eventPoints(events: Located[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: "FeatureCollection",
    features: events.map((e) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [e.place.lon, e.place.lat] },
      properties: { id: e.id, stance: stanceOf(e.type), precision: e.place.precision ?? "city", place: e.place.name, label: eventLine(e) },
    })),
  };
}

/** The countries events are placed in as a whole, shaded by how many and coloured by their balance. */
function countryAreas(events: Located[]): { areas: GeoJSON.FeatureCollection; unmatched: Located[] } {
  const byShape = new Map<number, Located[]>();
  const unmatched: Located[] = [];
  for (const e of events) {
    const shape = countryShapeOf(e.place.name, [e.place.lon, e.place.lat]);
    if (shape === undefined) unmatched.push(e);
    else byShape.set(shape, [...(byShape.get(shape) ?? []), e]);
  }
  const features = [...byShape].map(([index, list]): GeoJSON.Feature => {
    const conflict = list.filter((e) => stanceOf(e.type) === "conflict").length;
    return {
      type: "Feature",
      geometry: countryShapes.features[index]!.geometry,
      properties: { place: list[0]!.place.name, count: list.length, colour: balanceColour(list.length - conflict, conflict), label: eventLines(list) },
    };
  });
  return { areas: { type: "FeatureCollection", features }, unmatched };
}

function eventLines(events: EventRecord[]): string {
  const lines = events.slice(0, LABEL_EVENTS).map(eventLine);
  if (events.length > LABEL_EVENTS) lines.push(`and ${events.length - LABEL_EVENTS} more`);
  return lines.join("\n");
}

/** The camera in the URL ("at=lon,lat,zoom"), so that a map view can be shared or reloaded as it is. */
function cameraOf(params: URLSearchParams): { center: [number, number]; zoom: number } | undefined {
  const [lon, lat, zoom] = (params.get("at") ?? "").split(",").map(Number);
  if (![lon, lat, zoom].every(Number.isFinite)) return undefined;
  return { center: [lon!, lat!], zoom: zoom! };
}

function placeCounts(events: EventRecord[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of events) if (e.place?.name) counts.set(e.place.name, (counts.get(e.place.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The hover label: the place and its events, as text (never HTML: names come from articles). */
function labelContent(place: string, count: number | undefined, lines: string): HTMLElement {
  return el(
    "div",
    { class: "map-label" },
    el("strong", {}, count ? `${place}: ${count} event${count === 1 ? "" : "s"}` : place),
    ...lines.split("\n").map((line) => el("div", {}, line)),
  );
}

export const mapView: View = async (root, route) => {
  const filters = filtersOf(route.params);
  const page = await api.events(filters, VIEW_EVENT_LIMIT);
  const all = page.items.filter(located);
  const { areas, unmatched } = countryAreas(all.filter((e) => e.place.precision === "country"));
  const points = eventPoints([...all.filter((e) => e.place.precision !== "country"), ...unmatched]);
  const container = el("div", { class: "map", "aria-label": "map of event places" });
  const places = placeCounts(page.items);
  root.append(
    heading("Map", viewSwitch(route)),
    filterBar(route),
    el(
      "p",
      { class: "muted map-legend" },
      `${all.length.toLocaleString("en")} of ${page.items.length.toLocaleString("en")} events have a located place. `,
      el("span", { class: "swatch cooperation" }, "cooperation"), " ", el("span", { class: "swatch conflict" }, "conflict"),
      "; dots are cities and sites, rings regions (approximate), shaded countries events placed only in the country; ",
      "grey circles are clusters (click to zoom in). Hover for the events.",
    ),
    el(
      "div",
      { class: "map-layout" },
      container,
      el(
        "aside",
        { class: "places" },
        el("h2", {}, "Places"),
        el("ol", {}, ...places.slice(0, 100).map(([name, n]) =>
          el("li", {}, el("a", { href: link("timeline", undefined, { ...filters, place: name }) }, name), ` (${n})`))),
      ),
    ),
  );
  const stanceColour: maplibregl.ExpressionSpecification = ["match", ["get", "stance"], "cooperation", STANCE_COLOURS.cooperation, STANCE_COLOURS.conflict];
  const map = new maplibregl.Map({
    container,
    style: {
      version: 8,
      sources: {
        countries: { type: "geojson", data: countryShapes },
        areas: { type: "geojson", data: areas },
        events: { type: "geojson", data: points, cluster: true, clusterRadius: 30, clusterMaxZoom: 8 },
      },
      layers: [
        { id: "sea", type: "background", paint: { "background-color": "#dbe9f4" } },
        { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f8f9fa" } },
        {
          id: "areas", type: "fill", source: "areas",
          paint: { "fill-color": ["get", "colour"], "fill-opacity": ["interpolate", ["linear"], ["get", "count"], 1, 0.25, 20, 0.55] },
        },
        { id: "borders", type: "line", source: "countries", paint: { "line-color": "#adb5bd", "line-width": 0.6 } },
        { id: "area-outlines", type: "line", source: "areas", paint: { "line-color": ["get", "colour"], "line-width": 1.2 } },
        {
          id: "clusters", type: "circle", source: "events", filter: ["has", "point_count"],
          paint: {
            "circle-color": "#868e96", "circle-opacity": 0.75, "circle-stroke-color": "#fff", "circle-stroke-width": 1,
            "circle-radius": ["interpolate", ["linear"], ["get", "point_count"], 2, 9, 100, 20, 5000, 40],
          },
        },
        {
          id: "events", type: "circle", source: "events", filter: ["all", ["!", ["has", "point_count"]], ["!=", ["get", "precision"], "region"]],
          paint: { "circle-radius": 6, "circle-stroke-color": "#fff", "circle-stroke-width": 1, "circle-color": stanceColour },
        },
        {
          id: "regions", type: "circle", source: "events", filter: ["all", ["!", ["has", "point_count"]], ["==", ["get", "precision"], "region"]],
          paint: { "circle-radius": 14, "circle-opacity": 0.08, "circle-color": stanceColour, "circle-stroke-color": stanceColour, "circle-stroke-width": 2 },
        },
      ],
    },
    ...(cameraOf(route.params) ?? { center: [20, 30], zoom: 1 }),
    attributionControl: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  map.on("idle", () => {
    // What the map shows, for the browser tests and assistive tools: drawn places, clusters and areas.
    container.dataset.drawn = String(map.queryRenderedFeatures({ layers: ["events", "regions", "clusters"] }).length);
    container.dataset.areas = String(map.queryRenderedFeatures({ layers: ["areas"] }).length);
  });
  map.on("load", () => {
    container.dataset.rendered = "true";
    const bounds = new maplibregl.LngLatBounds();
    for (const f of points.features) bounds.extend(f.geometry.coordinates as [number, number]);
    for (const e of all) if (e.place.precision === "country") bounds.extend([e.place.lon, e.place.lat]);
    if (!bounds.isEmpty() && !cameraOf(route.params)) map.fitBounds(bounds, { padding: 60, maxZoom: 5, duration: 0 });
    map.on("moveend", () => {
      const { lng, lat } = map.getCenter();
      replaceParams(route, { at: `${lng.toFixed(3)},${lat.toFixed(3)},${map.getZoom().toFixed(2)}` });
    });
  });
  for (const layer of ["events", "regions"]) {
    map.on("click", layer, (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
      const id = event.features?.[0]?.properties?.id as string | undefined;
      if (id) location.hash = link("event", id);
    });
  }
  map.on("click", "areas", (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
    const place = event.features?.[0]?.properties?.place as string | undefined;
    if (place) location.hash = link("timeline", undefined, { ...filters, place });
  });
  map.on("click", "clusters", async (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
    const cluster = event.features?.[0];
    if (!cluster || cluster.geometry.type !== "Point") return;
    const zoom = await (map.getSource("events") as GeoJSONSource).getClusterExpansionZoom(cluster.properties?.cluster_id as number);
    map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom });
  });
  const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, className: "map-popup", maxWidth: "320px" });
  for (const layer of ["events", "regions", "areas", "clusters"]) {
    map.on("mousemove", layer, (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
      map.getCanvas().style.cursor = "pointer";
      const p = event.features?.[0]?.properties;
      if (!p) return;
      const content = p.cluster
        ? labelContent(`${p.point_count} events`, undefined, "click to zoom in")
        : labelContent(String(p.place), layer === "areas" ? Number(p.count) : undefined, String(p.label));
      popup.setLngLat(event.lngLat).setDOMContent(content).addTo(map);
    });
    map.on("mouseleave", layer, () => {
      map.getCanvas().style.cursor = "";
      popup.remove();
    });
  }
  return () => map.remove();
};
