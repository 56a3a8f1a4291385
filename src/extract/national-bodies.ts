// "The National Security Committee", "the Foreign Office": a national body
// named without its state belongs to the state the article is about — the
// country it names most often.
import type { EntityRegistry } from '../entities/registry.js';
import type { Mention } from '../mentions/find-mentions.js';

const NATIONAL = /\b(?:National|Foreign Office|Ministry|Parliament|Cabinet|Presidency|Armed Forces|Supreme Court|Senate|Assembly)\b/;

export function attachNationalBodies(registry: EntityRegistry, mentionsOf: Mention[][]): void {
  const counts = new Map<string, number>();
  for (const ms of mentionsOf) {
    for (const m of ms) {
      if (m.kind === 'country' && m.entity && m.form !== 'adjective') counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const home = ranked[0];
  if (!home || (ranked[1] && ranked[1][1] === home[1])) return;
  const country = registry.all().find((e) => e.id === home[0]);
  if (!country) return;
  for (const e of registry.all()) {
    if (e.type !== 'Organization' || e.upTo || !NATIONAL.test(e.name)) continue;
    e.upTo = country;
    e.upEvidence = { sentence: 0, rule: 'national-body-of-article-state' };
  }
}
