// Officeholders as data (data/actors/officeholders.json), looked up by name:
// date-bounded entries, so an article's date picks the holder. The mention
// finder reads bare surnames here ("Putin said"); entities/actor-dictionary.ts
// settles affiliations with it.
import { createRequire } from 'node:module';

export interface Officeholder {
  name: string;
  aliases: string[];
  office: string;
  role: string;
  for: string;
  forType: 'Country' | 'Organization';
  from: string;
  to: string | null;
  source: string;
}

const require = createRequire(import.meta.url);
const data = require('../../../data/actors/officeholders.json') as { entries: Officeholder[] };

const fold = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const byName = new Map<string, Officeholder[]>();
for (const e of data.entries) {
  for (const n of [e.name, ...e.aliases]) {
    const k = fold(n);
    byName.set(k, [...(byName.get(k) ?? []), e]);
  }
}

/** Holders by surname (the last word of the name), for a bare "Putin" or "Erdogan". */
const bySurname = new Map<string, Officeholder[]>();
for (const e of data.entries) {
  for (const n of [e.name, ...e.aliases]) {
    const words = fold(n).split(' ');
    if (words.length < 2) continue;
    const k = words[words.length - 1]!;
    if (!bySurname.get(k)?.includes(e)) bySurname.set(k, [...(bySurname.get(k) ?? []), e]);
  }
}

/** The one person of that surname in office on the date ("Putin" in 2025 is Vladimir Putin); undefined when none or several. */
export function officeholderBySurname(surname: string, date: string | undefined): string | undefined {
  if (!date) return undefined;
  const current = (bySurname.get(fold(surname)) ?? []).filter((e) => e.from <= date && (e.to === null || date <= e.to));
  const people = new Set(current.map((e) => e.name));
  return people.size === 1 ? current[0]!.name : undefined;
}

/** The body or state the named person held office for on the date; undefined when unknown or ambiguous. */
export function officeholder(name: string, date: string | undefined): Officeholder | undefined {
  const entries = byName.get(fold(name)) ?? [];
  const current = date ? entries.filter((e) => e.from <= date && (e.to === null || date <= e.to)) : entries;
  const targets = new Set(current.map((e) => e.for));
  return targets.size === 1 ? current[0] : undefined;
}

/**
 * The state a head of state or government led, at any date: "the Biden administration", "the
 * Netanyahu government" name the state whether or not the leader is still in office.
 */
export function stateLedBy(name: string): string | undefined {
  const k = fold(name);
  const heads = [...(byName.get(k) ?? []), ...(k.includes(' ') ? [] : (bySurname.get(k) ?? []))].filter((e) => e.role === 'head' && e.forType === 'Country');
  const states = new Set(heads.map((e) => e.for));
  return states.size === 1 ? heads[0]!.for : undefined;
}
