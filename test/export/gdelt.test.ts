// The GDELT export read as GDELT users read it: pandas with the 61 column names of the GDELT 2.0 event
// codebook, no header, tab-separated, each column checked for its type and value.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExportOptions } from "../../src/export/index.ts";
import { GDELT_COLUMNS } from "../../src/export/gdelt.ts";
import { CORPUS } from "../store/fixtures.ts";
import { sumyStrike } from "./fixtures.ts";
import { python, pythonMissing } from "./readers.ts";
import { storedCorpus } from "./stored-corpus.ts";

const corpus = storedCorpus([...CORPUS, sumyStrike]);
const { files } = corpus;
const exported = (options: ExportOptions = {}) => corpus.exported("gdelt", options);

// As GDELT's documentation loads the event table: by position, the codes as text (they keep leading zeros).
const LOAD = `
import sys, json, pandas as pd
names = ${JSON.stringify(GDELT_COLUMNS)}
codes = {c: str for c in names if c.endswith("Code") or c in ("EventCode", "EventBaseCode", "EventRootCode")}
frame = pd.read_csv(sys.argv[1], sep="\\t", header=None, names=names, dtype=codes, keep_default_na=False, na_values=[""], quoting=3)
print(json.dumps({
  "columns": len(frame.columns),
  "dtypes": {c: str(t) for c, t in frame.dtypes.items()},
  "rows": json.loads(frame.to_json(orient="records")),
}))
`;

interface Loaded {
  columns: number;
  dtypes: Record<string, string>;
  rows: Array<Record<string, string | number | null>>;
}

test("exactly the 61 codebook columns, in order, no header", async () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.deepEqual(GDELT_COLUMNS.slice(0, 7), ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name"]);
  assert.equal(GDELT_COLUMNS[25], "IsRootEvent");
  assert.equal(GDELT_COLUMNS[30], "GoldsteinScale");
  assert.equal(GDELT_COLUMNS[34], "AvgTone");
  assert.equal(GDELT_COLUMNS[51], "ActionGeo_Type");
  assert.deepEqual(GDELT_COLUMNS.slice(59), ["DATEADDED", "SOURCEURL"]);
  const lines = (await exported()).split("\n").filter(Boolean);
  assert.ok(lines.every((l) => l.split("\t").length === 61));
  assert.match(lines[0]!, /^\d+\t\d{8}\t/, "no header row");
  const withHeader = (await exported({ header: true })).split("\n");
  assert.equal(withHeader[0], GDELT_COLUMNS.join("\t"));
  const extended = (await exported({ header: true, extended: true })).split("\n");
  assert.deepEqual(extended[0]!.split("\t").slice(61, 64), ["SitrepEventId", "DateValue", "DatePrecision"]);
});

test("GLOBALEVENTID is a number, the same on every run", async () => {
  const ids = (text: string) => text.split("\n").filter(Boolean).map((l) => l.split("\t")[0]);
  const first = ids(await exported());
  assert.deepEqual(ids(await exported()), first);
  assert.ok(first.every((id) => /^\d+$/.test(id!) && Number.isSafeInteger(Number(id))));
  assert.equal(new Set(first).size, first.length);
});

test("pandas reads it with the codebook's names: types and values column by column", { skip: pythonMissing("pandas") }, async () => {
  const loaded = python(LOAD, files.file("events.tsv", await exported())) as Loaded;
  assert.equal(loaded.columns, 61);
  for (const column of ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED"]) {
    assert.equal(loaded.dtypes[column], "int64", column);
  }
  for (const column of ["FractionDate", "GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long"]) assert.equal(loaded.dtypes[column], "float64", column);
  for (const column of ["EventCode", "EventBaseCode", "EventRootCode", "Actor1Code", "ActionGeo_CountryCode"]) assert.equal(loaded.dtypes[column], "object", column);

  const strike = loaded.rows.find((r) => r.EventRootCode === "19" && r.SQLDATE === 20250710)!;
  assert.equal(strike.SQLDATE, 20250710);
  assert.equal(strike.MonthYear, 202507);
  assert.equal(strike.Year, 2025);
  assert.ok(Math.abs((strike.FractionDate as number) - 2025.5233) < 1e-4);
  assert.equal(strike.Actor1Code, "RUS");
  assert.equal(strike.Actor1Name, "Russia");
  assert.equal(strike.Actor1CountryCode, "RUS");
  assert.equal(strike.Actor2Name, "Kyiv");
  assert.equal(strike.EventCode, "195");
  assert.equal(strike.EventBaseCode, "195");
  assert.equal(strike.QuadClass, 4);
  assert.equal(strike.GoldsteinScale, -10);
  assert.equal(strike.NumArticles, 1);
  assert.equal(strike.AvgTone, null, "sitrep measures no tone");
  assert.equal(strike.ActionGeo_Type, 4, "a city outside the US");
  assert.equal(strike.ActionGeo_FullName, "Kyiv, Ukraine");
  assert.equal(strike.ActionGeo_CountryCode, "UP", "FIPS 10-4, not ISO");
  assert.equal(strike.ActionGeo_Lat, 50.45);
  assert.equal(strike.ActionGeo_Long, 30.52);
  assert.equal(strike.Actor1Geo_Type, 0);
  assert.match(String(strike.DATEADDED), /^20\d{12}$/);

  const call = loaded.rows.find((r) => r.SQLDATE === 20250413 && r.EventCode === "040")!;
  assert.equal(call.Actor1Code, "UKRGOV", "country + the CAMEO sector of 'President'");
  assert.equal(call.Actor1Type1Code, "GOV");
  assert.equal(call.Actor2Code, "FRAGOV");
  const kualaLumpur = loaded.rows.find((r) => r.SQLDATE === 20250710 && r.EventCode === "043")!;
  assert.equal(kualaLumpur.NumArticles, 3);
  assert.equal(kualaLumpur.NumSources, 2);
  assert.equal(kualaLumpur.GoldsteinScale, 2.8);
  assert.equal(kualaLumpur.ActionGeo_CountryCode, "MY");
  // A meeting without a CAMEO code of its own gets its type's general code.
  const september = loaded.rows.find((r) => r.SQLDATE === 20250924)!;
  assert.equal(september.EventCode, "040");
  assert.equal(september.EventRootCode, "04");
  assert.equal(september.QuadClass, 1);
  assert.equal(september.ActionGeo_Type, 3, "a US city");
  // A month-dated call is on the first day of its month.
  assert.ok(loaded.rows.some((r) => r.SQLDATE === 20250501));
});
