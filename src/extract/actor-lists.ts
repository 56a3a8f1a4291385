// Lists of states or bodies an article gives ("Algeria, Denmark, Greece …
// and Somalia"), kept in the discourse so that a group counted later ("the ten
// elected members", "the three countries") stands for the list of that size.
import type { Mention } from '../mentions/find-mentions.js';
import type { EntityRegistry, Entity } from '../registry/entity-registry.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { coordinatedRight } from '../statements/clause.js';

const LISTED = new Set(['country', 'org']);

/** The sentence's coordinated runs of three or more states or bodies, each as its distinct entities. */
export function actorLists(sentence: Sentence, mentions: Mention[], registry: EntityRegistry): Entity[][] {
  const lists: Entity[][] = [];
  if (mentions.filter((m) => LISTED.has(m.kind)).length < 3) return lists;
  const used = new Set<Mention>();
  for (const m of mentions) {
    if (used.has(m) || !LISTED.has(m.kind) || !m.entity || m.qualifier) continue;
    const run = coordinatedRight(sentence, mentions, m, (x) => LISTED.has(x.kind) && !!x.entity && !x.qualifier);
    for (const x of run) used.add(x);
    const entities = [...new Set(run.map((x) => registry.canonical(x.entity!)))];
    if (entities.length >= 3) lists.push(entities);
  }
  return lists;
}
