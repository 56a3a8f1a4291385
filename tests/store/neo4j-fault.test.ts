// Neo4j going away: unreachable at connect, killed in the middle of a
// document's transaction, killed during a 2,000-document ingest (writes given
// up at once), and killed then restarted during an ingest that waits for it
// (writes retried with backoff). Runs its
// own server (port 7699 or DIPGRAPH_FAULT_PORT, a temporary run dir) so killing
// it disturbs no other suite.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { DocumentRows } from '../../src/graph/rows.js';
import { connectNeo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { BATCH_DOCUMENTS } from '../../src/ingest/ingest.js';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { StoreError, type GraphStore, type QueryRow } from '../../src/store/store.js';
import { syntheticRows } from '../../bench/common.js';
import { ingestGold } from '../query/stores.js';

jest.setTimeout(900_000);

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const PORT = process.env.DIPGRAPH_FAULT_PORT ?? '7699';
const URI = `bolt://127.0.0.1:${PORT}`;
const RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-neo4j-fault-'));

/** Transient failures retried for a second only: these tests want the error. */
const GIVE_UP = { budgetMs: 1000 };

function server(command: 'start' | 'stop'): void {
  execFileSync('bash', [path.join(ROOT, 'scripts', 'neo4j.sh'), command], {
    cwd: ROOT, env: { ...process.env, NEO4J_PORT: PORT, NEO4J_RUN_DIR: RUN_DIR, NEO4J_HEAP: '768m' }, stdio: 'pipe', timeout: 280_000,
  });
}

/** A document big enough that its transaction runs for a while. */
function bigDocument(n: number): DocumentRows {
  const nodes = Array.from({ length: n }, (_, i) => ({ key: `Place:p${i}`, type: 'Place' as const, name: `p${i}`, aliases: [`place ${i}`], props: {} }));
  const edges = Array.from({ length: n - 1 }, (_, i) => ({
    key: `e${i}`, type: 'PART_OF' as const, source: `Place:p${i}`, target: `Place:p${i + 1}`,
    props: { doc: 'big', sentence: `p${i} is part of p${i + 1}.`, start: i, end: i + 1, rule: 'test', confidence: 1 },
  }));
  return { document: { key: 'Document:big', id: 'big', hash: 'big', title: 'big', published: '', source: '' }, nodes, edges };
}

function killServer(): void {
  process.kill(Number(fs.readFileSync(path.join(RUN_DIR, 'neo4j.pid'), 'utf8').trim()), 'SIGKILL');
}

/** Relation and MENTIONS edges per document and type: what a half-written document would change. */
async function edgesByDocument(store: GraphStore): Promise<Map<string, string>> {
  const tally = new Map<string, Map<string, number>>();
  for (const row of (await store.run('dump_edges', {})) as QueryRow[]) {
    const attributes = row.attributes as Record<string, unknown>;
    const doc = String(attributes.doc);
    // Neo4j gives the type as a column, the embedded store as an attribute.
    const type = String(row.type ?? attributes.type);
    const byType = tally.get(doc) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    tally.set(doc, byType);
  }
  return new Map([...tally].map(([doc, byType]) => [doc, [...byType].sort().map(([t, n]) => `${t}=${n}`).join(' ')]));
}

type Batches = DocumentRows[][];

/** Every batch through `ingestBatch`, as `dipgraph ingest` hands them over; the outcomes in order. */
async function ingestAll(store: GraphStore, batches: Batches) {
  const outcomes = [];
  for (const batch of batches) outcomes.push(...(await store.ingestBatch!(batch)));
  return outcomes;
}

/** What the embedded store makes of the same batches: the yardstick a Neo4j run must reach. */
async function embeddedBaseline(batches: Batches) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-fault-embedded-'));
  try {
    const embedded = new EmbeddedStore(path.join(dir, 'graph.json'));
    for (const batch of batches) for (const rows of batch) await embedded.ingest(rows);
    const baseline = { expected: await edgesByDocument(embedded), expectedCounts: await embedded.counts() };
    await embedded.close();
    return baseline;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves once the server holds at least `count` documents. */
async function documentsReach(count: number): Promise<void> {
  const watcher = await connectNeo4jStore({ uri: URI });
  try {
    while ((await watcher.counts()).documents < count) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await watcher.close();
  }
}

/** Resolves once a transaction writing the big document is running on the server. */
async function writeInFlight(): Promise<void> {
  const driver = neo4j.driver(URI, undefined, { disableLosslessIntegers: true });
  try {
    for (let i = 0; i < 600; i++) {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      if (records.some((r) => String(r.get('currentQuery')).includes('UNWIND $docs'))) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the big write never showed up in SHOW TRANSACTIONS');
  } finally {
    await driver.close();
  }
}

beforeAll(() => server('start'));

afterAll(() => {
  server('stop');
  fs.rmSync(RUN_DIR, { recursive: true, force: true });
});

test('an unreachable server is a one-line StoreError naming the URI and what to do', async () => {
  const error = await connectNeo4jStore({ uri: 'bolt://127.0.0.1:1' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as Error).message).toMatch(/bolt:\/\/127\.0\.0\.1:1/);
  expect((error as Error).message).toMatch(/npm run neo4j:start|NEO4J_URI/);
  expect((error as Error).message).not.toContain('\n');
});

test('a server killed mid-ingest: StoreError, nothing partial, a re-run completes', async () => {
  let store: GraphStore = await connectNeo4jStore({ uri: URI, writeRetry: GIVE_UP });
  await store.reset();
  await ingestGold(store);
  const before = await store.counts();
  const big = bigDocument(15_000);

  const writing = store.ingest(big).then(() => null, (e: unknown) => e);
  await writeInFlight();
  killServer();
  const error = await writing;
  await store.close();

  expect(error).toBeInstanceOf(StoreError);
  expect((error as Error).message).toContain(URI);
  expect((error as Error).message).toMatch(/writing big \(nothing of it was kept\)/);

  server('start');
  store = await connectNeo4jStore({ uri: URI });
  try {
    expect(await store.counts()).toEqual(before);
    expect((await store.ingest(big)).status).toBe('created');
    const after = await store.counts();
    expect(after.documents).toBe(before.documents + 1);
    expect(after.nodes.Place).toBe((before.nodes.Place ?? 0) + big.nodes.length);
    expect(after.edges.PART_OF).toBe((before.edges.PART_OF ?? 0) + big.edges.length);
  } finally {
    await store.close();
  }
});

test('SIGKILL during a 2,000-document ingest: every stored document whole, and a re-run reaches the embedded counts', async () => {
  // Extracted once: the batches are what `dipgraph ingest` hands the store.
  const batches = [...syntheticRows(2000, 12, BATCH_DOCUMENTS)];
  const { expected, expectedCounts } = await embeddedBaseline(batches);
  expect(expectedCounts.documents).toBe(2000);
  let store: GraphStore = await connectNeo4jStore({ uri: URI, writeRetry: GIVE_UP });
  await store.reset();
  const ingesting = ingestAll(store, batches).then(() => null, (e: unknown) => e);
  // Kill once some batches are committed, so the kill lands in the middle of the run.
  await documentsReach(400);
  killServer();
  const error = await ingesting;
  await store.close();
  expect(error).toBeInstanceOf(StoreError);
  expect((error as Error).message).toMatch(/nothing of it was kept/);

  server('start');
  store = await connectNeo4jStore({ uri: URI });
  try {
    const survived = await edgesByDocument(store);
    const counts = await store.counts();
    expect(counts.documents).toBeGreaterThanOrEqual(400);
    expect(counts.documents).toBeLessThan(2000);
    expect(survived.size).toBe(counts.documents);
    for (const [doc, edges] of survived) expect([doc, edges]).toEqual([doc, expected.get(doc)]);

    const rerun = await ingestAll(store, batches);
    expect(rerun.filter((o) => o.status === 'unchanged')).toHaveLength(counts.documents);
    expect(rerun.filter((o) => o.status === 'created')).toHaveLength(2000 - counts.documents);
    expect(await store.counts()).toEqual(expectedCounts);
    expect(await edgesByDocument(store)).toEqual(expected);
  } finally {
    await store.close();
  }
});

test('killed and restarted during an ingest: the failed writes are retried with backoff and the ingest completes to the embedded counts', async () => {
  const batches = [...syntheticRows(1000, 13, BATCH_DOCUMENTS / 4)];
  const { expected, expectedCounts } = await embeddedBaseline(batches);
  // Long enough for a restart on a loaded machine; the pauses double up to 2 s.
  const store = await connectNeo4jStore({ uri: URI, writeRetry: { budgetMs: 600_000, initialDelayMs: 100, maxDelayMs: 2000 } });
  try {
    await store.reset();
    const ingesting = ingestAll(store, batches);
    await documentsReach(200);
    killServer();
    // The writer is now failing and backing off; the server comes back while it does.
    await new Promise((r) => setTimeout(r, 1500));
    server('start');
    const outcomes = await ingesting;

    expect(outcomes.map((o) => o.doc)).toEqual(batches.flat().map((rows) => rows.document.id));
    // A batch whose commit reached the disk just before the kill reads as unchanged when retried.
    expect(outcomes.every((o) => o.status === 'created' || o.status === 'unchanged')).toBe(true);
    expect(await store.counts()).toEqual(expectedCounts);
    expect(await edgesByDocument(store)).toEqual(expected);
  } finally {
    await store.close();
  }
});
