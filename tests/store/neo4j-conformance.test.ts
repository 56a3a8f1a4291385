// The same scenarios on the embedded store and on Neo4j: the same graph (counts
// by type, the exported nodes and edges) and the same answers, for every named
// query and every question of questions.json. Also idempotence, replacement and
// concurrent ingests on Neo4j. The scenarios run in order, each starting from
// reset(), while this suite holds the shared Neo4j (store-contract.test.ts uses it too).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toRows, type DocumentRows } from '../../src/graph/rows.js';
import { ask } from '../../src/query/ask.js';
import { runNamedQuery } from '../../src/query/catalog.js';
import { entityDetail, searchEntities, subgraph } from '../../src/query/explore.js';
import type { GraphStore } from '../../src/store/store.js';
import { compareAnswer, DEV_DIR, goldFiles, goldFragment, questions } from '../query/gold-fragment.js';
import { NAMED_SCENARIOS } from '../query/scenarios.js';
import { analystQuestions, articlePaths, scoreQuestion } from '../query/analyst-questions.js';
import { embeddedStore, ingestGold, neo4jStore, removeTempStores } from '../query/stores.js';
import { useSharedNeo4j } from '../helpers/shared-neo4j.js';
import { jest } from '@jest/globals';

jest.setTimeout(120_000);

let neo: GraphStore;
let emb: GraphStore;

useSharedNeo4j();
beforeAll(async () => {
  neo = await neo4jStore();
});

afterAll(async () => {
  await neo?.close();
  await emb?.close();
  removeTempStores();
});

async function fresh(): Promise<void> {
  await emb?.close();
  emb = embeddedStore();
  await neo.reset();
}

/** Answers of every question on one store, as name lists. */
async function allAnswers(store: GraphStore) {
  const out: Record<string, unknown> = {};
  for (const q of questions()) {
    const r = await ask(store, q.q, { by: q.level });
    out[q.q] = 'answers' in r ? r.answers : r;
  }
  return out;
}

describe('gold graph', () => {
  beforeAll(async () => {
    await fresh();
    await ingestGold(emb);
    await ingestGold(neo);
  });

  test('same counts of nodes and edges by type', async () => {
    const [a, b] = [await emb.counts(), await neo.counts()];
    expect(b).toEqual(a);
    expect(a.documents).toBe(goldFiles().length);
  });

  test('same nodes and edges, attribute for attribute', async () => {
    expect(await runNamedQuery(neo, 'dump_nodes', {})).toEqual(await runNamedQuery(emb, 'dump_nodes', {}));
    expect(await runNamedQuery(neo, 'dump_edges', {})).toEqual(await runNamedQuery(emb, 'dump_edges', {}));
  });

  test.each(NAMED_SCENARIOS.map(([n, p]) => [`${n} ${JSON.stringify(p)}`, n, p] as const))('same rows: %s', async (_label, name, params) => {
    const expected = await runNamedQuery(emb, name, params);
    expect(expected.length).toBeGreaterThan(0);
    expect(await runNamedQuery(neo, name, params)).toEqual(expected);
  });

  test('same answers to every question, and they are the expected ones', async () => {
    const answers = await allAnswers(neo);
    expect(answers).toEqual(await allAnswers(emb));
    for (const q of questions()) {
      const got = (answers[q.q] as { name: string }[]).map((a) => a.name);
      expect({ q: q.q, ...compareAnswer(q, got) }).toEqual({ q: q.q, missing: [], extra: [] });
    }
  });

  test('same explorer views', async () => {
    expect(await searchEntities(neo, 'pak')).toEqual(await searchEntities(emb, 'pak'));
    expect(await entityDetail(neo, 'Country:india')).toEqual(await entityDetail(emb, 'Country:india'));
    for (const opts of [{ focus: 'India', depth: 2 }, { question: 'who urged restraint?', by: 'country' as const }]) {
      const [a, b] = [await subgraph(emb, opts), await subgraph(neo, opts)];
      expect(sortGraph(b)).toEqual(sortGraph(a));
    }
  });
});

function sortGraph(g: { nodes: { key: string }[]; edges: { key?: string }[] }) {
  return { nodes: [...g.nodes].sort((a, b) => (a.key < b.key ? -1 : 1)), edges: [...g.edges].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : 1)) };
}

describe('writes on Neo4j', () => {
  beforeEach(fresh);

  test('ingesting twice changes nothing', async () => {
    await ingestGold(neo);
    const before = await neo.counts();
    for (const f of goldFiles()) expect((await neo.ingest(toRows(goldFragment(f)))).status).toBe('unchanged');
    expect(await neo.counts()).toEqual(before);
  });

  test('a new version of a document replaces its edges, as on the embedded store', async () => {
    const file = goldFiles()[2]!;
    const first = toRows(goldFragment(file));
    const fragment = goldFragment(file);
    fragment.document.hash = 'changed';
    fragment.relations = fragment.relations.slice(0, 5);
    fragment.entities = fragment.entities.map((e) => (e.type === 'Country' ? { ...e, aliases: [...e.aliases, `${e.name} (v2)`] } : e));
    const second = toRows(fragment);
    for (const store of [emb, neo]) {
      expect((await store.ingest(first)).status).toBe('created');
      expect((await store.ingest(second)).status).toBe('replaced');
    }
    expect(await neo.counts()).toEqual(await emb.counts());
    expect(await runNamedQuery(neo, 'dump_nodes', {})).toEqual(await runNamedQuery(emb, 'dump_nodes', {}));
    expect(await runNamedQuery(neo, 'dump_edges', {})).toEqual(await runNamedQuery(emb, 'dump_edges', {}));
    const india = (await runNamedQuery(neo, 'entity', { key: 'Country:india' }))[0]!;
    expect(india.aliases).toEqual(expect.arrayContaining(['Indian', 'India (v2)']));
  });

  test('one batch of whole documents, a repeated id among them, builds what one document at a time builds', async () => {
    const docs: DocumentRows[] = goldFiles().map((f) => toRows(goldFragment(f)));
    const fragment = goldFragment(goldFiles()[2]!);
    fragment.document.hash = 'changed';
    fragment.relations = fragment.relations.slice(0, 5);
    const changed = toRows(fragment);
    const outcomes = await (neo as Required<GraphStore>).ingestBatch([...docs, changed]);
    expect(outcomes.map((o) => o.status)).toEqual([...docs.map(() => 'created'), 'replaced']);
    for (const d of [...docs, changed]) await emb.ingest(d);
    expect(await neo.counts()).toEqual(await emb.counts());
    expect(await runNamedQuery(neo, 'dump_edges', {})).toEqual(await runNamedQuery(emb, 'dump_edges', {}));
    const again = await (neo as Required<GraphStore>).ingestBatch([...docs.filter((_, i) => i !== 2), changed]);
    expect(new Set(again.map((o) => o.status))).toEqual(new Set(['unchanged']));
    expect(await neo.counts()).toEqual(await emb.counts());
  });

  test('concurrent ingests of overlapping documents create no duplicates', async () => {
    const docs: DocumentRows[] = goldFiles().map((f) => toRows(goldFragment(f)));
    const other = await neo4jStore();
    try {
      // Two connections write interleaved halves at once; every document shares countries with others.
      await Promise.all([
        Promise.all(docs.filter((_, i) => i % 2 === 0).map((d) => neo.ingest(d))),
        Promise.all(docs.filter((_, i) => i % 2 === 1).map((d) => other.ingest(d))),
      ]);
    } finally {
      await other.close();
    }
    for (const d of docs) await emb.ingest(d);
    expect(await neo.counts()).toEqual(await emb.counts());
  });
});

describe('dev corpus through the extractor', () => {
  test('both stores build the same graph and answer the analysts\' questions', async () => {
    const { ingestPaths } = await import('../../src/ingest/ingest.js');
    await fresh();
    const paths = fs.readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(DEV_DIR, f));
    await ingestPaths(emb, paths);
    await ingestPaths(neo, paths);
    expect(await neo.counts()).toEqual(await emb.counts());
    const [a, b] = [await allAnswers(emb), await allAnswers(neo)];
    expect(b).toEqual(a);
    let exact = 0;
    const misses: string[] = [];
    for (const q of questions()) {
      const r = a[q.q];
      const c = Array.isArray(r) ? compareAnswer(q, (r as { name: string }[]).map((x) => x.name)) : { missing: q.answer, extra: ['(not understood)'] };
      if (!c.missing.length && !c.extra.length) exact++;
      else misses.push(`${q.q} missing=${c.missing.join('|')} extra=${c.extra.join('|')}`);
    }
    // Every question exact, on both stores, from the extracted graph (issue #5).
    expect(misses).toEqual([]);
    expect(exact).toBe(questions().length);
  });
});

describe('shipped articles through the extractor', () => {
  test('both stores give the same answers to the analysts\' questions, at least 22 of 25 right', async () => {
    const { ingestPaths } = await import('../../src/ingest/ingest.js');
    await fresh();
    await ingestPaths(emb, articlePaths());
    await ingestPaths(neo, articlePaths());
    let right = 0;
    for (const q of analystQuestions()) {
      const [a, b] = [await ask(emb, q.q, { by: q.level }), await ask(neo, q.q, { by: q.level })];
      expect({ q: q.q, answers: 'answers' in b ? b.answers : b }).toEqual({ q: q.q, answers: 'answers' in a ? a.answers : a });
      if ((await scoreQuestion(neo, q)).right) right++;
    }
    expect(right).toBeGreaterThanOrEqual(22);
  });
});

describe('bulk import with neo4j-admin', () => {
  test('the neo4j-import export of data/articles loads into a fresh database with the counts of a transactional ingest', async () => {
    const { ingestPaths } = await import('../../src/ingest/ingest.js');
    const { exportStore } = await import('../../src/export/formats.js');
    const { ARTICLES, ROOT, tempDir } = await import('../export/corpus-store.js');
    const { RELATION_TYPES } = await import('../../src/model/ontology.js');
    await fresh();
    await ingestPaths(emb, [ARTICLES]);
    await ingestPaths(neo, [ARTICLES]);
    const transactional = await neo.counts();

    const dir = tempDir('bulk');
    try {
      const out = await exportStore(emb, 'neo4j-import');
      if (out.kind !== 'folder') throw new Error('neo4j-import writes a folder');
      fs.mkdirSync(path.join(dir, 'csv'));
      for (const [file, text] of Object.entries(out.files)) fs.writeFileSync(path.join(dir, 'csv', file), text);
      // A run dir of its own: a data dir no server uses, and no port.
      const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_RUN_DIR: path.join(dir, 'run') };
      delete env.NEO4J_DATA_DIR;
      const neo4jSh = (...args: string[]) => execFileSync('bash', [path.join(ROOT, 'scripts/neo4j.sh'), ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
      expect(neo4jSh('import', path.join(dir, 'csv'))).toMatch(/IMPORT DONE/);
      const rows = neo4jSh('cypher', 'cypher/admin/counts-nodes.cypher', 'cypher/admin/counts-edges.cypher')
        .split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { type: string; n: number });
      const edgeTypes = new Set<string>([...RELATION_TYPES, 'MENTIONS']);
      const imported = { nodes: {} as Record<string, number>, edges: {} as Record<string, number>, documents: 0 };
      for (const r of rows) {
        if (r.type === 'Document') imported.documents = r.n;
        else if (edgeTypes.has(r.type)) imported.edges[r.type] = r.n;
        else imported.nodes[r.type] = r.n;
      }
      expect(transactional.documents).toBe(fs.readdirSync(ARTICLES).length);
      expect(imported).toEqual(transactional);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
