// Where a capitalized name is a place by its position or by the city list:
// "the port of Odesa", "west of Luzon", "the capital, Port-au-Prince",
// "Kharkiv was shelled". GUIDE.md: towns, regions and capitals named as
// locations are Places.
import { createRequire } from 'node:module';
import type { Token } from '../sentences/tokens.js';

const require = createRequire(import.meta.url);
const data = require('../../data/gazetteer/cities.json') as { cities: Array<[string, string, number, string?]> };

/** City names (and their ASCII spellings), lower-cased: GeoNames places of 150,000 people or more and every capital. */
const CITY_NAMES: ReadonlySet<string> = new Set(data.cities.flatMap(([name, , , ascii]) => (ascii ? [name, ascii] : [name]).map((n) => n.toLowerCase())));

const PLACE_NOUNS = /^(?:port|ports|island|islands|city|cities|town|towns|village|villages|region|province|district|capital|area|outskirts|suburbs?|governorate|oblast|enclave|territory|coast|shores|municipality|neighbourhood|neighborhood|camp|north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|centre|center)$/;

/** "the port of X", "west of X", "the capital, X": the words before a name make it a place. */
export function placeByContext(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev === 'of' && PLACE_NOUNS.test(tokens[i - 2]?.lower ?? '')) return true;
  if (prev === ',' && /^(?:capital|city|town|port)$/.test(tokens[i - 2]?.lower ?? '')) return true;
  return false;
}

/** A listed city of this name: "Odesa", "Kharkiv", "New York". */
export function isCity(name: string): boolean {
  const lower = name.toLowerCase();
  // ("New York" for GeoNames' "New York City")
  return CITY_NAMES.has(lower) || CITY_NAMES.has(`${lower} city`);
}

/** A city of two or three capitalized words from i ("New York", "Kuala Lumpur"), where the first may be a function word. */
export function matchCityRun(tokens: Token[], i: number): number | undefined {
  for (let n = 3; n >= 2; n--) {
    const run = tokens.slice(i, i + n);
    if (run.length < n || !run.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    if (isCity(run.map((t) => t.text).join(' ')) && !/^\p{Lu}/u.test(tokens[i + n]?.text ?? '')) return i + n;
  }
  return undefined;
}
