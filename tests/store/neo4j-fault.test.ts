// Neo4j going away: unreachable at connect, and killed in the middle of a
// document's transaction. Runs its own server (port 7699, a temporary run dir)
// so killing it disturbs no other suite.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { DocumentRows } from '../../src/graph/rows.js';
import { connectNeo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { StoreError, type GraphStore } from '../../src/store/store.js';
import { ingestGold } from '../query/stores.js';

jest.setTimeout(300_000);

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const PORT = process.env.DIPGRAPH_FAULT_PORT ?? '7699';
const URI = `bolt://127.0.0.1:${PORT}`;
const RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-neo4j-fault-'));

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

/** Resolves once a transaction writing the big document is running on the server. */
async function writeInFlight(): Promise<void> {
  const driver = neo4j.driver(URI, undefined, { disableLosslessIntegers: true });
  try {
    for (let i = 0; i < 600; i++) {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      if (records.some((r) => String(r.get('currentQuery')).includes('UNWIND $rows'))) return;
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
  let store: GraphStore = await connectNeo4jStore({ uri: URI });
  await store.reset();
  await ingestGold(store);
  const before = await store.counts();
  const big = bigDocument(15_000);

  const writing = store.ingest(big).then(() => null, (e: unknown) => e);
  await writeInFlight();
  const pid = Number(fs.readFileSync(path.join(RUN_DIR, 'neo4j.pid'), 'utf8').trim());
  process.kill(pid, 'SIGKILL');
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
