// Turning raw rows into answers the same way for both stores: resolve entity
// references, roll actors up, group by answer entity, merge and sort evidence.
import { compareStrings, normalizeName } from '../graph/keys.js';
import type { GraphStore } from '../store/store.js';
import { QueryParamsError } from './errors.js';
import type { AnswerRow, Level } from './types.js';
import type { EntityRow, Evidence, Hit, Ref, RollupRow } from '../store/query-rows.js';

// The order every answer is sorted in, for the rest of the query layer and the client.
export { compareStrings };

/** Keys of the entities a parameter names: a key as is, else every exact name/alias match. */
export async function resolveRef(store: GraphStore, text: string): Promise<string[]> {
  if (text.includes(':') && ((await store.run('entity', { keys: [text] })) as unknown[]).length) return [text];
  const matches = (await store.run('resolve', { name: normalizeName(text) })) as unknown as EntityRow[];
  if (!matches.length) throw new QueryParamsError(`no entity is named "${text}"; find one with: dipgraph query search --param text="${text}"`);
  return matches.map((m) => m.key).sort();
}

export async function resolveRefs(store: GraphStore, texts: string[] | undefined): Promise<string[] | null> {
  if (!texts) return null;
  const keys = new Set<string>();
  for (const t of texts) for (const k of await resolveRef(store, t)) keys.add(k);
  return [...keys].sort();
}

export async function rollupMap(store: GraphStore, keys: Iterable<string>): Promise<Map<string, Ref>> {
  const rows = (await store.run('rollup', { keys: [...new Set(keys)].sort() })) as unknown as RollupRow[];
  return new Map(rows.map((r) => [r.key, r.to]));
}

/** The function that maps a raw actor to what answers at `level` (roll-up only for country). */
export async function leveller(store: GraphStore, level: Level, refs: Ref[]): Promise<(r: Ref) => Ref> {
  if (level !== 'country') return (r) => r;
  const up = await rollupMap(store, refs.map((r) => r.key));
  return (r) => up.get(r.key) ?? r;
}

export function sortEvidence<E extends Evidence>(evidence: E[]): E[] {
  const unique = new Map(evidence.map((e) => [`${e.doc}\u0000${e.sentence}`, e]));
  return [...unique.values()].sort((a, b) => compareStrings(a.doc, b.doc) || compareStrings(a.sentence, b.sentence));
}

/** One answer per entity `pick` chooses from each hit, evidence merged; sorted by name then key. */
export function groupAnswers(hits: Hit[], pick: (h: Hit) => Ref | null): AnswerRow[] {
  const byKey = new Map<string, AnswerRow>();
  for (const h of hits) {
    const who = pick(h);
    if (!who) continue;
    const row = byKey.get(who.key) ?? { key: who.key, name: who.name, type: who.type, evidence: [] };
    row.evidence.push({ doc: h.doc, sentence: h.sentence, ...(h.via && { via: h.via }) });
    byKey.set(who.key, row);
  }
  return sortAnswers([...byKey.values()].map((r) => ({ ...r, evidence: sortEvidence(r.evidence) })));
}

export function sortAnswers<R extends Ref>(rows: R[]): R[] {
  return rows.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.key, b.key));
}

export function sortHits(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => compareStrings(a.edge, b.edge));
}

/** A statement's day: its own date, else its article's publication date. */
export function dayOf(h: Hit): string | null {
  return h.date ?? (h.published || null);
}

/** Storage-only properties (Neo4j keeps `key` and the normalized `norms` on the node). */
const NOT_PROPS = new Set(['key', 'type', 'name', 'aliases', 'norms']);

export function cleanEntity(row: EntityRow): EntityRow {
  const props = Object.fromEntries(Object.entries(row.props ?? {}).filter(([k]) => !NOT_PROPS.has(k)));
  return { key: row.key, name: row.name, type: row.type, aliases: [...(row.aliases ?? [])].sort(), props };
}
