// Exports of the corpus into the formats analysts' tools read. Each format streams to `out`,
// reading the store a page of events at a time.
import { AppError } from "../model/index.ts";
import type { Store } from "../store/index.ts";
import { writeAcledCsv } from "./acled.ts";
import { writeGdeltTsv } from "./gdelt.ts";
import { writeGeoJson } from "./geojson.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphMl } from "./graphml.ts";
import { writeJsonLines } from "./jsonl.ts";
import { writeTimelineJs } from "./timelinejs.ts";
import type { ExportSink } from "./sink.ts";

export type { ExportSink } from "./sink.ts";

export const EXPORT_FORMATS = ["jsonl", "csv", "gdelt", "geojson", "timelinejs", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS: Record<ExportFormat, (store: Store, out: ExportSink) => Promise<void>> = {
  jsonl: writeJsonLines,
  csv: writeAcledCsv,
  gdelt: writeGdeltTsv,
  geojson: writeGeoJson,
  timelinejs: writeTimelineJs,
  gexf: writeGexf,
  graphml: writeGraphMl,
};

/**
 * Writes the whole corpus to `out` in `format`:
 * - jsonl: one fused event per line with all its sources and evidence;
 * - csv: ACLED-like columns (event_id, event_date, time_precision, event_type, ...);
 * - gdelt: GDELT-style event TSV with CAMEO codes;
 * - geojson: an RFC 7946 FeatureCollection of located events ([lon, lat]);
 * - timelinejs: TimelineJS JSON of dated events;
 * - gexf: a GEXF 1.3 dynamic actor network (edges carry event dates, for Gephi's timeline);
 * - graphml: a GraphML actor network (one edge per pair of actors and event type).
 * Throws BAD_ARGUMENT for an unknown format.
 */
export async function exportAs(store: Store, format: string, out: ExportSink): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new AppError("BAD_ARGUMENT", `unknown export format "${format}" (${EXPORT_FORMATS.join(", ")})`, "--format");
  }
  await WRITERS[format as ExportFormat](store, out);
}
