// The one function of d3-geo-projection the map uses (the package has no type declarations).
declare module "d3-geo-projection" {
  import type { GeoProjection } from "d3-geo";
  export function geoProject<T extends GeoJSON.GeoJSON>(object: T, projection: GeoProjection): T;
}
