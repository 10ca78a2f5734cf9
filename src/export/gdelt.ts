// The GDELT 2.0 event table: the 61 columns of the GDELT 2.0 event codebook, in its order, tab-separated,
// with no header row (GDELT's files have none; `header` adds one), so that every loader that reads
// GDELT by position reads sitrep. sitrep's own columns (date precision, PLOVER type, casualties) come
// after the 61 with `extended`, never among them.
//
// How the columns are filled: GLOBALEVENTID is a number derived from the fused event's id (stable across
// runs and stores); SQLDATE is the first day the event's date covers (GDELT has day dates only;
// `extended` gives the precision); GDELT has no undated events, so undated events are left out.
// Actor codes are CAMEO: the actor's ISO alpha-3 country + the CAMEO sector of its title (USAGOV).
// GoldsteinScale comes from the CAMEO code (data/export/cameo-goldstein.yaml); NumArticles is the
// number of reports, NumSources the independent sources, NumMentions the evidence spans. AvgTone is
// left empty: sitrep measures no tone. Geography: the event's place, with the FIPS 10-4 country code
// (data/export/fips-10-4.yaml) and GDELT's geo type from the place's precision: 1 a country, 2 a US
// state, 3 a US city or site, 4 a city or site elsewhere, 5 a region elsewhere.
// sitrep does not place actors, so the actors' geography is type 0 (none), as in GDELT.
import { CASUALTY_KINDS, type Place } from "../model/index.ts";
import { actorCodes, cameoCodeOf, goldsteinOf, quadClass } from "./cameo.ts";
import { countryNames, placePrecision } from "./countries.ts";
import { inertText } from "./csv.ts";
import { emit, numericEventId, type ExportedEvent, type ExportInput, type ExportSink } from "./sink.ts";

const actorColumns = (n: 1 | 2) => ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map((c) => `Actor${n}${c}`);
const geoColumns = (prefix: string) => ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => `${prefix}Geo_${c}`);

/** The GDELT 2.0 event codebook's columns, in order. */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  ...actorColumns(1), ...actorColumns(2),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...geoColumns("Actor1"), ...geoColumns("Actor2"), ...geoColumns("Action"),
  "DATEADDED", "SOURCEURL",
];

/** sitrep's columns after the 61 with `extended`. */
export const GDELT_EXTENDED_COLUMNS = [
  "SitrepEventId", "DateValue", "DatePrecision", "PloverType", "PloverMode", "Context",
  ...CASUALTY_KINDS.flatMap((kind) => [`${capitalised(kind)}Min`, `${capitalised(kind)}Max`]),
];

/** A report whose evidence starts this early states the event in its lead: GDELT's IsRootEvent. */
const LEAD_CHARS = 400;

type Cell = string | number | undefined;

export async function writeGdeltTsv(input: ExportInput, out: ExportSink): Promise<void> {
  const { header, extended } = input.options;
  if (header) await emit(out, tsvRow([...GDELT_COLUMNS, ...(extended ? GDELT_EXTENDED_COLUMNS : [])]));
  for await (const e of input.events()) {
    if (!e.dateStart) continue;
    const row = gdeltRow(e, e.dateStart);
    if (extended) row.push(e.id, e.date, e.precision, e.type, e.mode, e.context?.join(";"), ...CASUALTY_KINDS.flatMap((k) => [e.casualties?.[k]?.min, e.casualties?.[k]?.max]));
    await emit(out, tsvRow(row));
  }
}

function gdeltRow(e: ExportedEvent, day: string): Cell[] {
  const code = cameoCodeOf(e.type, e.cameo);
  const sqlDate = day.replace(/-/g, "");
  const firstAdded = e.sources.map((s) => s.document.addedAt).sort()[0];
  return [
    numericEventId(e.id), sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4), fractionDate(day),
    ...actorCells(e.source, e), ...actorCells(e.target, e),
    e.sources.some((s) => (s.evidence[0]?.start ?? Infinity) < LEAD_CHARS) ? 1 : 0,
    code, code.slice(0, 3), code.slice(0, 2), quadClass(code), goldsteinOf(code),
    e.sources.reduce((n, s) => n + s.evidence.length, 0), e.corroboration, e.reports, undefined,
    ...noGeo(), ...noGeo(), ...geoCells(e.place),
    firstAdded?.replace(/\D/g, "").slice(0, 14), e.sources.find((s) => s.document.url)?.document.url,
  ];
}

function actorCells(actor: ExportedEvent["source"], e: ExportedEvent): Cell[] {
  const { code, name, country, type } = actorCodes(actor, e.sources);
  return [code, name, country, undefined, undefined, undefined, undefined, type, undefined, undefined];
}

function noGeo(): Cell[] {
  return [0, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
}

function geoCells(place: Place | undefined): Cell[] {
  if (!place) return noGeo();
  const country = countryNames(place.country);
  const precision = placePrecision(place);
  if (precision === "country" && country) return [1, country.name, country.fips, country.fips, undefined, place.lat, place.lon, country.fips];
  const us = place.country === "USA";
  const type = precision === "region" ? (us ? 2 : 5) : us ? 3 : 4;
  const fullName = country ? `${place.name}, ${country.name}` : place.name;
  return [type, fullName, country?.fips, undefined, undefined, place.lat, place.lon, undefined];
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** GDELT's FractionDate: year + day-of-year / 365, four decimals. */
function fractionDate(isoDay: string): string {
  const year = Number(isoDay.slice(0, 4));
  const dayOfYear = (Date.parse(isoDay) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return (year + dayOfYear / 365).toFixed(4);
}

/**
 * GDELT's TSV has no quoting: tabs and line breaks inside a field become spaces. Text that a
 * spreadsheet would run as a formula is made inert as in the CSV exports.
 */
function tsvRow(cells: Cell[]): string {
  return cells.map((c) => (c === undefined ? "" : typeof c === "number" ? String(c) : inertText(c.replace(/[\t\r\n]+/g, " ")))).join("\t") + "\n";
}
