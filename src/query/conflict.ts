// A conflict as a scope for answers: its parties, the operations and events
// they launched or suffered, and the articles that name every party. A
// statement is in the conflict when it is about one of those, or was reported
// in one of those articles.
import type { GraphStore } from '../store/store.js';
import type { Hit, Ref } from '../store/query-rows.js';

export interface ConflictScope {
  parties: string[];
  /** The parties and the operations and events launched by or aimed at them. */
  entities: Map<string, Ref>;
  documents: Set<string>;
}

const EVENTS = new Set(['Operation', 'Event']);

export async function conflictScope(store: GraphStore, partyKeys: string[]): Promise<ConflictScope> {
  const parties = [...new Set(partyKeys)].sort();
  const docs = (await store.run('conflict_documents', { parties })) as unknown as { doc: string }[];
  const facts = (await store.run('neighbourhood', { focus: parties, depth: 1, types: ['LAUNCHED', 'TARGETS'] })) as unknown as Hit[];
  const entities = new Map<string, Ref>();
  for (const h of facts) {
    const touches = parties.includes(h.source.key) || parties.includes(h.target.key);
    for (const end of [h.source, h.target]) if (touches && (parties.includes(end.key) || EVENTS.has(end.type))) entities.set(end.key, end);
  }
  return { parties, entities, documents: new Set(docs.map((d) => d.doc)) };
}

export function inConflict(scope: ConflictScope, h: Hit): boolean {
  return scope.documents.has(h.doc) || scope.entities.has(h.target.key) || scope.entities.has(h.source.key);
}
