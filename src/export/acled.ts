// CSV in ACLED-like columns, so that ACLED users' scripts and spreadsheets read it. ACLED's
// time_precision: 1 = the day is known, 2 = the week, 3 = the month or less precise.
import type { DatePrecision } from "../store/index.ts";
import { csvHeader, csvRow } from "./csv.ts";
import { emit, evidenceNote, sourceNames, type ExportInput, type ExportSink } from "./sink.ts";

export const ACLED_COLUMNS = [
  "event_id", "event_date", "year", "time_precision", "date_value", "event_type", "sub_event_type", "cameo_code",
  "actor1", "actor1_country", "actor2", "actor2_country", "country", "location", "latitude", "longitude",
  "source", "source_count", "independent_sources", "notes", "confidence", "context", "document_ids",
];

const TIME_PRECISION: Record<DatePrecision, number | undefined> = {
  time: 1, "part-of-day": 1, day: 1, week: 2, month: 3, year: 3, none: undefined,
};

export async function writeAcledCsv(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, csvHeader(ACLED_COLUMNS, input.options));
  for await (const e of input.events()) {
    await emit(out, csvRow([
      e.id, e.dateStart, e.dateStart?.slice(0, 4), TIME_PRECISION[e.precision], e.date, e.type, e.mode, e.cameo,
      e.source?.name, e.source?.country, e.target?.name, e.target?.country, e.place?.country, e.place?.name,
      e.place?.lat, e.place?.lon, sourceNames(e), e.reports, e.corroboration, evidenceNote(e), e.confidence,
      e.context?.join(";"), [...new Set(e.sources.map((s) => s.document.id))].join(";"),
    ]));
  }
}
