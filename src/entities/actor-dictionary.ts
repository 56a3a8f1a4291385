// Officeholders as data (data/actors/officeholders.json): whom a person speaks
// for when the article names them without saying so ("Antonio Guterres
// said …"). Entries are date-bounded, so the article's date picks the holder.
// The text wins: only people with no affiliation, or one guessed from the
// paragraph or the dateline, take the dictionary's.
import { createRequire } from 'node:module';
import type { Sentence } from '../sentences/split-sentences.js';
import { gazetteer } from '../mentions/gazetteer.js';
import type { EntityRegistry } from '../registry/entity-registry.js';

interface Officeholder {
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
const data = require('../../data/actors/officeholders.json') as { entries: Officeholder[] };

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

/** Affiliations inferred from where a name stands rather than from what the text says of the person. */
const GUESSED = new Set(['paragraph-state', 'sentence-setting', 'dateline-host']);

/** The body or state the named person held office for on the date; undefined when unknown or ambiguous. */
export function officeholder(name: string, date: string | undefined): Officeholder | undefined {
  const entries = byName.get(fold(name)) ?? [];
  const current = date ? entries.filter((e) => e.from <= date && (e.to === null || date <= e.to)) : entries;
  const targets = new Set(current.map((e) => e.for));
  return targets.size === 1 ? current[0] : undefined;
}

export function affiliateFromActorDictionary(sentences: Sentence[], registry: EntityRegistry, published: string | undefined): void {
  for (const person of registry.persons()) {
    if (person.upTo && !GUESSED.has(person.upEvidence?.rule ?? '')) continue;
    const names = [person.name, ...person.aliases].filter((n) => n.trim().includes(' '));
    const holder = names.map((n) => officeholder(n, published)).find((h) => h);
    if (!holder) continue;
    const hit = gazetteer().phrases.get(holder.for.toLowerCase())?.find((h) => h.kind === holder.forType.toLowerCase().replace('organization', 'org'));
    const canonical = hit?.kind === 'country' ? hit.country.name : hit?.kind === 'org' ? hit.org.name : holder.for;
    const first = sentences.find((s) => names.some((n) => s.text.includes(n))) ?? sentences[0]!;
    person.upTo = registry.get(holder.forType, canonical);
    person.upEvidence = { sentence: first.index, rule: `actor-dictionary:${holder.source}` };
  }
}
