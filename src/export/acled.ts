// ACLED's standard export: its 31 columns in its order, so that ACLED users' scripts and spreadsheets
// read sitrep's events as they read ACLED's. The PLOVER -> ACLED crosswalk, the actor kinds (inter
// codes) and the regions are in data/export/acled.yaml; events ACLED has no type for, and events
// dated less precisely than a month, are left out unless `all`.
//
// event_id_cnty is the country's ISO alpha-3 code + the number GDELT's GLOBALEVENTID also carries;
// event_date is the first day the date covers, time_precision says how precise it is (1 day, 2 week,
// 3 month); geo_precision 1 for a town or site, 3 for a country as a whole; country a name, iso the
// ISO 3166-1 numeric code; source_scale "International" when a wire agency reported it, else empty;
// tags carry the sitrep event id and its PLOVER coding; timestamp is when its last report was stored;
// fatalities is the lowest figure of the dead any report gives (ACLED's conservative rule), 0 when none.
import type { Place } from "../model/index.ts";
import type { ActorLink, DatePrecision } from "../store/index.ts";
import { actorSector } from "./cameo.ts";
import { countryNames, placePrecision } from "./countries.ts";
import { csvHeader, csvRow, type CsvCell } from "./csv.ts";
import { emit, evidenceNote, numericEventId, sourceNames, type ExportedEvent, type ExportInput, type ExportSink } from "./sink.ts";
import { acledTable, type AcledType } from "./tables.ts";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
];

const TIME_PRECISION: Partial<Record<DatePrecision, number>> = { time: 1, "part-of-day": 1, day: 1, week: 2, month: 3 };

const CIVILIANS = 7;
const PROTESTERS = 6;
const RIOTERS = 5;

export async function writeAcledCsv(input: ExportInput, out: ExportSink): Promise<void> {
  const actorTypes = new Map<string, string | undefined>();
  const actorType = async (actor: ActorLink | undefined) => {
    if (!actor?.id) return undefined;
    if (!actorTypes.has(actor.id)) actorTypes.set(actor.id, (await input.store.getActor(actor.id))?.type);
    return actorTypes.get(actor.id);
  };
  await emit(out, csvHeader(ACLED_COLUMNS, input.options));
  for await (const e of input.events()) {
    const precision = TIME_PRECISION[e.precision];
    const inter1 = interOf(e.source, await actorType(e.source), e);
    const inter2 = interOf(e.target, await actorType(e.target), e);
    const type = acledTypeOf(e, inter2);
    if ((!type || !precision) && !input.options.all) continue;
    await emit(out, csvRow(acledRow(e, type, precision, inter1, inter2)));
  }
}

function acledRow(e: ExportedEvent, type: AcledType | undefined, precision: number | undefined, inter1?: number, inter2?: number): CsvCell[] {
  const iso3 = e.place?.country ?? e.target?.country ?? e.source?.country;
  const country = countryNames(iso3);
  const location = e.place?.name ?? country?.name;
  const [disorderType, eventType, subEventType] = type ?? [];
  const lastStored = e.sources.map((s) => s.document.addedAt).sort().at(-1);
  return [
    `${iso3 ?? ""}${numericEventId(e.id)}`, precision ? e.dateStart : undefined, e.dateStart?.slice(0, 4), precision,
    disorderType, eventType, subEventType,
    e.source?.name, undefined, inter1, e.target?.name, undefined, inter2, interaction(inter1, inter2),
    inter2 === CIVILIANS && disorderType === "Political violence" ? "Civilian targeting" : undefined,
    country?.isoNumeric, regionOf(iso3, country?.subregion), country?.name, undefined, undefined, undefined,
    location, e.place?.lat, e.place?.lon, e.place ? geoPrecision(e.place) : location ? 3 : undefined,
    sourceNames(e), e.sources.some((s) => s.independentSource.startsWith("wire:")) ? "International" : undefined,
    evidenceNote(e), e.casualties?.killed?.min ?? 0, tags(e), lastStored ? Math.floor(Date.parse(lastStored) / 1000) : undefined,
  ];
}

/** ACLED's three type columns for an event, from the crosswalk; undefined when ACLED has no such event. */
function acledTypeOf(e: ExportedEvent, inter2: number | undefined): AcledType | undefined {
  const entry = acledTable().types[e.type];
  if (!entry) return undefined;
  const byMode = e.mode ? entry.modes?.[e.mode] : undefined;
  if (byMode) return byMode;
  if (inter2 === CIVILIANS && entry.against_civilians) return entry.against_civilians;
  return entry.default;
}

/** ACLED's actor kind (1 state forces ... 8 external forces); see data/export/acled.yaml. */
function interOf(actor: ActorLink | undefined, type: string | undefined, e: ExportedEvent): number | undefined {
  if (!actor) return undefined;
  const { inter } = acledTable();
  const sector = actorSector(actor, e.sources);
  if (sector && sector in inter.sectors) return inter.sectors[sector];
  const word = actor.name.toLowerCase().split(/\s+/).find((w) => w in inter.words);
  if (word) return inter.words[word];
  if (type && inter.state_types.includes(type)) return 1;
  if (e.type === "PROTEST" && actor === e.source) return e.mode === "riot" ? RIOTERS : PROTESTERS;
  return undefined;
}

function interaction(inter1: number | undefined, inter2: number | undefined): number | undefined {
  if (inter1 === undefined) return inter2 === undefined ? undefined : inter2 * 10;
  if (inter2 === undefined) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

function regionOf(iso3: string | undefined, subregion: string | undefined): string | undefined {
  const { regions, region_exceptions } = acledTable();
  return (iso3 && region_exceptions[iso3]) || (subregion && regions[subregion]) || undefined;
}

/** 1: the town or site itself; 3: a region or the whole country (ACLED's 2, "near a town", sitrep does not tell). */
function geoPrecision(place: Place): number {
  const precision = placePrecision(place);
  return precision === "country" || precision === "region" ? 3 : 1;
}

function tags(e: ExportedEvent): string {
  return [`sitrep_event=${e.id}`, `plover=${e.type}${e.mode ? `/${e.mode}` : ""}`, e.date ? `date=${e.date}` : "", ...(e.context ?? []).map((c) => `context=${c}`)]
    .filter(Boolean).join("; ");
}
