// `sitrep export` as a user runs it: the filters of `events`, --bom, --header, and clear refusals.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { openStore } from "../../src/store/index.ts";
import { sqliteBackend } from "../store/backends.ts";
import { CORPUS } from "../store/fixtures.ts";
import { sumyStrike } from "../export/fixtures.ts";
import { scratch } from "../export/readers.ts";
import { runSitrep } from "./run-sitrep.ts";

const backend = sqliteBackend();
const files = scratch();
let db: string;
before(async () => {
  db = await backend.location();
  const store = await openStore(db);
  for (const doc of [...CORPUS, sumyStrike]) await store.addDocument(doc);
  await store.close();
});
after(async () => {
  await backend.cleanup();
  files.remove();
});

test("export --format csv --actor Russia --from 2025-04 --to 2025-04 --bom: one event, for Excel", async () => {
  const out = files.path("russia.csv");
  const { code, stderr } = await runSitrep(["export", "--format", "csv", "--actor", "Russia", "--from", "2025-04", "--to", "2025-04", "--bom", "--out", out, "--db", db]);
  assert.equal(code, 0, stderr);
  const bytes = readFileSync(out);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes, { bom: true, columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(rows.map((r) => r.location), ["Sumy"]);
});

test("export --format gdelt --header: the codebook's names first", async () => {
  const { code, stdout } = await runSitrep(["export", "--format", "gdelt", "--header", "--db", db]);
  assert.equal(code, 0);
  assert.match(stdout, /^GLOBALEVENTID\tSQLDATE\tMonthYear\t/);
});

test("a bad date is exit code 2 naming --from; an unknown actor exit code 3", async () => {
  const date = await runSitrep(["export", "--format", "csv", "--from", "July", "--db", db]);
  assert.equal(date.code, 2);
  assert.match(date.stderr, /--from/);
  assert.equal((await runSitrep(["export", "--format", "csv", "--actor", "Nobody Known", "--db", db])).code, 3);
});
