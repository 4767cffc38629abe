#!/usr/bin/env node
// Builds the boundary data of the /map page from the npm package echarts@4.9.0 (Apache-2.0; the last ECharts release
// that shipped maps). Its map/json/china.json holds the provinces and map/json/china-cities.json the prefectures, both
// with coordinates compressed in ECharts' old "UTF8Encoding"; this script decodes them into plain GeoJSON.
//
//   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz
//   node tools/build-china-map.mjs package
//
// Writes (never fetched at run time; served from the jar):
//   xianzhi-app/src/main/resources/web/china-provinces.json  GeoJSON FeatureCollection, properties {code, name}: the
//                                                            full official name of xianzhi-core's regions.tsv where it
//                                                            has the code (河北省), the package's name otherwise (台湾);
//                                                            coordinates rounded to 0.01° (about 1 km)
//   xianzhi-app/src/main/resources/web/china-prefectures.json {short name: [longitude, latitude]} of each prefecture's
//                                                            centre, for the points of cities on the map
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node tools/build-china-map.mjs <unpacked echarts@4.9.0 package folder>');
  process.exit(2);
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'xianzhi-app', 'src', 'main', 'resources', 'web');
const read = (name) => JSON.parse(readFileSync(join(pkg, 'map', 'json', name), 'utf8'));

// ECharts 4's decoder (src/coord/geo/parseGeoJson.js): zig-zag deltas, two characters per point, offset by 64.
function decodeRing(ring, offsets, scale) {
  const points = [];
  let x0 = offsets[0];
  let y0 = offsets[1];
  for (let i = 0; i < ring.length; i += 2) {
    let x = ring.charCodeAt(i) - 64;
    let y = ring.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += x0;
    y += y0;
    x0 = x;
    y0 = y;
    points.push([Math.round((x / scale) * 100) / 100, Math.round((y / scale) * 100) / 100]);
  }
  // Rounding leaves repeated points; a ring keeps one of each run.
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}

function decode(json) {
  const scale = json.UTF8Scale || 1024;
  return json.features.map((f) => {
    const g = f.geometry;
    const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const offsets = g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets;
    const polygons = rings.map((polygon, i) => polygon.map((ring, j) => decodeRing(ring, offsets[i][j], scale)));
    return { f, polygons };
  });
}

// The pages name regions as the store does: by the full names of our gazetteer.
const fullNames = {};
const regions = join(dirname(fileURLToPath(import.meta.url)), '..', 'xianzhi-core', 'src', 'main', 'resources', 'org',
  'xianzhi', 'core', 'region', 'regions.tsv');
for (const line of readFileSync(regions, 'utf8').split('\n')) {
  const [code, name, level] = line.split('\t');
  if (level === 'province') {
    fullNames[code] = name;
  }
}
const provinces = decode(read('china.json')).map(({ f, polygons }) => ({
  type: 'Feature',
  properties: { code: f.id, name: fullNames[f.id] || f.properties.name },
  geometry: { type: 'MultiPolygon', coordinates: polygons },
}));
writeFileSync(join(out, 'china-provinces.json'),
  JSON.stringify({ type: 'FeatureCollection', source: 'npm echarts@4.9.0 map/json/china.json (Apache-2.0)', features: provinces }) + '\n');

const centres = {};
for (const f of read('china-cities.json').features) {
  centres[f.properties.name] = f.properties.cp.map((c) => Math.round(c * 100) / 100);
}
writeFileSync(join(out, 'china-prefectures.json'), JSON.stringify(centres) + '\n');
console.log(`${provinces.length} provinces, ${Object.keys(centres).length} prefecture centres written to ${out}`);
