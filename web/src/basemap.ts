// The countries of world-atlas, made fit for a flat map. world-atlas is built for spherical rendering:
// Russia, Fiji and Antarctica cross the antimeridian, and drawn flat their rings wrap the whole world
// (a land-coloured band across the Arctic, a wedge over the North Atlantic, a seam across the southern
// oceans). d3-geo cuts them at the antimeridian; an equirectangular projection scaled to degrees gives
// the cut shapes back in longitude and latitude.
import { geoContains, geoEquirectangular } from "d3-geo";
import { geoProject } from "d3-geo-projection";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesAtlas from "world-atlas/countries-110m.json";

const atlas = countriesAtlas as unknown as Topology;
const DEGREES = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0);

export type CountryShapes = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;

const spherical = feature(atlas, atlas.objects.countries as GeometryCollection) as CountryShapes;
export const countryShapes = geoProject(spherical, DEGREES) as CountryShapes;

const byName = new Map(spherical.features.map((f, i) => [f.properties.name.toLowerCase(), i]));

/**
 * The index in `countryShapes` of a country an event is placed in: by its name, else the shape that
 * holds its coordinates (names differ: "United States" is "United States of America" in the atlas).
 */
export function countryShapeOf(name: string, lonLat: [number, number]): number | undefined {
  const named = byName.get(name.toLowerCase());
  if (named !== undefined) return named;
  const index = spherical.features.findIndex((f) => geoContains(f, lonLat));
  return index >= 0 ? index : undefined;
}
