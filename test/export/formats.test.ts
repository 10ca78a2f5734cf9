// Each export read back with a real parser and checked against its format's rules.
import { test } from "node:test";
import { storedCorpus } from "./stored-corpus.ts";
import assert from "node:assert/strict";
import { CORPUS } from "../store/fixtures.ts";

const corpus = storedCorpus(CORPUS);
const { exported } = corpus;

test("jsonl: one fused event per line, with its sources and evidence", async () => {
  const lines = (await exported("jsonl")).trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, (await corpus.store().stats()).events);
  const july = lines.find((e) => e.date === "2025-07-10TEV");
  assert.equal(july.sources.length, 3);
  assert.ok(july.sources.every((s: { evidence: unknown[] }) => s.evidence.length));
});

test("geojson: an RFC 7946 FeatureCollection of Points in [longitude, latitude]", async () => {
  const collection = JSON.parse(await exported("geojson"));
  assert.equal(collection.type, "FeatureCollection");
  assert.equal(collection.crs, undefined, "RFC 7946 §4: no crs member");
  assert.ok(Array.isArray(collection.features) && collection.features.length === 4);
  for (const f of collection.features) {
    assert.equal(f.type, "Feature");
    assert.equal(f.geometry.type, "Point");
    const [lon, lat] = f.geometry.coordinates;
    assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
    assert.equal(typeof f.properties, "object");
    assert.ok(["string", "number"].includes(typeof f.id));
  }
  const kyiv = collection.features.find((f: { properties: { place: string } }) => f.properties.place === "Kyiv");
  assert.deepEqual(kyiv.geometry.coordinates, [30.52, 50.45]);
});

test("timelinejs: dated events with dates at their precision", async () => {
  const timeline = JSON.parse(await exported("timelinejs"));
  assert.equal(typeof timeline.title.text.headline, "string");
  const may = timeline.events.find((e: { display_date: string }) => e.display_date === "2025-05");
  assert.deepEqual(may.start_date, { year: "2025", month: "5" });
  const july = timeline.events.find((e: { display_date: string }) => e.display_date === "2025-07-10TEV");
  assert.deepEqual(july.start_date, { year: "2025", month: "7", day: "10" });
  assert.match(july.text.text, /sat down with Marco Rubio/);
});

test("an unknown format is refused with BAD_ARGUMENT", async () => {
  await assert.rejects(exported("kml"), { code: "BAD_ARGUMENT" });
});
