// A large authenticated POST is extracted in a worker thread: the server keeps
// answering /api/health and reads meanwhile, and a document over its time or
// memory budget, or one too many in the queue, is refused with a message.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExtractionPool, type ExtractionBudget } from '../../src/ingest/extraction-pool.js';
import { createApp } from '../../src/server/app.js';
import { largeArticle } from '../../scripts/article-variants.js';
import { fixtureStore, type Fixture } from './fixture.js';

const TOKEN = 'large-post-token';
let fx: Fixture;
const opened: { server: Server; pool: ExtractionPool }[] = [];

beforeAll(async () => {
  fx = await fixtureStore();
});

afterAll(async () => {
  for (const { server, pool } of opened) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await pool.close();
  }
  await fx.cleanup();
});

async function serve(budget: Partial<ExtractionBudget> = {}): Promise<{ base: string; pool: ExtractionPool }> {
  const pool = new ExtractionPool({ timeoutMs: 600_000, heapMb: 1536, maxQueued: 8, ...budget });
  const server = createServer(createApp({ store: fx.store, token: TOKEN, extraction: pool, log: () => undefined }));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  opened.push({ server, pool });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pool };
}

function post(base: string, body: object): Promise<Response> {
  return fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
}

test('health and reads are answered while a large document is extracted', async () => {
  const { base, pool } = await serve();
  const text = largeArticle(200_000);
  let answered = false;
  const big = post(base, { id: 'large-article', text }).finally(() => {
    answered = true;
  });
  await until(() => pool.load === 1);
  const health = await fetch(`${base}/api/health`);
  const ask = await fetch(`${base}/api/ask?q=${encodeURIComponent('who urged restraint?')}&by=country`);
  // Both were answered while the extraction was still running: the event loop was free.
  expect(answered).toBe(false);
  expect(health.status).toBe(200);
  expect((await ask.json()).status).toBe('answered');
  const res = await big;
  expect(res.status).toBe(201);
  expect(await res.json()).toMatchObject({ doc: 'large-article', status: 'created' });
  expect(pool.load).toBe(0);
});

test('a document over the time budget is stopped with a 422, and the server goes on', async () => {
  const { base } = await serve({ timeoutMs: 50 });
  const documents = async () => (await (await fetch(`${base}/api/health`)).json()).counts.documents as number;
  const before = await documents();
  const res = await post(base, { id: 'too-slow', text: largeArticle(200_000) });
  expect(res.status).toBe(422);
  expect((await res.json()).error.message).toMatch(/took longer than .* split the document/);
  expect(await documents()).toBe(before);
});

test('a document over the memory budget is stopped with a 422', async () => {
  const { base } = await serve({ heapMb: 4 });
  const before = (await (await fetch(`${base}/api/health`)).json()).counts.documents;
  const res = await post(base, { id: 'too-big', text: largeArticle(200_000) });
  expect(res.status).toBe(422);
  expect((await res.json()).error.message).toMatch(/needed more than 4 MB/);
  expect((await (await fetch(`${base}/api/health`)).json()).counts.documents).toBe(before);
});

test('a full queue is a 503 with Retry-After, not a pile-up', async () => {
  const { base, pool } = await serve({ maxQueued: 0 });
  const first = post(base, { id: 'queued-first', text: largeArticle(50_000) });
  await until(() => pool.load === 1);
  const second = await post(base, { id: 'queued-second', text: 'Japan urged Pakistan to exercise restraint.' });
  expect(second.status).toBe(503);
  expect(second.headers.get('retry-after')).toBe('5');
  expect((await second.json()).error.message).toMatch(/already being extracted/);
  expect((await first).status).toBe(201);
});
