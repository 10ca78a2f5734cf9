// Casualties through the HTTP API, and exports chosen by the events filters.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { parse as parseCsv } from "csv-parse/sync";
import { startTestServer, type TestServer } from "./fixture.ts";
import { sumyStrike, sumyStrikeCopy, sumyToll } from "../export/fixtures.ts";
import { CORPUS } from "../store/fixtures.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer({ fill: async (store) => { for (const doc of [...CORPUS, sumyStrike, sumyStrikeCopy, sumyToll]) await store.addDocument(doc); } });
});
after(() => server.stop());

const get = async (path: string) => fetch(`${server.url}${path}`);

test("an event answers its casualties as ranges, and each source its own counts with their words", async () => {
  const page = await (await get("/api/events?type=ASSAULT&place=Sumy")).json() as { items: Array<{ id: string; casualties: unknown }> };
  assert.equal(page.items.length, 1);
  assert.deepEqual(page.items[0]!.casualties, { killed: { min: 34, max: 35, reports: 3 }, injured: { min: 117, max: 119, reports: 3 } });
  const event = await (await get(`/api/events/${page.items[0]!.id}`)).json() as { sources: Array<{ casualties: { killed: { text: string; value: number } } }> };
  assert.deepEqual(event.sources.map((s) => s.casualties.killed.value), [34, 34, 35]);
  assert.equal(event.sources[0]!.casualties.killed.text, "killing at least 34");
});

test("/api/export/{format} takes the events filters and the export options", async () => {
  const response = await get("/api/export/csv?actor=Russia&bom=true");
  assert.equal(response.status, 200);
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a UTF-8 byte-order mark");
  const rows = parseCsv(bytes, { columns: true, bom: true }) as Array<Record<string, string>>;
  assert.deepEqual(rows.map((r) => r.location).sort(), ["Kyiv", "Sumy"]);
  assert.equal(rows.find((r) => r.location === "Sumy")!.fatalities, "34");
  assert.equal((await get("/api/export/gdelt?from=July")).status, 400);
});
