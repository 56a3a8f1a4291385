// Officeholders as data (data/actors/officeholders.json): whom a person speaks
// for when the article names them without saying so ("Antonio Guterres
// said …"). Entries are date-bounded, so the article's date picks the holder.
// The text wins: only people with no affiliation, or one guessed from the
// paragraph or the dateline, take the dictionary's.
import type { Sentence } from '../sentences/split-sentences.js';
import { gazetteer } from '../mentions/gazetteer.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';
import { officeholder } from '../mentions/lexicon/officeholders.js';

/** Affiliations inferred from where a name stands rather than from what the text says of the person. */
const GUESSED = new Set(['paragraph-state', 'sentence-setting', 'dateline-host']);

export function affiliateFromActorDictionary(sentences: Sentence[], registry: EntityRegistry, published: string | undefined): void {
  for (const person of registry.persons()) {
    if (person.upTo && !GUESSED.has(person.upEvidence?.rule ?? '')) continue;
    const found = dictionaryBody(person, published);
    if (!found) continue;
    const first = sentences.find((s) => found.names.some((n) => s.text.includes(n))) ?? sentences[0]!;
    person.upTo = registry.get(found.type, found.name);
    person.upEvidence = { sentence: first.index, rule: `actor-dictionary:${found.source}` };
  }
}

/** The body or state the dictionary says the person held office for on the date, by its name in the gazetteer. */
export function dictionaryBody(person: Entity, published: string | undefined): { type: 'Country' | 'Organization'; name: string; source: string; names: string[] } | undefined {
  const names = [person.name, ...person.aliases].filter((n) => n.trim().includes(' '));
  const holder = names.map((n) => officeholder(n, published)).find((h) => h);
  if (!holder) return undefined;
  const hit = gazetteer().phrases.get(holder.for.toLowerCase())?.find((h) => h.kind === holder.forType.toLowerCase().replace('organization', 'org'));
  const name = hit?.kind === 'country' ? hit.country.name : hit?.kind === 'org' ? hit.org.name : holder.for;
  return { type: holder.forType, name, source: holder.source, names };
}
