// Every country of ISO 3166-1 with its common English short name, other
// names, demonyms and seat of government, from i18n-iso-countries,
// countries-list and i18n-nationality, corrected where news usage differs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  registerLocale(locale: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};
const countriesList = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
const nationality = require('i18n-nationality') as { registerLocale(locale: unknown): void; getName(code: string, lang: string): string | undefined };
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
nationality.registerLocale(require('i18n-nationality/langs/en.json'));

export interface CountryEntry {
  code: string;
  /** Common English short name (GUIDE.md): "United States", "Russia". */
  name: string;
  names: string[];
  demonyms: string[];
  /** Seats of government and metonyms: "Washington", "Downing Street". (The Kremlin is a body: lexicon/organizations.ts.) */
  capitals: string[];
}

/** Where news English differs from the ISO short names. */
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CV: 'Cape Verde', TL: 'East Timor', SZ: 'Eswatini', VA: 'Vatican' };
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['America', 'United States'],
  GB: ['Britain', 'Great Britain', 'U.K.'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'D.R. Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  TR: ['Türkiye', 'Turkiye'],
  VN: ['Viet Nam'],
  LA: ['Lao PDR'],
  KR: ['Korea', 'ROK', 'Republic of Korea'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  CN: ['PRC', "People's Republic of China"],
  SA: ['KSA', 'Kingdom of Saudi Arabia'],
  MM: ['Burma'],
  CI: ["Cote d'Ivoire"],
  NL: ['Holland'],
  PS: ['Palestinian territories'],
  RU: ['Russian Federation'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  VA: ['Holy See'],
};
/** Congo alone means the larger Congo in most reporting. */
const DROP_NAMES: Record<string, string[]> = { CG: ['Congo'], KP: ['Korea'] };
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'Americans'],
  GB: ['British'],
  AE: ['Emirati', 'Emiratis'],
  CD: ['Congolese'],
  SA: ['Saudi', 'Saudis'],
  PH: ['Philippine', 'Filipino'],
  NL: ['Dutch'],
  CH: ['Swiss'],
  FR: ['French'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  KZ: ['Kazakh', 'Kazakhs', 'Kazakhstani'],
  UZ: ['Uzbek', 'Uzbeks', 'Uzbekistani'],
  TM: ['Turkmen'],
  YE: ['Yemeni', 'Yemenis'],
  LK: ['Sri Lankan'],
  NP: ['Nepali', 'Nepalese'],
  MV: ['Maldivian'],
  TL: ['Timorese'],
  PG: ['Papua New Guinean'],
  AZ: ['Azerbaijani', 'Azeri'],
  RS: ['Serbian', 'Serb', 'Serbs'],
  HR: ['Croatian', 'Croat'],
  BA: ['Bosnian'],
  XK: ['Kosovar', 'Kosovan'],
  SK: ['Slovak'],
  EC: ['Ecuadorian'],
  AR: ['Argentine', 'Argentinian'],
  SR: ['Surinamese'],
  DO: ['Dominican'],
  SS: ['South Sudanese'],
  DJ: ['Djiboutian'],
  BW: ['Botswanan', 'Motswana'],
  KM: ['Comorian'],
  LU: ['Luxembourgish'],
  AF: ['Afghan'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  TR: ['Turkish'],
  LA: ['Lao', 'Laotian'],
  NZ: ['New Zealand'],
  CN: ['Chinese'],
};
/** Seats of government used for the government, beyond the capital city. */
const METONYMS: Record<string, string[]> = {
  US: ['Washington'],
  GB: ['Downing Street', 'Whitehall'],
  FR: ['Elysee', 'Élysée'],
  NL: ['The Hague'],
  IL: ['Jerusalem'],
  ZA: ['Pretoria'],
  BO: ['La Paz'],
  CI: ['Abidjan'],
  TZ: ['Dar es Salaam'],
  MY: ['Putrajaya'],
  LK: ['Colombo'],
  BJ: ['Cotonou'],
  MM: ['Naypyidaw', 'Nay Pyi Taw'],
  KR: ['Seoul'],
  PK: ['Islamabad'],
  IN: ['New Delhi'],
  TW: ['Taipei'],
  PS: ['Ramallah'],
  CD: ['Kinshasa'],
  OM: ['Muscat'],
};
/** Capitals that countries-list spells for the post box, not the newsroom. */
const CAPITAL_OVERRIDES: Record<string, string> = { US: 'Washington', MD: 'Chisinau' };

/** ISO lists these as countries; news treats them as disputed territories (lexicon/places.ts). */
const NOT_STATES = new Set(['EH']);

let cache: CountryEntry[] | undefined;

export function countries(): CountryEntry[] {
  if (cache) return cache;
  const all = isoCountries.getNames('en', { select: 'all' });
  const out: CountryEntry[] = [];
  for (const [code, isoNames] of Object.entries(all)) {
    const info = countriesList.countries[code];
    if (!info || NOT_STATES.has(code)) continue;
    const name = NAME_OVERRIDES[code] ?? info.name;
    const drop = new Set(DROP_NAMES[code] ?? []);
    const names = [...new Set([name, info.name, ...isoNames, ...(EXTRA_NAMES[code] ?? [])])].filter(
      (n) => !drop.has(n) && !/,/.test(n) && n.length > 1,
    );
    const demonym = nationality.getName(code, 'en');
    const base = [...new Set([...(EXTRA_DEMONYMS[code] ?? []), ...(demonym && !/[()]/.test(demonym) ? [demonym] : [])])];
    // ("urged Zimbabweans to stay calm": the people, in the plural, of a demonym in -an or -i.)
    const demonyms = [...new Set([...base, ...base.filter((d) => /(?:an|i)$/.test(d)).map((d) => `${d}s`)])];
    const capital = CAPITAL_OVERRIDES[code] ?? info.capital;
    const capitals = [...new Set([...(capital ? capital.split(/,\s*/) : []), ...(METONYMS[code] ?? [])])];
    out.push({ code, name, names, demonyms, capitals });
  }
  cache = out;
  return out;
}

/** The adjective a body of this country is named with: "Russian Foreign Ministry", "US State Department". */
export function countryAdjective(entry: CountryEntry): string {
  if (entry.code === 'US') return 'US';
  if (entry.code === 'GB') return 'British';
  return entry.demonyms[0] ?? entry.name;
}
