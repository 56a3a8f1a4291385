// One incident, many names: "the Pahalgam attack", "the April 22 attack" and
// "the Pahalgam killings" are one event when the article has one such event.
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';

export function mergeEvents(registry: EntityRegistry): void {
  const events = registry.all().filter((e) => e.type === 'Event');
  const placed = events.filter((e) => e.place && / attack$/.test(e.name));
  // Same place: the same event.
  for (const e of events) {
    if (!e.place) continue;
    const main = placed.find((p) => p.place === e.place);
    if (main && main !== e) registry.merge(e, main);
  }
  // A dated or unplaced attack folds into the only placed attack of the article.
  const remaining = registry.all().filter((e) => e.type === 'Event');
  const mains = remaining.filter((e) => e.place && / attack$/.test(e.name));
  if (mains.length !== 1) return;
  const main: Entity = mains[0]!;
  for (const e of remaining) if (e !== main && !e.place && / attacks?$/.test(e.name)) registry.merge(e, main);
}
