// "The National Security Committee", "the Foreign Office": a national body
// named without its state belongs to the state the article is about — the
// country it names most often, its headline's subject counting thrice.
import type { EntityRegistry } from '../registry/entity-registry.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';

const NATIONAL = /\b(?:National|Foreign Office|Ministry|Parliament|Cabinet|Presidency|Armed Forces|Supreme Court|Senate|Assembly)\b/;

/** "National Liberation Army", "National Resistance Front": named like a state body, fighting one. */
const INSURGENT = /\b(?:Liberation|Resistance|Revolutionary|Front|Movement|Rebels?|Militia|Brigades?|Salvation)\b/;

export function attachNationalBodies(registry: EntityRegistry, mentionsOf: Mention[][], sentences: Sentence[]): void {
  const counts = new Map<string, number>();
  mentionsOf.forEach((ms, i) => {
    for (const m of ms) {
      // A demonym mostly qualifies someone else's strikes or troops; the headline's subject is what the story is about.
      if (m.kind !== 'country' || !m.entity || m.form === 'adjective' || m.form === 'demonym') continue;
      const weight = sentences[i]!.heading && m.start === 0 ? 3 : 1;
      counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + weight);
    }
  });
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const home = ranked[0];
  if (!home || (ranked[1] && ranked[1][1] === home[1])) return;
  const country = registry.all().find((e) => e.id === home[0]);
  if (!country) return;
  for (const e of registry.all()) {
    if (e.type !== 'Organization' || e.upTo || !NATIONAL.test(e.name) || INSURGENT.test(e.name)) continue;
    e.upTo = country;
    e.upEvidence = { sentence: 0, rule: 'national-body-of-article-state' };
  }
}
