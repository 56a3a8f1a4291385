// The last word on a document's relations: one per (subject, predicate,
// object, action), no unaddressed appeal where the same speaker made the
// same appeal to named parties, and no statement a state makes to or about
// itself.
import type { ExtractedRelation } from '../model/fragment.js';
import { isStatementType } from '../model/ontology.js';

/** `countries`: the ids of the document's Country entities. */
export function finalizeRelations(relations: ExtractedRelation[], countries: ReadonlySet<string>): ExtractedRelation[] {
  const seen = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    if (r.s === r.o) continue;
    const k = `${r.s}|${r.p}|${r.o ?? ''}|${r.action ?? ''}`;
    const prev = seen.get(k);
    if (!prev || r.confidence > prev.confidence) seen.set(k, r);
  }
  const out = [...seen.values()];
  // Compare appeals at the level of the state the speaker answers for.
  const up = new Map(out.filter((r) => r.p === 'REPRESENTS' || r.p === 'PART_OF').map((r) => [r.s, r.o!]));
  const top = (id: string): string => {
    const seenIds = new Set<string>();
    let cur = id;
    while (up.has(cur) && !seenIds.has(cur)) {
      seenIds.add(cur);
      cur = up.get(cur)!;
    }
    return cur;
  };
  const addressed = new Set(out.filter((r) => r.p === 'URGES' && r.o !== null).map((r) => `${top(r.s)}|${r.action}`));
  // ("Hungary CRITICIZES Hungary", "the US criticizes Vance": a misread argument, since a diplomatic statement
  // is made by one state to or about another. Meetings within one state are left alone.)
  const toItself = (r: ExtractedRelation) => isStatementType(r.p) && r.p !== 'CONTACTS' && r.o !== null && countries.has(top(r.s)) && top(r.s) === top(r.o);
  return out.filter((r) => !(r.p === 'URGES' && r.o === null && addressed.has(`${top(r.s)}|${r.action}`)) && !toItself(r));
}
