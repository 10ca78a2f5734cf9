// `export` chooses its events with the filters of `events`, and an empty choice or an empty store still
// gives files their readers accept.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLValidator } from "fast-xml-parser";
import { openStore, type Store } from "../../src/store/index.ts";
import { exportAs, EXPORT_FORMATS, type ExportOptions } from "../../src/export/index.ts";
import { sqliteBackend } from "../store/backends.ts";
import { CORPUS } from "../store/fixtures.ts";

const backend = sqliteBackend();
let store: Store;
let empty: Store;
before(async () => {
  store = await openStore(await backend.location());
  for (const doc of CORPUS) await store.addDocument(doc);
  empty = await openStore(await backend.location());
});
after(async () => {
  await store.close();
  await empty.close();
  await backend.cleanup();
});

async function exported(from: Store, format: string, options: ExportOptions = {}): Promise<string> {
  let text = "";
  await exportAs(from, format, { write: (chunk: string) => void (text += chunk) }, options);
  return text;
}

async function jsonl(options: ExportOptions): Promise<Array<{ type: string; date?: string; source?: { name: string }; target?: { name: string } }>> {
  return (await exported(store, "jsonl", options)).split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

test("--actor, --with and --type choose the events, as `events` does", async () => {
  const all = await jsonl({});
  const consults = await jsonl({ query: { actor: "Lavrov", type: "consult" } });
  assert.ok(consults.length > 0 && consults.length < all.length);
  assert.ok(consults.every((e) => e.type === "CONSULT" && [e.source?.name, e.target?.name].includes("Sergei Lavrov")));
  const strikes = await jsonl({ query: { actor: "Russia", with: "Kyiv" } });
  assert.deepEqual(strikes.map((e) => e.type), ["ASSAULT"]);
});

test("--from and --to choose one month; --place a place", async () => {
  const july = await jsonl({ query: { from: "2025-07", to: "2025-07" } });
  assert.ok(july.length >= 2);
  assert.ok(july.every((e) => e.date?.startsWith("2025-07")));
  const kyiv = await jsonl({ query: { place: "kyiv" } });
  assert.deepEqual(kyiv.map((e) => e.type), ["ASSAULT"]);
});

test("an unknown actor is NOT_FOUND, as in `events`; an unknown type is BAD_ARGUMENT", async () => {
  await assert.rejects(exported(store, "csv", { query: { actor: "Nobody Known" } }), { code: "NOT_FOUND" });
  await assert.rejects(exported(store, "csv", { query: { type: "BOMBARD" } }), { code: "BAD_ARGUMENT" });
});

test("an empty store exports valid, empty files in every format", async () => {
  for (const format of EXPORT_FORMATS) {
    const text = await exported(empty, format);
    if (format === "jsonl") assert.equal(text, "");
    if (format === "csv") assert.deepEqual(parseCsv(text, { columns: true }), []);
    if (format === "gdelt") assert.equal(text, "");
    if (format === "geojson") assert.deepEqual(JSON.parse(text).features, []);
    if (format === "timelinejs") assert.deepEqual(JSON.parse(text).events, []);
    if (format === "gexf" || format === "graphml") assert.equal(XMLValidator.validate(text), true, format);
  }
});
