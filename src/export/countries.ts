// Countries as the export formats name them: GDELT's FIPS 10-4 codes, ACLED's country names, ISO
// 3166-1 numeric codes and regions, from sitrep's ISO alpha-3 codes (world-countries and data/export).
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import type { Place, PlacePrecision } from "../model/index.ts";
import { fipsTable } from "./tables.ts";

export interface CountryNames {
  name: string;
  /** ISO 3166-1 numeric, as ACLED's `iso` column holds it. */
  isoNumeric?: number;
  fips?: string;
  /** The UN subregion ("Eastern Europe", "Western Asia"). */
  subregion?: string;
}

interface CountryEntry extends CountryNames {
  /** Every name of the country, lower-case: a place with one of them is the country itself. */
  names: Set<string>;
}

let byCode: Map<string, CountryEntry> | undefined;

function entry(iso3: string | undefined): CountryEntry | undefined {
  if (!iso3) return undefined;
  if (!byCode) {
    const fips = fipsTable().fips;
    // The package is CommonJS JSON; it is read once, by the first export that names a country.
    const countries = createRequire(import.meta.url)("world-countries/countries.json") as Countries;
    byCode = new Map(countries.map((c) => [c.cca3, {
      name: c.name.common,
      names: new Set([c.name.common, c.name.official, ...c.altSpellings].map((n) => n.toLowerCase())),
      isoNumeric: c.ccn3 ? Number(c.ccn3) : undefined,
      fips: fips[c.cca3],
      subregion: c.subregion || undefined,
    }]));
  }
  return byCode.get(iso3);
}

export function countryNames(iso3: string | undefined): CountryNames | undefined {
  return entry(iso3);
}

/**
 * How much of the map a place covers: its own precision when the pipeline gave one, else "country"
 * when it is named as its country ("Ukraine"), else a place within it.
 */
export function placePrecision(place: Place): PlacePrecision | undefined {
  if (place.precision) return place.precision;
  return entry(place.country)?.names.has(place.name.toLowerCase()) ? "country" : undefined;
}
