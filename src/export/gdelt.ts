// GDELT-style event TSV (GDELT 2.0 event table column names, a subset, with a header row), so that
// GDELT users' loaders and CAMEO-based analyses read sitrep events. Actor codes are ISO 3166-1
// alpha-3 country codes, as CAMEO actor codes begin. GDELT has day dates only: SQLDATE is the first
// day an event's date covers, and DatePrecision (not in GDELT) says how precise it is.
import { cameoCodeOf, quadClass } from "./cameo.ts";
import { emit, type ExportInput, type ExportSink } from "./sink.ts";

export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
  "NumMentions", "NumSources", "NumArticles",
  "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
  "DATEADDED", "SOURCEURL", "DatePrecision", "PloverType",
];

export async function writeGdeltTsv(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, GDELT_COLUMNS.join("\t") + "\n");
  for await (const e of input.events()) {
    const code = cameoCodeOf(e.type, e.cameo);
    const day = e.dateStart?.replace(/-/g, "");
    const located = e.place?.lat !== undefined;
    const firstAdded = e.sources.map((s) => s.document.addedAt).sort()[0];
    await emit(out, [
      e.id, day, day?.slice(0, 6), day?.slice(0, 4), e.dateStart ? fractionDate(e.dateStart) : undefined,
      e.source?.country, e.source?.name, e.source?.country, e.target?.country, e.target?.name, e.target?.country,
      1, code, code.slice(0, 3), code.slice(0, 2), quadClass(code),
      e.sources.reduce((n, s) => n + s.evidence.length, 0), e.corroboration, e.reports,
      located ? 4 : undefined, e.place?.name, e.place?.country, e.place?.lat, e.place?.lon,
      firstAdded?.replace(/\D/g, "").slice(0, 14), e.sources.find((s) => s.document.url)?.document.url,
      e.precision, e.type,
    ].map(tsvField).join("\t") + "\n");
  }
}

/** GDELT's FractionDate: year + day-of-year / 365. */
function fractionDate(isoDay: string): string {
  const year = Number(isoDay.slice(0, 4));
  const dayOfYear = (Date.parse(isoDay) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return (year + dayOfYear / 365).toFixed(4);
}

/** GDELT's TSV has no quoting: tabs and line breaks inside a field become spaces. */
function tsvField(value: string | number | undefined): string {
  return value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " ");
}
