// One index over every lexicon, matched longest-first over tokens.
import { tokenize } from '../sentences/tokens.js';
import { countries, countryAdjective, type CountryEntry } from './lexicon/countries.js';
import { ORGANIZATIONS, type OrganizationEntry } from './lexicon/organizations.js';
import { REGIONS } from './lexicon/places.js';
import { TITLES, type TitleRole } from './lexicon/titles.js';

export type GazetteerHit =
  | { kind: 'country'; form: 'name' | 'capital' | 'demonym'; country: CountryEntry }
  | { kind: 'org'; org: OrganizationEntry }
  | { kind: 'title'; title: string; role: TitleRole }
  | { kind: 'region'; name: string };

export interface Gazetteer {
  /** Phrase (lower-cased tokens joined by spaces) → what it names. */
  phrases: Map<string, GazetteerHit[]>;
  maxTokens: number;
  /** Every phrase's first word, to rule out most positions at once. */
  firstWords: Set<string>;
  /** Every leading run of words of a phrase, so a probe stops lengthening its key once no phrase starts that way. */
  prefixes: Set<string>;
  byCode: Map<string, CountryEntry>;
  adjective(c: CountryEntry): string;
}

function key(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.lower)
    .join(' ');
}

let cache: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (cache) return cache;
  const phrases = new Map<string, GazetteerHit[]>();
  let maxTokens = 1;
  const add = (phrase: string, hit: GazetteerHit): void => {
    const k = key(phrase);
    if (!k) return;
    maxTokens = Math.max(maxTokens, k.split(' ').length);
    // Copy often drops accents ("Bogota", "Asuncion"): both spellings name it.
    for (const form of new Set([k, k.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')])) {
      const list = phrases.get(form) ?? [];
      list.push(hit);
      phrases.set(form, list);
    }
  };
  const byCode = new Map<string, CountryEntry>();
  for (const c of countries()) {
    byCode.set(c.code, c);
    for (const n of c.names) add(n, { kind: 'country', form: 'name', country: c });
    for (const d of c.demonyms) add(d, { kind: 'country', form: 'demonym', country: c });
    for (const cap of c.capitals) add(cap, { kind: 'country', form: 'capital', country: c });
  }
  for (const o of ORGANIZATIONS) {
    add(o.name, { kind: 'org', org: o });
    for (const a of o.aliases) add(a, { kind: 'org', org: o });
  }
  for (const [title, role] of Object.entries(TITLES)) add(title, { kind: 'title', title, role });
  for (const r of REGIONS) add(r, { kind: 'region', name: r });
  const firstWords = new Set([...phrases.keys()].map((k) => k.split(' ')[0]!));
  const prefixes = new Set<string>();
  for (const k of phrases.keys()) {
    const words = k.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  cache = { phrases, maxTokens, firstWords, prefixes, byCode, adjective: countryAdjective };
  return cache;
}
