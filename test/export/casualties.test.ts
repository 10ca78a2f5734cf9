// Casualties fused across reports as ranges (copies of one story never add up), stored on SQLite and
// PostgreSQL alike, and carried into the exports: ACLED's fatalities, GDELT's extended columns,
// GeoJSON properties and TimelineJS slides.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { parse as parseCsv } from "csv-parse/sync";
import { openStore, type Store } from "../../src/store/index.ts";
import { exportAs, type ExportOptions } from "../../src/export/index.ts";
import { GDELT_COLUMNS, GDELT_EXTENDED_COLUMNS } from "../../src/export/gdelt.ts";
import { postgresBackend, sqliteBackend, type Backend } from "../store/backends.ts";
import { sumyStrike, sumyStrikeCopy, sumyToll } from "./fixtures.ts";

for (const backend of [sqliteBackend(), await postgresBackend()]) casualties(backend);

function casualties(backend: Backend): void {
  describe(`casualties on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await openStore(await backend.location());
      for (const doc of [sumyStrike, sumyStrikeCopy, sumyToll]) await store.addDocument(doc);
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    const exported = async (format: string, options: ExportOptions = {}) => {
      let text = "";
      await exportAs(store, format, { write: (chunk: string) => void (text += chunk) }, options);
      return text;
    };

    test("three reports of one strike: killed 34 to 35, injured 117 to 119, never summed", async () => {
      const [strike] = await store.listEvents({ type: ["ASSAULT"] });
      assert.equal(strike!.reports, 3);
      assert.deepEqual(strike!.casualties, { killed: { min: 34, max: 35, reports: 3 }, injured: { min: 117, max: 119, reports: 3 } });
      const reports = await store.eventReports([strike!.id]);
      assert.deepEqual(reports.map((r) => r.casualties?.killed?.value), [34, 34, 35]);
      assert.equal(reports[0]!.casualties!.killed!.text, "killing at least 34");
    });

    test("ACLED fatalities is the lowest figure; GDELT --extended carries each range", async () => {
      const [acled] = parseCsv(await exported("csv"), { columns: true }) as Array<Record<string, string>>;
      assert.equal(acled!.fatalities, "34");
      const [line] = (await exported("gdelt", { extended: true })).split("\n");
      const cells = line!.split("\t");
      const column = (name: string) => cells[GDELT_COLUMNS.length + GDELT_EXTENDED_COLUMNS.indexOf(name)];
      assert.equal(cells.length, GDELT_COLUMNS.length + GDELT_EXTENDED_COLUMNS.length);
      assert.equal(column("KilledMin"), "34");
      assert.equal(column("KilledMax"), "35");
      assert.equal(column("InjuredMax"), "119");
      assert.equal(column("ArrestedMin"), "");
    });

    test("GeoJSON properties and TimelineJS slides show the casualties", async () => {
      const [feature] = JSON.parse(await exported("geojson")).features;
      assert.deepEqual(feature.properties.casualties.killed, { min: 34, max: 35, reports: 3 });
      const [slide] = JSON.parse(await exported("timelinejs")).events;
      assert.match(slide.text.text, /<p class="sitrep-casualties">killed 34–35, injured 117–119<\/p>/);
    });
  });
}
