// Narrowing statement edges the same way on both stores, after the store has
// returned them: what counts as being about an object (its people, the
// operations it launched, a topic's words), dates, and go-betweens.
import type { GraphStore } from '../store/store.js';
import { compareStrings, dayOf, rollupMap } from './shape.js';
import type { Hit, Ref } from '../store/query-rows.js';

/**
 * The hits about `targets`: directly, or (against) about what rolls up to them
 * or an operation they launched, the path kept in `via`; or (topic) about a
 * topic named by those words or reported in a sentence that names them.
 */
export async function aboutObject(store: GraphStore, hits: Hit[], o: { targets: string[]; against: boolean; topic?: string }): Promise<Hit[]> {
  const up = o.against ? await rollupMap(store, hits.map((h) => h.target.key)) : new Map<string, Ref>();
  const launched = new Map<string, Hit>();
  if (o.against && o.targets.length) {
    const facts = (await store.run('neighbourhood', { focus: o.targets, depth: 1, types: ['LAUNCHED'] })) as unknown as Hit[];
    // The first report of the launch, so both stores show the same path.
    facts.sort((a, b) => compareStrings(a.doc, b.doc) || compareStrings(a.sentence, b.sentence));
    for (const f of facts) if (f.type === 'LAUNCHED' && o.targets.includes(f.source.key) && !launched.has(f.target.key)) launched.set(f.target.key, f);
  }
  const words = o.topic ? new RegExp(`\\b(?:${o.topic})\\b`, 'i') : null;
  const kept: Hit[] = [];
  for (const h of hits) {
    const t = h.target;
    const owner = up.get(t.key);
    const launch = launched.get(t.key);
    if (o.targets.includes(t.key)) kept.push(h);
    else if (owner && owner.key !== t.key && o.targets.includes(owner.key)) kept.push({ ...h, via: `${t.name} answers for ${owner.name}` });
    else if (launch) kept.push({ ...h, via: `${t.name} was launched by ${launch.source.name} (${launch.doc}: ${launch.sentence})` });
    else if (words && t.type === 'Topic' && (words.test(t.name) || words.test(h.sentence))) kept.push(h);
  }
  return kept;
}

/** The hits whose day (their own date, else their article's) lies in [from, to]. */
export function byDays(hits: Hit[], from?: string, to?: string): Hit[] {
  if (!from && !to) return hits;
  return hits.filter((h) => {
    const day = dayOf(h);
    return day != null && (!from || day >= from) && (!to || day <= to);
  });
}

/**
 * Contacts and offers of actors outside the parties who dealt with at least two
 * of them (both sides of a two-party conflict), each side and actor rolled up.
 */
export async function goBetweens(store: GraphStore, hits: Hit[], parties: string[]): Promise<Hit[]> {
  const map = await rollupMap(store, hits.flatMap((h) => [h.source.key, h.target.key]));
  const up = (r: Ref) => map.get(r.key) ?? r;
  const isParty = (r: Ref) => parties.includes(up(r).key);
  const byActor = new Map<string, { sides: Set<string>; hits: Hit[] }>();
  for (const h of hits) {
    let actor: Ref;
    let side: Ref | null;
    if (h.type === 'OFFERS') [actor, side] = [h.source, isParty(h.target) ? up(h.target) : null];
    else if (isParty(h.source) && !isParty(h.target)) [actor, side] = [h.target, up(h.source)];
    else if (isParty(h.target) && !isParty(h.source)) [actor, side] = [h.source, up(h.target)];
    else continue;
    if (isParty(actor)) continue;
    const entry = byActor.get(up(actor).key) ?? { sides: new Set<string>(), hits: [] };
    if (side) entry.sides.add(side.key);
    entry.hits.push(h);
    byActor.set(up(actor).key, entry);
  }
  const needed = Math.min(2, new Set(parties).size);
  return [...byActor.values()].filter((e) => e.sides.size >= needed).flatMap((e) => e.hits);
}
