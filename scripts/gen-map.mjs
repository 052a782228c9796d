// Generate data/us-states-albers.tsv: the outline of every state as an SVG
// path, in us-atlas's Albers USA projection (scale 1300, translate 487.5,305;
// Alaska and Hawaii inset), rounded to whole pixels. Run by hand:
//
//   (cd /tmp/gaz && npm install us-atlas@3.0.1 topojson-client d3-geo)
//   NODE_PATH=/tmp/gaz/node_modules node scripts/gen-map.mjs
//   python3 scripts/gen-tables.py
//
// Source: US Census Bureau cartographic boundaries (public domain) via us-atlas.
import { createRequire } from "node:module";
import { writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(process.env.NODE_PATH ? join(process.env.NODE_PATH, "x") : import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const topojson = require("topojson-client");
const d3 = require("d3-geo");
const atlas = JSON.parse(readFileSync(require.resolve("us-atlas/states-albers-10m.json"), "utf8"));

const codeByFips = new Map();
for (const line of readFileSync(join(root, "data/states.tsv"), "utf8").trim().split("\n").slice(1)) {
  const [name, code, fips] = line.split("\t");
  codeByFips.set(fips, code);
}
const path = d3.geoPath(null).digits(0);
const rows = topojson.feature(atlas, atlas.objects.states).features
  .map((f) => ({ code: codeByFips.get(String(f.id).padStart(2, "0")), name: f.properties.name, d: path(f) }))
  .filter((r) => r.code)
  .sort((a, b) => (a.code < b.code ? -1 : 1));
writeFileSync(join(root, "data/us-states-albers.tsv"),
  "code\tname\tpath\n" + rows.map((r) => `${r.code}\t${r.name}\t${r.d}`).join("\n") + "\n");
console.log(`${rows.length} state outlines`);
