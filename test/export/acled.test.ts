// The ACLED export read as ACLED users read it: pandas (and csv-parse) with ACLED's 31 columns, the
// crosswalk from PLOVER to ACLED's event types, actor kinds, countries and precisions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse as parseCsv } from "csv-parse/sync";
import type { ExportOptions } from "../../src/export/index.ts";
import { ACLED_COLUMNS } from "../../src/export/acled.ts";
import { CORPUS } from "../store/fixtures.ts";
import { sumyStrike } from "./fixtures.ts";
import { python, pythonMissing } from "./readers.ts";
import { storedCorpus } from "./stored-corpus.ts";

const corpus = storedCorpus([...CORPUS, sumyStrike]);
const { files } = corpus;
const exported = (options: ExportOptions = {}) => corpus.exported("csv", options);

type Row = Record<string, string>;

test("ACLED's 31 columns in ACLED's order", async () => {
  assert.equal(ACLED_COLUMNS.length, 31);
  const [header] = parseCsv(await exported(), { to_line: 1 }) as string[][];
  assert.deepEqual(header, ACLED_COLUMNS);
  assert.deepEqual(header!.slice(0, 7), ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type"]);
  assert.deepEqual(header!.slice(-4), ["notes", "fatalities", "tags", "timestamp"]);
});

test("only events ACLED has a type for, unless --all; the crosswalk gives ACLED's types", async () => {
  const rows: Row[] = parseCsv(await exported(), { columns: true });
  assert.deepEqual(rows.map((r) => r.sub_event_type).sort(), ["Air/drone strike", "Shelling/artillery/missile attack"]);
  const kyiv = rows.find((r) => r.location === "Kyiv")!;
  assert.equal(kyiv.disorder_type, "Political violence");
  assert.equal(kyiv.event_type, "Explosions/Remote violence");
  const all: Row[] = parseCsv(await exported({ all: true }), { columns: true });
  assert.equal(all.length, (await corpus.store().stats()).events);
  const meeting = all.find((r) => r.tags.includes("plover=CONSULT"))!;
  assert.equal(meeting.event_type, "", "a meeting has no ACLED type");
});

test("pandas reads it: ACLED's types, codes, names and precisions", { skip: pythonMissing("pandas") }, async () => {
  const path = files.file("acled.csv", await exported({ bom: true }));
  const read = python(`
import sys, json, pandas as pd
frame = pd.read_csv(sys.argv[1], encoding="utf-8-sig")
print(json.dumps({"dtypes": {c: str(t) for c, t in frame.dtypes.items()}, "rows": json.loads(frame.to_json(orient="records"))}))
`, path) as { dtypes: Record<string, string>; rows: Array<Record<string, string | number | null>> };
  for (const column of ["year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities", "timestamp"]) {
    assert.equal(read.dtypes[column], "int64", column);
  }
  for (const column of ["latitude", "longitude"]) assert.equal(read.dtypes[column], "float64", column);
  const sumy = read.rows.find((r) => r.location === "Sumy")!;
  assert.match(String(sumy.event_id_cnty), /^UKR\d+$/);
  assert.equal(sumy.event_date, "2025-04-13");
  assert.equal(sumy.time_precision, 1);
  assert.equal(sumy.sub_event_type, "Shelling/artillery/missile attack");
  assert.equal(sumy.actor1, "Russia");
  assert.equal(sumy.inter1, 1, "a state: its forces");
  assert.equal(sumy.interaction, 11);
  assert.equal(sumy.iso, 804);
  assert.equal(sumy.country, "Ukraine", "a name, not a code");
  assert.equal(sumy.region, "Europe");
  assert.equal(sumy.geo_precision, 1);
  assert.equal(sumy.latitude, 50.9077);
  assert.equal(sumy.source, "Kyiv Desk");
  assert.match(String(sumy.notes), /ballistic missiles struck the centre of Sumy/);
  assert.match(String(sumy.tags), /plover=ASSAULT\/missile/);
  assert.ok((sumy.timestamp as number) > 1.7e9);
});

test("a month-dated event is time_precision 3 on its first day; no row has a date without its precision", async () => {
  const rows: Row[] = parseCsv(await exported({ all: true }), { columns: true });
  const may = rows.find((r) => r.tags.includes("date=2025-05;") || r.tags.endsWith("date=2025-05"))!;
  assert.equal(may.time_precision, "3");
  assert.equal(may.event_date, "2025-05-01");
  for (const r of rows) if (r.event_date) assert.notEqual(r.time_precision, "");
});
