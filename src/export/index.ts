// Exports of the corpus into the formats analysts' tools read. Each format streams to `out`.
import { AppError } from "../model/index.ts";
import type { Store } from "../store/index.ts";

export const EXPORT_FORMATS = ["jsonl", "csv", "gdelt", "geojson", "timelinejs", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Anything with a node-style write (a file stream, process.stdout, an HTTP response body). */
export interface ExportSink {
  write(chunk: string): boolean | void;
}

/**
 * Writes the whole corpus to `out` in `format`:
 * - jsonl: one fused event per line with all its reports and evidence;
 * - csv: ACLED-like columns (event_id, event_date, time_precision, event_type, ...);
 * - gdelt: GDELT-style event TSV with CAMEO codes;
 * - geojson: an RFC 7946 FeatureCollection of located events ([lon, lat]);
 * - timelinejs: TimelineJS JSON;
 * - gexf: a GEXF 1.3 dynamic actor network (edges carry event dates, for Gephi's timeline);
 * - graphml: a GraphML actor network.
 * Throws BAD_ARGUMENT for an unknown format.
 */
export async function exportAs(store: Store, format: string, out: ExportSink): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new AppError("BAD_ARGUMENT", `unknown export format "${format}" (${EXPORT_FORMATS.join(", ")})`, "--format");
  }
  const { writeExport } = await import("./formats.ts");
  await writeExport(store, format as ExportFormat, out);
}
