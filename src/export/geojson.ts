// GeoJSON (RFC 7946): a FeatureCollection of the events that have coordinates, each a Point in
// WGS 84 [longitude, latitude] (RFC 7946 §3.1.1; no "crs" member, §4), with the place's precision
// (site, city, region, country). Undated or unlocated events are left out: a map cannot place them.
import { emit, sourceNames, type ExportInput, type ExportSink } from "./sink.ts";

export async function writeGeoJson(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, '{"type":"FeatureCollection","features":[');
  let first = true;
  for await (const e of input.events()) {
    const lat = e.place?.lat;
    const lon = e.place?.lon;
    if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const feature = {
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: [round(lon), round(lat)] },
      properties: {
        event_type: e.type, mode: e.mode ?? null, date: e.date ?? null, precision: e.precision,
        date_start: e.dateStart ?? null, date_end: e.dateEnd ?? null,
        actor1: e.source?.name ?? null, actor2: e.target?.name ?? null,
        place: e.place?.name ?? null, country: e.place?.country ?? null,
        // a "country" or "region" point is the area's centroid, not where the event happened
        place_precision: e.place?.precision ?? null,
        reports: e.reports, independent_sources: e.corroboration, sources: sourceNames(e), casualties: e.casualties ?? null,
        documents: e.sources.map((s) => ({ id: s.document.id, title: s.document.title ?? null, url: s.document.url ?? null, published: s.document.published ?? null })),
      },
    };
    await emit(out, (first ? "\n" : ",\n") + JSON.stringify(feature));
    first = false;
  }
  await emit(out, "\n]}\n");
}

/** Six decimals is about 10 cm: more would claim a precision no gazetteer has (RFC 7946 §11.2). */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
