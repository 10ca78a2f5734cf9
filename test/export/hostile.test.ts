// Names and evidence with tabs, line breaks, quotes, a spreadsheet formula, right-to-left text and a
// 10,000-character sentence survive every format and read back unchanged with each format's reader
// (formula cells come back inert; GDELT's unquoted TSV turns tabs and line breaks into spaces).
import { test } from "node:test";
import { storedCorpus } from "./stored-corpus.ts";
import assert from "node:assert/strict";
import { parse as parseCsv } from "csv-parse/sync";
import { GDELT_COLUMNS } from "../../src/export/gdelt.ts";
import { FORMULA_NAME, hostileReport, LONG_EVIDENCE, QUOTED_NAME, RTL_NAME } from "./fixtures.ts";
import { python, pythonMissing } from "./readers.ts";

const corpus = storedCorpus([hostileReport]);
const { files, exported } = corpus;

test("the evidence really is a 10,000-character sentence", () => {
  assert.ok(LONG_EVIDENCE.length >= 10_000, String(LONG_EVIDENCE.length));
});

test("jsonl and geojson: every name and the long evidence unchanged", async () => {
  const events = (await exported("jsonl")).split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const names = events.flatMap((e) => [e.source.name, e.target.name]);
  for (const name of [FORMULA_NAME, QUOTED_NAME, RTL_NAME]) assert.ok(names.includes(name), name);
  assert.ok(events.some((e) => e.sources[0].evidence[0].text === LONG_EVIDENCE));
  const features = JSON.parse(await exported("geojson")).features;
  assert.deepEqual(features.map((f: { properties: { actor1: string } }) => f.properties.actor1).sort(), [FORMULA_NAME, RTL_NAME].sort());
});

test("ACLED CSV: quotes, tabs, line breaks, right-to-left text and the long note read back; the formula is inert", async () => {
  const rows: Array<Record<string, string>> = parseCsv(await exported("csv", { all: true }), { columns: true });
  assert.equal(rows.length, 2);
  assert.ok(rows.every((r) => r.actor2 === QUOTED_NAME));
  assert.ok(rows.some((r) => r.actor1 === RTL_NAME && r.notes === LONG_EVIDENCE));
  assert.ok(rows.some((r) => r.actor1 === `'${FORMULA_NAME}`));
  assert.ok(rows.every((r) => r.source === "Desk\tWire"));
});

test("GDELT: still 61 columns a row; tabs and line breaks are spaces; the formula is inert", { skip: pythonMissing("pandas") }, async () => {
  const path = files.file("hostile.tsv", await exported("gdelt"));
  const frame = python(`
import sys, json, pandas as pd
names = ${JSON.stringify(GDELT_COLUMNS)}
frame = pd.read_csv(sys.argv[1], sep="\\t", header=None, names=names, dtype=str, keep_default_na=False, quoting=3)
print(json.dumps(frame[["Actor1Name", "Actor2Name"]].to_dict("records")))
`, path) as Array<{ Actor1Name: string; Actor2Name: string }>;
  assert.equal(frame.length, 2);
  assert.ok(frame.every((r) => r.Actor2Name === 'The "Northern" Brigade of Idlib'));
  assert.deepEqual(frame.map((r) => r.Actor1Name).sort(), [`'${FORMULA_NAME}`, RTL_NAME].sort());
});

test("GEXF and GraphML: networkx reads the names back unchanged, tabs and line breaks included", { skip: pythonMissing("networkx") }, async () => {
  for (const [format, reader, key] of [["gexf", "read_gexf", "label"], ["graphml", "read_graphml", "name"]] as const) {
    const path = files.file(`hostile.${format}`, await exported(format));
    const names = python(`
import sys, json, networkx as nx
print(json.dumps(sorted(d["${key}"] for _, d in nx.${reader}(sys.argv[1]).nodes(data=True))))
`, path) as string[];
    assert.deepEqual(names, [FORMULA_NAME, QUOTED_NAME, RTL_NAME].sort(), format);
  }
});
