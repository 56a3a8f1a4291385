// Synthetic diplomatic news for benchmarks: many countries, their officials,
// named operations and a dozen statement forms, in the header format the
// extractor reads. Deterministic: the same seed gives the same articles.

export interface SyntheticArticle {
  id: string;
  text: string;
}

const COUNTRIES = [
  'Argentina', 'Australia', 'Austria', 'Bangladesh', 'Belgium', 'Bolivia', 'Brazil', 'Bulgaria', 'Cambodia', 'Canada',
  'Chile', 'China', 'Colombia', 'Croatia', 'Cuba', 'Denmark', 'Ecuador', 'Egypt', 'Estonia', 'Ethiopia', 'Finland',
  'France', 'Germany', 'Ghana', 'Greece', 'Hungary', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy',
  'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kuwait', 'Laos', 'Latvia', 'Lebanon', 'Lithuania', 'Malaysia', 'Mexico',
  'Mongolia', 'Morocco', 'Nepal', 'Nigeria', 'Norway', 'Oman', 'Pakistan', 'Peru', 'Poland', 'Portugal', 'Qatar',
  'Romania', 'Russia', 'Rwanda', 'Senegal', 'Serbia', 'Singapore', 'Slovakia', 'Somalia', 'Spain', 'Sweden',
  'Switzerland', 'Tanzania', 'Thailand', 'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'Uruguay', 'Venezuela', 'Vietnam',
  'Zambia',
];
const FIRST = [
  'Anton', 'Ruth', 'Hiro', 'Lena', 'Marco', 'Amina', 'Pavel', 'Sofia', 'Tomas', 'Nadia', 'Kofi', 'Ines', 'Rafael', 'Mira',
  'Jonas', 'Leila', 'Dmitri', 'Clara', 'Omar', 'Yuki', 'Felix', 'Hana', 'Ivan', 'Paula', 'Samir', 'Elena', 'Viktor', 'Zara',
];
const LAST = [
  'Varga', 'Amollo', 'Tanaka', 'Berger', 'Rossi', 'Haddad', 'Novak', 'Lindqvist', 'Okafor', 'Moreau', 'Petrov', 'Santos',
  'Kovacs', 'Mensah', 'Ferreira', 'Nakamura', 'Halvorsen', 'Demir', 'Castillo', 'Osei', 'Lambert', 'Sokolov', 'Ibrahim',
  'Keller', 'Duarte', 'Rahman', 'Vasquez', 'Horvat', 'Jensen', 'Abara',
];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister'];
const OP_FIRST = ['Silver', 'Iron', 'Northern', 'Crimson', 'Silent', 'Golden', 'Eastern', 'Steel', 'Desert', 'Blue', 'Swift', 'Granite'];
const OP_SECOND = ['Falcon', 'Shield', 'Dawn', 'Arrow', 'Thunder', 'Lance', 'Harbor', 'Wolf', 'Storm', 'Citadel', 'River', 'Sentinel'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** mulberry32: small, fast and good enough to vary benchmark text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Official {
  name: string;
  title: string;
  country: string;
}

/** Three officials per country, fixed by the seed, so that people recur across articles as they do in news. */
function officials(next: () => number): Map<string, Official[]> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const byCountry = new Map<string, Official[]>();
  const used = new Set<string>();
  for (const country of COUNTRIES) {
    const list: Official[] = [];
    for (const title of TITLES.slice(0, 3)) {
      let name = `${pick(FIRST)} ${pick(LAST)}`;
      while (used.has(name)) name = `${pick(FIRST)} ${pick(LAST)}`;
      used.add(name);
      list.push({ name, title, country });
    }
    byCountry.set(country, list);
  }
  return byCountry;
}

export function* syntheticArticles(count: number, seed = 1): Generator<SyntheticArticle> {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const people = officials(next);
  const official = (country: string) => pick(people.get(country)!);
  const others = (...not: string[]) => {
    let c = pick(COUNTRIES);
    while (not.includes(c)) c = pick(COUNTRIES);
    return c;
  };

  for (let i = 0; i < count; i++) {
    const launcher = pick(COUNTRIES);
    const target = others(launcher);
    const operation = `Operation ${pick(OP_FIRST)} ${pick(OP_SECOND)}`;
    const day = pick(WEEKDAYS);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const date = `2025-${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const forms: (() => string)[] = [
      () => `${target} condemned the strikes and called them a violation of its sovereignty.`,
      () => { const c = others(launcher, target); const o = official(c); return `${c}'s ${o.title} ${o.name} urged ${launcher} and ${target} to exercise restraint.`; },
      () => `${others(launcher, target)} expressed deep concern over the escalation and called for dialogue between the two sides.`,
      () => { const a = official(others(launcher, target)); const b = official(launcher); return `${a.country}'s ${a.title} ${a.name} held a telephone call with ${b.country}'s ${b.title} ${b.name} on ${day}.`; },
      () => `${others(launcher, target)} criticized the operation, saying it breached the United Nations Charter.`,
      () => `${others(launcher, target)} offered to mediate between ${launcher} and ${target}.`,
      () => `${others(launcher, target)} voiced support for ${launcher}'s right to self-defence.`,
      () => { const o = official(others(launcher, target)); return `"We call on both sides to show restraint," ${o.country}'s ${o.title} ${o.name} said.`; },
      () => `${others(launcher, target)} strongly condemned the attack on ${target}.`,
      () => `${others(launcher, target)} called for an investigation into the strikes.`,
      () => { const o = official(target); return `${target}'s ${o.title} ${o.name} criticized ${launcher} for the operation.`; },
      () => `${others(launcher, target)} urged ${launcher} to return to the negotiating table.`,
    ];
    const body = [`${launcher} launched ${operation} against targets in ${target} on ${day}, the government said.`];
    const n = 6 + Math.floor(next() * 7);
    for (let s = 0; s < n; s++) body.push(pick(forms)());
    const title = `Reactions to ${operation}`;
    yield {
      id: `synthetic-${seed}-${String(i).padStart(7, '0')}`,
      text: `title: ${title}\npublished: ${date}\nsource: synthetic wire\n\n${title}\n\n${body.join('\n\n')}\n`,
    };
  }
}
