// The contract every store keeps, run on each of them (describe.each): the
// embedded graphology file and Neo4j. Persistence, reset, errors, idempotence,
// and every named query of the catalog answering a small graph whose answers
// are read off the fragments below.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shortHash } from '../../src/graph/keys.js';
import { toRows, type DocumentRows } from '../../src/graph/rows.js';
import type { ExtractedEntity, ExtractedRelation, GraphFragment } from '../../src/model/fragment.js';
import { QUERY_CATALOG, runNamedQuery } from '../../src/query/catalog.js';
import { QueryParamsError } from '../../src/query/errors.js';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import type { GraphStore, QueryRow } from '../../src/store/store.js';
import { useSharedNeo4j } from '../helpers/shared-neo4j.js';
import { neo4jStore } from '../query/stores.js';

type Rel = [s: string, p: ExtractedRelation['p'], o: string | null, action?: ExtractedRelation['action'], date?: string];
const e = (id: string, type: ExtractedEntity['type'], name: string, aliases: string[] = []): ExtractedEntity => ({ id, type, name, aliases });

function fragment(doc: string, title: string, published: string, entities: ExtractedEntity[], relations: Rel[]): GraphFragment {
  return {
    doc,
    document: { id: doc, title, published, source: 'contract', hash: shortHash(doc, JSON.stringify(relations)) },
    entities,
    relations: relations.map(([s, p, o, action, date], i) => ({
      s, p, o,
      ...(action && { action }),
      ...(date && { date }),
      evidence: { doc, sentence: `${doc} ${i}: ${s} ${p} ${o ?? action}.`, start: i * 100, end: i * 100 + 40 },
      rule: 'contract',
      confidence: 0.9,
    })),
  };
}

const RUSSIA = fragment('russia-urges', 'Russia urges restraint', '2025-05-07', [
  e('russia', 'Country', 'Russia', ['Moscow']), e('zakharova', 'Person', 'Maria Zakharova', ['Zakharova']),
  e('india', 'Country', 'India', ['New Delhi']), e('pakistan', 'Country', 'Pakistan', ['Islamabad']),
], [
  ['zakharova', 'REPRESENTS', 'russia'],
  ['zakharova', 'URGES', 'india', 'restraint', '2025-05-07'],
  ['zakharova', 'URGES', 'pakistan', 'restraint', '2025-05-07'],
  ['russia', 'EXPRESSES_CONCERN', 'india', undefined, '2025-05-06'],
]);
const SINDOOR = fragment('sindoor', 'China condemns the attack', '2025-05-08', [
  e('china', 'Country', 'China', ['Beijing']), e('india', 'Country', 'India', ['Indian']), e('pakistan', 'Country', 'Pakistan'),
  e('attack', 'Event', 'Pahalgam attack'), e('op', 'Operation', 'Operation Sindoor', ['Sindoor']),
], [
  ['china', 'CONDEMNS', 'attack', undefined, '2025-04-23'],
  ['india', 'LAUNCHED', 'op'],
  ['op', 'TARGETS', 'pakistan'],
  ['op', 'RETALIATES_FOR', 'attack'],
]);
const TALKS = fragment('talks', 'Iran offers to mediate', '2025-05-09', [
  e('iran', 'Country', 'Iran', ['Tehran']), e('araghchi', 'Person', 'Abbas Araghchi', ['Araghchi']), e('dar', 'Person', 'Ishaq Dar', ['Dar']),
  e('pakistan', 'Country', 'Pakistan'), e('india', 'Country', 'India'), e('charter', 'Treaty', 'United Nations Charter', ['UN Charter']),
], [
  ['araghchi', 'REPRESENTS', 'iran'],
  ['dar', 'REPRESENTS', 'pakistan'],
  ['araghchi', 'CONTACTS', 'dar', undefined, '2025-05-08'],
  ['iran', 'OFFERS', 'india'],
  ['iran', 'OFFERS', 'pakistan'],
  ['pakistan', 'CITES', 'charter'],
]);
const DOCUMENTS = [RUSSIA, SINDOOR, TALKS].map(toRows);

/** The names of an answer's rows, for answers of entities. */
const names = (rows: QueryRow[]) => rows.map((r) => r.name as string);

/** Every catalog query, its parameters, and what it must answer on DOCUMENTS. */
const QUERIES: Record<string, { params: Record<string, unknown>; expect(rows: QueryRow[]): void }> = {
  statements: { params: { type: 'URGES' }, expect: (rows) => expect(names(rows)).toEqual(['Maria Zakharova']) },
  said_by: {
    params: { actor: 'Russia', members: true },
    expect: (rows) => expect(rows.map((r) => `${(r.speaker as QueryRow).name} ${r.type} ${(r.object as QueryRow).name}`).sort()).toEqual(['Maria Zakharova URGES India', 'Maria Zakharova URGES Pakistan', 'Russia EXPRESSES_CONCERN India']),
  },
  operation: { params: { operation: 'Sindoor' }, expect: (rows) => expect(names(rows)).toEqual(['India', 'Pahalgam attack', 'Pakistan']) },
  contacts: { params: { actor: 'Araghchi' }, expect: (rows) => expect(names(rows)).toEqual(['Ishaq Dar']) },
  treaties_cited: { params: {}, expect: (rows) => expect(names(rows)).toEqual(['United Nations Charter']) },
  offers: { params: { by: 'country' }, expect: (rows) => expect(names(rows)).toEqual(['Iran']) },
  mediators: { params: { parties: ['India', 'Pakistan'] }, expect: (rows) => expect(names(rows)).toContain('Iran') },
  conflict: {
    params: { parties: ['India', 'Pakistan'] },
    expect: (rows) => {
      expect(rows).toHaveLength(1);
      expect((rows[0]!.entities as QueryRow[]).filter((x) => x.role === 'party').map((x) => x.name)).toEqual(['India', 'Pakistan']);
      expect(rows[0]!.documents).toEqual(['russia-urges', 'sindoor', 'talks']);
    },
  },
  stance: {
    params: { object: 'India' },
    expect: (rows) => expect(rows.map((r) => [r.name, r.stances])).toEqual([['Iran', { OFFERS: 1 }], ['Russia', { URGES: 1, EXPRESSES_CONCERN: 1 }]]),
  },
  timeline: {
    params: { from: '2025-05-07', to: '2025-05-07' },
    expect: (rows) => expect(rows.map((r) => `${r.date} ${(r.speaker as QueryRow).name} ${r.type} ${(r.object as QueryRow).name}`)).toEqual(['2025-05-07 Maria Zakharova URGES India', '2025-05-07 Maria Zakharova URGES Pakistan']),
  },
  neighbourhood: { params: { focus: 'Operation Sindoor' }, expect: (rows) => expect(rows.map((r) => r.type).sort()).toEqual(['LAUNCHED', 'RETALIATES_FOR', 'TARGETS']) },
  path: {
    params: { from: 'Zakharova', to: 'Sindoor' },
    expect: (rows) => expect(rows.map((r) => `${(r.from as QueryRow).name} -> ${(r.to as QueryRow).name}`)).toEqual(['Maria Zakharova -> India', 'India -> Operation Sindoor']),
  },
  search: { params: { text: 'zakh' }, expect: (rows) => expect(names(rows)).toEqual(['Maria Zakharova']) },
  entity: { params: { key: 'New Delhi' }, expect: (rows) => expect(rows.map((r) => [r.name, r.aliases])).toEqual([['India', ['Indian', 'New Delhi']]]) },
  resolve: { params: { name: 'Tehran' }, expect: (rows) => expect(names(rows)).toEqual(['Iran']) },
  rollup: { params: { actor: ['Zakharova', 'Ishaq Dar'] }, expect: (rows) => expect(rows.map((r) => `${r.key} ${(r.to as QueryRow).name}`)).toEqual(['Person:ishaq dar Pakistan', 'Person:maria zakharova Russia']) },
  dump_nodes: { params: {}, expect: (rows) => expect(rows).toHaveLength(new Set(DOCUMENTS.flatMap((d) => [d.document.key, ...d.nodes.map((n) => n.key)])).size) },
  dump_edges: { params: {}, expect: (rows) => expect(rows.filter((r) => (r.attributes as QueryRow).type !== 'MENTIONS')).toHaveLength(DOCUMENTS.reduce((n, d) => n + d.edges.length, 0)) },
};

interface StoreKind {
  kind: string;
  /** A fresh, empty store. */
  open(): Promise<GraphStore>;
  /** The same graph, opened anew (a new file handle or a new connection). */
  reopen(store: GraphStore): Promise<GraphStore>;
}

const dirs: string[] = [];
const KINDS: StoreKind[] = [
  {
    kind: 'embedded',
    open: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-contract-'));
      dirs.push(dir);
      return new EmbeddedStore(path.join(dir, 'graph.json'));
    },
    reopen: async (store) => new EmbeddedStore(store.location),
  },
  {
    kind: 'neo4j',
    open: async () => {
      const store = await neo4jStore();
      await store.reset();
      return store;
    },
    reopen: async () => neo4jStore(),
  },
];

useSharedNeo4j();
afterAll(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function ingestAll(store: GraphStore, docs: DocumentRows[] = DOCUMENTS): Promise<string[]> {
  await store.ensureSchema();
  const statuses: string[] = [];
  for (const d of docs) statuses.push((await store.ingest(d)).status);
  return statuses;
}

describe.each(KINDS)('the $kind store', (k: StoreKind) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await k.open();
    expect(await ingestAll(store)).toEqual(['created', 'created', 'created']);
  });
  afterAll(async () => {
    await store?.close();
  });

  test('the catalog and this suite name the same queries', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(QUERY_CATALOG.map((q) => q.name).sort());
  });

  test.each(Object.keys(QUERIES))('answers %s', async (name) => {
    QUERIES[name]!.expect(await runNamedQuery(store, name, QUERIES[name]!.params));
  });

  test('counts nodes by type, edges by type and documents', async () => {
    const counts = await store.counts();
    expect(counts.documents).toBe(3);
    expect(counts.nodes).toMatchObject({ Country: 5, Person: 3, Event: 1, Operation: 1, Treaty: 1 });
    expect(counts.edges).toMatchObject({ URGES: 2, REPRESENTS: 3, OFFERS: 2, CONTACTS: 1, CITES: 1, LAUNCHED: 1 });
  });

  test('the same documents again change nothing', async () => {
    const before = await runNamedQuery(store, 'dump_edges', {});
    expect(await ingestAll(store)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await runNamedQuery(store, 'dump_edges', {})).toEqual(before);
  });

  test('what was written is there once the store is closed, through a new connection', async () => {
    const counts = await store.counts();
    const nodes = await runNamedQuery(store, 'dump_nodes', {});
    const edges = await runNamedQuery(store, 'dump_edges', {});
    await store.close();
    store = await k.reopen(store);
    expect(await store.counts()).toEqual(counts);
    expect(await runNamedQuery(store, 'dump_nodes', {})).toEqual(nodes);
    expect(await runNamedQuery(store, 'dump_edges', {})).toEqual(edges);
  });

  test('a new version of a document replaces its edges', async () => {
    const shorter = toRows({ ...TALKS, document: { ...TALKS.document, hash: 'talks-v2' }, relations: TALKS.relations.slice(0, 2) });
    expect((await store.ingest(shorter)).status).toBe('replaced');
    expect(await runNamedQuery(store, 'treaties_cited', {})).toEqual([]);
    expect(names(await runNamedQuery(store, 'rollup', { actor: 'Ishaq Dar' }).then((rows) => rows.map((r) => r.to as QueryRow)))).toEqual(['Pakistan']);
    expect((await store.ingest(DOCUMENTS[2]!)).status).toBe('replaced');
    expect(names(await runNamedQuery(store, 'treaties_cited', {}))).toEqual(['United Nations Charter']);
  });

  test('refuses an unknown query, and names an entity it does not hold', async () => {
    await expect(store.run('no_such_query', {})).rejects.toThrow('unknown query "no_such_query"');
    const missing = runNamedQuery(store, 'said_by', { actor: 'Atlantis' });
    await expect(missing).rejects.toThrow(QueryParamsError);
    await expect(runNamedQuery(store, 'said_by', { actor: 'Atlantis' })).rejects.toThrow(/no entity is named "Atlantis"/);
  });

  test('reset empties it, and an empty store answers every query with nothing', async () => {
    await store.reset();
    expect(await store.counts()).toEqual({ nodes: {}, edges: {}, documents: 0 });
    for (const name of ['statements', 'treaties_cited', 'offers', 'timeline', 'search', 'dump_nodes', 'dump_edges']) {
      expect(await runNamedQuery(store, name, QUERIES[name]!.params)).toEqual([]);
    }
    expect(await ingestAll(store)).toEqual(['created', 'created', 'created']);
  });
});
