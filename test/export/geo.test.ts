// Coordinates read by GDAL (Debian's gdal-bin), as GIS users open exports: the GeoJSON, the ACLED CSV's
// latitude/longitude and the GDELT table's ActionGeo_Lat/Long all place Kyiv at Kyiv.
import { test } from "node:test";
import { storedCorpus } from "./stored-corpus.ts";
import assert from "node:assert/strict";
import { CORPUS } from "../store/fixtures.ts";
import { hostileReport, sumyStrike } from "./fixtures.ts";
import { gdalMissing, run } from "./readers.ts";

const corpus = storedCorpus([...CORPUS, sumyStrike, hostileReport]);
const { files, exported } = corpus;

interface Feature {
  properties: Record<string, string | number | null>;
  geometry: { type: string; coordinates: [number, number] } | null;
}

/** The file as GDAL reads it, converted by ogr2ogr to GeoJSON features. */
function ogrFeatures(path: string, openOptions: string[] = []): Feature[] {
  return (JSON.parse(run("ogr2ogr", ["-f", "GeoJSON", "/vsistdout/", path, ...openOptions.flatMap((o) => ["-oo", o])])) as { features: Feature[] }).features;
}

const skip = gdalMissing();

test("GeoJSON: ogrinfo reads a WGS 84 point layer, one feature per located event", { skip }, async () => {
  const path = files.file("events.geojson", await exported("geojson"));
  const info = run("ogrinfo", ["-ro", "-al", "-so", path]);
  assert.match(info, /Geometry: Point/);
  assert.match(info, /Feature Count: 7/);
  assert.match(info, /WGS 84/);
  const kyiv = ogrFeatures(path).find((f) => f.properties.place === "Kyiv")!;
  assert.deepEqual(kyiv.geometry!.coordinates, [30.52, 50.45]);
  const idlib = ogrFeatures(path).filter((f) => f.properties.place === "Idlib");
  assert.ok(idlib.some((f) => f.properties.actor1 === "هيئة تحرير الشام"), "right-to-left names read back unchanged");
});

test("ACLED CSV: GDAL places each row by its longitude and latitude columns", { skip }, async () => {
  const path = files.file("acled.csv", await exported("csv"));
  const features = ogrFeatures(path, ["X_POSSIBLE_NAMES=longitude", "Y_POSSIBLE_NAMES=latitude", "AUTODETECT_TYPE=YES"]);
  const kyiv = features.find((f) => f.properties.location === "Kyiv")!;
  assert.deepEqual(kyiv.geometry!.coordinates, [30.52, 50.45]);
  const sumy = features.find((f) => f.properties.location === "Sumy")!;
  assert.deepEqual(sumy.geometry!.coordinates, [34.7981, 50.9077]);
  assert.equal(sumy.properties.country, "Ukraine");
});

test("GDELT table (with --header): GDAL places each event by ActionGeo_Long and ActionGeo_Lat", { skip }, async () => {
  const path = files.file("events.tsv", await exported("gdelt", { header: true }));
  const features = ogrFeatures(path, ["X_POSSIBLE_NAMES=ActionGeo_Long", "Y_POSSIBLE_NAMES=ActionGeo_Lat"]);
  const kyiv = features.find((f) => f.properties.ActionGeo_FullName === "Kyiv, Ukraine")!;
  assert.deepEqual(kyiv.geometry!.coordinates, [30.52, 50.45]);
  assert.equal(kyiv.properties.ActionGeo_CountryCode, "UP");
});
