// The one CSV writer, read back by csv-parse, Python's csv module and pandas: hostile cells survive
// (or, for formula cells, come back inert), and the byte-order mark is read as such.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { parse as parseCsv } from "csv-parse/sync";
import { csvTable } from "../../src/export/csv.ts";
import { python, pythonMissing, scratch } from "./readers.ts";

const files = scratch();
after(() => files.remove());

const LONG_SENTENCE = "Officials said the talks would resume. ".repeat(260).trim();
const HOSTILE = [
  ["tab", "Sergei\tLavrov"],
  ["line break", "Kyiv\nUkraine"],
  ["quotes", 'He called it "meaningless", then left'],
  ["comma", "Rubio, Marco"],
  ["right-to-left", "بنيامين نتنياهو"],
  ["accents", "Recep Tayyip Erdoğan"],
  ["long", LONG_SENTENCE],
];
const FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1"];

function table(bom: boolean): string {
  const rows = [
    ...HOSTILE.map(([name, value]) => [name, value, 1]),
    ...FORMULAS.map((f) => ["formula", f, 2]),
    ["negative number", -30.52, 3],
  ];
  return csvTable(["case", "value", "n"], rows, { bom });
}

test("RFC 4180: CRLF records, quoted fields, doubled quotes; csv-parse reads every cell back", () => {
  const text = table(false);
  assert.ok(text.startsWith("case,value,n\r\n"));
  const rows: Array<{ case: string; value: string }> = parseCsv(text, { columns: true });
  for (const [name, value] of HOSTILE) assert.equal(rows.find((r) => r.case === name)!.value, value, name);
  assert.equal(rows.find((r) => r.case === "negative number")!.value, "-30.52", "numbers are not guarded");
});

test("a cell a spreadsheet would run as a formula is written with a leading apostrophe", () => {
  const rows: Array<{ case: string; value: string }> = parseCsv(table(false), { columns: true });
  const formulas = rows.filter((r) => r.case === "formula").map((r) => r.value);
  assert.deepEqual(formulas, FORMULAS.map((f) => `'${f}`));
});

test("--bom: a UTF-8 byte-order mark first; pandas (utf-8-sig) and Python's csv read the same cells", { skip: pythonMissing("pandas") }, () => {
  const text = table(true);
  assert.equal(text.charCodeAt(0), 0xfeff);
  const path = files.file("hostile.csv", text);
  const read = python(`
import sys, json, csv, pandas as pd
frame = pd.read_csv(sys.argv[1], encoding="utf-8-sig", dtype=str, keep_default_na=False)
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    plain = list(csv.DictReader(f))
print(json.dumps({"columns": list(frame.columns), "pandas": frame.to_dict("records"), "csv": plain}))
`, path) as { columns: string[]; pandas: Array<Record<string, string>>; csv: Array<Record<string, string>> };
  assert.deepEqual(read.columns, ["case", "value", "n"]);
  assert.deepEqual(read.pandas, read.csv);
  for (const [name, value] of HOSTILE) assert.equal(read.pandas.find((r) => r.case === name)!.value, value, name);
  assert.equal(read.pandas.filter((r) => r.case === "formula").every((r) => r.value.startsWith("'")), true);
});
