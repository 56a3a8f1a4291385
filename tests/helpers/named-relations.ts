// Relations of a fragment as readable "Subject PREDICATE Object [action]" lines.
import type { GraphFragment } from '../../src/model/fragment.js';

export function namedRelations(fragment: GraphFragment): string[] {
  const names = new Map(fragment.entities.map((e) => [e.id, e.name]));
  return fragment.relations
    .map((r) => `${names.get(r.s)} ${r.p} ${r.o === null ? '∅' : names.get(r.o)}${r.action ? ` [${r.action}]` : ''}`)
    .sort();
}
