// Exports of the corpus into the formats analysts' tools read. Each format streams to `out`,
// reading the store a page of events at a time.
import { AppError } from "../model/index.ts";
import { eventFilter } from "../query/index.ts";
import type { Store } from "../store/index.ts";
import { writeAcledCsv } from "./acled.ts";
import { writeGdeltTsv } from "./gdelt.ts";
import { writeGeoJson } from "./geojson.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphMl } from "./graphml.ts";
import { writeJsonLines } from "./jsonl.ts";
import { writeTimelineJs } from "./timelinejs.ts";
import { eachEvent, type ExportInput, type ExportOptions, type ExportSink } from "./sink.ts";

export type { ExportOptions, ExportSink } from "./sink.ts";

export const EXPORT_FORMATS = ["jsonl", "csv", "gdelt", "geojson", "timelinejs", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS: Record<ExportFormat, (input: ExportInput, out: ExportSink) => Promise<void>> = {
  jsonl: writeJsonLines,
  csv: writeAcledCsv,
  gdelt: writeGdeltTsv,
  geojson: writeGeoJson,
  timelinejs: writeTimelineJs,
  gexf: writeGexf,
  graphml: writeGraphMl,
};

/**
 * Writes the events `options.query` chooses (all by default) to `out` in `format`:
 * - jsonl: one fused event per line with all its sources and evidence;
 * - csv: ACLED's 31 columns (events with an ACLED type; all with `all`);
 * - gdelt: GDELT 2.0's 61 event-table columns, tab-separated, no header unless `header`;
 * - geojson: an RFC 7946 FeatureCollection of located events ([lon, lat]);
 * - timelinejs: TimelineJS JSON of dated events, each slide linking to its sources;
 * - gexf: a GEXF 1.3 dynamic, directed actor network (edges carry event dates, for Gephi's timeline);
 * - graphml: a directed GraphML actor network (one edge per ordered pair of actors and event type).
 * Throws BAD_ARGUMENT for an unknown format or type, NOT_FOUND for an actor name that matches no actor.
 */
export async function exportAs(store: Store, format: string, out: ExportSink, options: ExportOptions = {}): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new AppError("BAD_ARGUMENT", `unknown export format "${format}" (${EXPORT_FORMATS.join(", ")})`, "--format");
  }
  const filter = await eventFilter(store, options.query ?? {});
  await WRITERS[format as ExportFormat]({ store, events: () => eachEvent(store, filter), options }, out);
}
