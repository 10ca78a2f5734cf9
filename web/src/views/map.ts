// The map: event places over country shapes drawn from a bundled world atlas (no internet tiles, no
// text glyphs), clustered when dense. Place names are listed beside the map, since the map has no labels.
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, MapMouseEvent } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesAtlas from "world-atlas/countries-110m.json";
import { api, type EventRecord } from "../api.ts";
import { el } from "../dom.ts";
import { filterBar, filtersOf, viewSwitch, VIEW_EVENT_LIMIT } from "../filters.ts";
import { STANCE_COLOURS, stanceOf } from "../plover.ts";
import { link } from "../route.ts";
import { heading, type View } from "./common.ts";

maplibregl.setWorkerUrl(workerUrl);

const countries = feature(countriesAtlas as unknown as Topology, (countriesAtlas as unknown as Topology).objects.countries as GeometryCollection);

function eventPoints(events: EventRecord[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: Array<GeoJSON.Feature<GeoJSON.Point>> = [];
  for (const e of events) {
    if (e.place?.lat === undefined || e.place.lon === undefined) continue;
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [e.place.lon, e.place.lat] },
      properties: { id: e.id, stance: stanceOf(e.type) },
    });
  }
  return { type: "FeatureCollection", features };
}

function placeCounts(events: EventRecord[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of events) if (e.place?.name) counts.set(e.place.name, (counts.get(e.place.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export const mapView: View = async (root, route) => {
  const filters = filtersOf(route.params);
  const page = await api.events(filters, VIEW_EVENT_LIMIT);
  const points = eventPoints(page.items);
  const container = el("div", { class: "map", "aria-label": "map of event places" });
  const places = placeCounts(page.items);
  root.append(
    heading("Map", viewSwitch(route)),
    filterBar(route),
    el(
      "p",
      { class: "muted" },
      `${points.features.length.toLocaleString("en")} of ${page.items.length.toLocaleString("en")} events have a located place. `,
      el("span", { class: "swatch cooperation" }, "cooperation"), " ", el("span", { class: "swatch conflict" }, "conflict"),
      "; grey circles are clusters (click to zoom in).",
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
  const map = new maplibregl.Map({
    container,
    style: {
      version: 8,
      sources: {
        countries: { type: "geojson", data: countries },
        events: { type: "geojson", data: points, cluster: true, clusterRadius: 30, clusterMaxZoom: 8 },
      },
      layers: [
        { id: "sea", type: "background", paint: { "background-color": "#dbe9f4" } },
        { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f8f9fa" } },
        { id: "borders", type: "line", source: "countries", paint: { "line-color": "#adb5bd", "line-width": 0.6 } },
        {
          id: "clusters", type: "circle", source: "events", filter: ["has", "point_count"],
          paint: {
            "circle-color": "#868e96", "circle-opacity": 0.75, "circle-stroke-color": "#fff", "circle-stroke-width": 1,
            "circle-radius": ["interpolate", ["linear"], ["get", "point_count"], 2, 9, 100, 20, 5000, 40],
          },
        },
        {
          id: "events", type: "circle", source: "events", filter: ["!", ["has", "point_count"]],
          paint: {
            "circle-radius": 6, "circle-stroke-color": "#fff", "circle-stroke-width": 1,
            "circle-color": ["match", ["get", "stance"], "cooperation", STANCE_COLOURS.cooperation, STANCE_COLOURS.conflict],
          },
        },
      ],
    },
    center: [20, 30],
    zoom: 1,
    attributionControl: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  map.on("idle", () => {
    // What the map shows, for the browser tests and assistive tools: drawn places and clusters.
    container.dataset.drawn = String(map.queryRenderedFeatures({ layers: ["events", "clusters"] }).length);
  });
  map.on("load", () => {
    container.dataset.rendered = "true";
    if (points.features.length) {
      const bounds = new maplibregl.LngLatBounds();
      for (const f of points.features) bounds.extend(f.geometry.coordinates as [number, number]);
      map.fitBounds(bounds, { padding: 60, maxZoom: 5, duration: 0 });
    }
  });
  map.on("click", "events", (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
    const id = event.features?.[0]?.properties?.id as string | undefined;
    if (id) location.hash = link("event", id);
  });
  map.on("click", "clusters", async (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
    const cluster = event.features?.[0];
    if (!cluster || cluster.geometry.type !== "Point") return;
    const zoom = await (map.getSource("events") as GeoJSONSource).getClusterExpansionZoom(cluster.properties?.cluster_id as number);
    map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom });
  });
  for (const layer of ["events", "clusters"]) {
    map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
  }
  return () => map.remove();
};
