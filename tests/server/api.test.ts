// The HTTP API against a real embedded store: every endpoint, bad parameters,
// paging, JSON errors, and the token on writes.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { ExtractionPool } from '../../src/ingest/extraction-pool.js';
import { createApp } from '../../src/server/app.js';
import type { GraphStore } from '../../src/store/store.js';
import { fixtureStore, type Fixture } from './fixture.js';

let fx: Fixture;
let readOnly: ReturnType<typeof createApp>;
let writable: ReturnType<typeof createApp>;
const extraction = new ExtractionPool();
const TOKEN = 'test-token-123';
const quiet = () => undefined;

beforeAll(async () => {
  fx = await fixtureStore();
  const explorerDir = path.join(fx.dir, 'explorer');
  fs.mkdirSync(explorerDir);
  fs.writeFileSync(path.join(explorerDir, 'index.html'), '<!doctype html><title>dipgraph explorer</title>');
  readOnly = createApp({ store: fx.store, explorerDir, extraction, log: quiet });
  writable = createApp({ store: fx.store, token: TOKEN, explorerDir, bodyLimit: 2000, extraction, log: quiet });
});

afterAll(async () => {
  await extraction.close();
  await fx.cleanup();
});

function expectJsonError(res: request.Response, status: number, message?: RegExp): void {
  expect(res.status).toBe(status);
  expect(res.type).toBe('application/json');
  expect(res.body.error.status).toBe(status);
  expect(typeof res.body.error.message).toBe('string');
  if (message) expect(res.body.error.message).toMatch(message);
}

describe('health and description', () => {
  test('GET /api/health reports the store and whether writes are accepted', async () => {
    const res = await request(readOnly).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', readOnly: true, store: { kind: 'embedded' } });
    expect(res.body.counts.documents).toBe(2);
    expect((await request(writable).get('/api/health')).body.readOnly).toBe(false);
  });

  test('GET /api/openapi.json describes every endpoint in OpenAPI 3.1', async () => {
    const res = await request(readOnly).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/ask', '/api/queries', '/api/queries/{name}', '/api/entities', '/api/entities/{id}', '/api/graph', '/api/documents', '/api/openapi.json']),
    );
    expect(res.body.components.schemas.QueryParams.properties.stance.properties.object).toBeDefined();
    // Parameters and the POST body come from the zod schemas the endpoints check with.
    const params = (p: string) => (res.body.paths[p].get.parameters as { name: string; required: boolean }[]).map((x) => `${x.name}${x.required ? '*' : ''}`).sort();
    expect(params('/api/ask')).toEqual(['by', 'conflict', 'limit', 'offset', 'q*']);
    expect(params('/api/graph')).toEqual(['by', 'conflict', 'depth', 'focus', 'q', 'types']);
    expect(params('/api/entities')).toEqual(['limit', 'offset', 'search*', 'type']);
    const body = res.body.components.schemas.DocumentInput;
    expect([Object.keys(body.properties).sort(), body.required]).toEqual([['id', 'published', 'source', 'text', 'title', 'url'], ['text']]);
  });

  test('GET / serves the explorer', async () => {
    const res = await request(readOnly).get('/').expect(200);
    expect(res.text).toContain('dipgraph explorer');
  });

  test('unknown routes under /api are JSON 404s', async () => {
    expectJsonError(await request(readOnly).get('/api/nope'), 404, /no such endpoint/);
    expectJsonError(await request(readOnly).delete('/api/entities'), 404);
  });
});

describe('named queries', () => {
  test('GET /api/queries lists the catalog with JSON-schema parameters', async () => {
    const res = await request(readOnly).get('/api/queries').expect(200);
    expect(res.body.total).toBeGreaterThan(5);
    const stance = res.body.items.find((q: { name: string }) => q.name === 'stance');
    expect(stance.description).toMatch(/stance/i);
    expect(stance.params.type).toBe('object');
    expect(stance.params.properties.object).toBeDefined();
  });

  test('GET /api/queries/:name runs a query with query-string parameters', async () => {
    const res = await request(readOnly).get('/api/queries/statements').query({ type: 'URGES', action: 'restraint', by: 'country' }).expect(200);
    expect(res.body.query).toBe('statements');
    expect(res.body.items.map((r: { name: string }) => r.name).sort()).toEqual(['China', 'Russia']);
    expect(res.body.items[0].evidence[0].sentence).toMatch(/Sentence/);
  });

  test('repeated parameters are lists', async () => {
    const res = await request(readOnly).get('/api/queries/stance?object=India&object=Pakistan&by=country').expect(200);
    const russia = res.body.items.find((r: { name: string }) => r.name === 'Russia');
    expect(russia.stances.URGES).toBe(2);
  });

  test('results are paged with a total', async () => {
    const all = await request(readOnly).get('/api/queries/statements?type=URGES&by=person').expect(200);
    expect(all.body.total).toBe(2);
    const second = await request(readOnly).get('/api/queries/statements?type=URGES&by=person&limit=1&offset=1').expect(200);
    expect(second.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(second.body.items).toEqual([all.body.items[1]]);
  });

  test('bad parameters are 400 with a message', async () => {
    expectJsonError(await request(readOnly).get('/api/queries/statements?type=SHOUTS'), 400, /type/);
    expectJsonError(await request(readOnly).get('/api/queries/statements?type=URGES&bogus=1'), 400, /bogus/);
    expectJsonError(await request(readOnly).get('/api/queries/statements?type=URGES&limit=0'), 400, /limit/);
    expectJsonError(await request(readOnly).get('/api/queries/statements?type=URGES&offset=-1'), 400, /offset/);
    expectJsonError(await request(readOnly).get('/api/queries/statements?type=URGES&limit=9999'), 400, /limit/);
  });

  test('an unknown query is 404', async () => {
    expectJsonError(await request(readOnly).get('/api/queries/who_knows'), 404, /unknown query/);
  });
});

describe('questions', () => {
  test('GET /api/ask answers with evidence', async () => {
    const res = await request(readOnly).get('/api/ask').query({ q: 'who urged restraint?', by: 'country' }).expect(200);
    expect(res.body.status).toBe('answered');
    expect(res.body.answers.map((a: { name: string }) => a.name).sort()).toEqual(['China', 'Russia']);
    expect(res.body.total).toBe(2);
    expect(res.body.answers[0].evidence.length).toBeGreaterThan(0);
  });

  test('a question it cannot map gets what was understood and suggestions', async () => {
    const res = await request(readOnly).get('/api/ask').query({ q: 'what is the airspeed of an unladen swallow' }).expect(200);
    expect(res.body.status).toBe('not-understood');
    expect(res.body.suggestions.length).toBeGreaterThan(0);
  });

  test('bad parameters are 400', async () => {
    expectJsonError(await request(readOnly).get('/api/ask'), 400, /q is required/);
    expectJsonError(await request(readOnly).get('/api/ask?q=%20'), 400, /q/);
    expectJsonError(await request(readOnly).get('/api/ask?q=who+urged+restraint&by=planet'), 400, /by/);
  });
});

describe('entities', () => {
  test('GET /api/entities?search= matches names and aliases', async () => {
    const byName = await request(readOnly).get('/api/entities?search=zakh').expect(200);
    expect(byName.body.items[0]).toMatchObject({ key: 'Person:maria zakharova', name: 'Maria Zakharova', type: 'Person' });
    const byAlias = await request(readOnly).get('/api/entities?search=islamabad').expect(200);
    expect(byAlias.body.items.map((i: { name: string }) => i.name)).toContain('Pakistan');
    const typed = await request(readOnly).get('/api/entities?search=india&type=Operation').expect(200);
    expect(typed.body.total).toBe(0);
  });

  test('search needs text and a known type', async () => {
    expectJsonError(await request(readOnly).get('/api/entities'), 400, /search/);
    expectJsonError(await request(readOnly).get('/api/entities?search=india&type=Planet'), 400, /type/);
  });

  test('GET /api/entities/:id gives statements with evidence, paged', async () => {
    const res = await request(readOnly).get(`/api/entities/${encodeURIComponent('Person:maria zakharova')}`).expect(200);
    expect(res.body).toMatchObject({ name: 'Maria Zakharova', type: 'Person', aliases: ['Zakharova'] });
    expect(res.body.props.title).toBe('spokesperson');
    const urges = res.body.statements.items.filter((s: { type: string }) => s.type === 'URGES');
    expect(urges).toHaveLength(2);
    expect(urges[0]).toMatchObject({ direction: 'out', action: 'restraint', evidence: { doc: 'd1-russia', title: 'Russia urges restraint' } });
    const paged = await request(readOnly).get(`/api/entities/${encodeURIComponent('Person:maria zakharova')}?limit=1`).expect(200);
    expect(paged.body.statements.items).toHaveLength(1);
    expect(paged.body.statements.total).toBe(res.body.statements.total);
  });

  test('an unknown entity is 404', async () => {
    expectJsonError(await request(readOnly).get('/api/entities/Country:atlantis'), 404, /no entity/);
  });
});

describe('graph', () => {
  test('GET /api/graph gives a serialized subgraph around a focus', async () => {
    const res = await request(readOnly).get('/api/graph').query({ focus: 'Country:india', depth: 1 }).expect(200);
    const keys = res.body.nodes.map((n: { key: string }) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['Country:india', 'Person:maria zakharova', 'Country:china', 'Operation:operation sindoor']));
    const edge = res.body.edges.find((e: { attributes: { type: string } }) => e.attributes.type === 'URGES');
    expect(edge.attributes).toMatchObject({ action: 'restraint', doc: expect.any(String), sentence: expect.any(String) });
  });

  test('types narrows the relations followed', async () => {
    const res = await request(readOnly).get('/api/graph?focus=Country:india&types=URGES').expect(200);
    const types = new Set(res.body.edges.map((e: { attributes: { type: string } }) => e.attributes.type));
    expect([...types]).toEqual(['URGES']);
  });

  test('a question becomes the subgraph of its answer', async () => {
    const res = await request(readOnly).get('/api/graph').query({ q: 'who urged restraint?', by: 'country' }).expect(200);
    const names = res.body.nodes.map((n: { attributes: { name: string } }) => n.attributes.name);
    expect(names).toEqual(expect.arrayContaining(['China', 'India']));
    const edges = res.body.edges.map((e: { attributes: { type: string; action?: string } }) => `${e.attributes.type}/${e.attributes.action}`);
    expect(new Set(edges)).toEqual(new Set(['URGES/restraint']));
  });

  test('bad parameters are 400', async () => {
    expectJsonError(await request(readOnly).get('/api/graph?focus=Country:india&types=SHOUTS'), 400, /types/);
    expectJsonError(await request(readOnly).get('/api/graph?focus=Country:india&depth=9'), 400, /depth/);
    expectJsonError(await request(readOnly).get('/api/graph?focus=Country:india&depth=two'), 400, /depth/);
  });
});

describe('writes', () => {
  const article = { id: 'api-post-1', title: 'Japan urges calm', published: '2025-05-08', text: 'Japan urged India and Pakistan to exercise restraint on Thursday.' };

  test('a read-only server refuses writes with 403', async () => {
    expectJsonError(await request(readOnly).post('/api/documents').send(article), 403, /read-only/);
    expectJsonError(await request(readOnly).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).send(article), 403);
  });

  test('writes need the bearer token', async () => {
    const missing = await request(writable).post('/api/documents').send(article);
    expectJsonError(missing, 401, /missing bearer token/);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expectJsonError(await request(writable).post('/api/documents').set('Authorization', 'Bearer wrong').send(article), 401, /wrong/);
    expectJsonError(await request(writable).post('/api/documents').set('Authorization', TOKEN).send(article), 401);
  });

  test('the token is checked before the body is read', async () => {
    const json = (r: request.Test) => r.set('Content-Type', 'application/json');
    // Malformed, oversized and mistyped bodies all get 401 without a token: none of them was parsed.
    expectJsonError(await json(request(writable).post('/api/documents')).send('{"text": '), 401, /missing bearer token/);
    expectJsonError(await json(request(writable).post('/api/documents').set('Authorization', 'Bearer wrong')).send('{"text": '), 401, /wrong/);
    expectJsonError(await request(writable).post('/api/documents').send({ text: 'x'.repeat(5000) }), 401);
    expectJsonError(await request(writable).post('/api/documents').set('Content-Type', 'text/plain').send('Japan urged calm.'), 401);
    expectJsonError(await json(request(readOnly).post('/api/documents')).send('{"text": '), 403, /read-only/);
  });

  test('POST /api/documents ingests an article; the same again is unchanged', async () => {
    const auth = `Bearer ${TOKEN}`;
    const first = await request(writable).post('/api/documents').set('Authorization', auth).send(article).expect(201);
    expect(first.body).toMatchObject({ doc: 'api-post-1', status: 'created' });
    const again = await request(writable).post('/api/documents').set('Authorization', auth).send(article).expect(200);
    expect(again.body.status).toBe('unchanged');
    const health = await request(writable).get('/api/health').expect(200);
    expect(health.body.counts.documents).toBe(3);
  });

  test('bad bodies are 400, 413 or 415 with a message', async () => {
    const auth = `Bearer ${TOKEN}`;
    expectJsonError(await request(writable).post('/api/documents').set('Authorization', auth).send({ title: 'no text' }), 400, /text is required/);
    expectJsonError(await request(writable).post('/api/documents').set('Authorization', auth).send({ ...article, published: 'May 8' }), 400, /published/);
    expectJsonError(await request(writable).post('/api/documents').set('Authorization', auth).send({ ...article, id: '../etc' }), 400, /id/);
    expectJsonError(
      await request(writable).post('/api/documents').set('Authorization', auth).set('Content-Type', 'application/json').send('{"text": '),
      400,
      /not valid JSON/,
    );
    expectJsonError(await request(writable).post('/api/documents').set('Authorization', auth).send({ text: 'x'.repeat(5000) }), 413, /too large/);
    expectJsonError(await request(writable).post('/api/documents').set('Authorization', auth).set('Content-Type', 'text/plain').send('Japan urged calm.'), 415, /JSON/);
  });
});

describe('security headers', () => {
  test('helmet sets the usual headers on the API and the explorer', async () => {
    for (const url of ['/api/health', '/api/nope', '/']) {
      const res = await request(readOnly).get(url);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
      const csp = res.headers['content-security-policy'];
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'self'/);
      // The layout's web worker is built from a blob: URL.
      expect(csp).toMatch(/worker-src 'self' blob:/);
    }
  });

  test('CORS is off: no cross-origin read is allowed, preflights included', async () => {
    const simple = await request(readOnly).get('/api/health').set('Origin', 'https://evil.example');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(writable)
      .options('/api/documents')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
  });
});

test('internal errors are 500 without details', async () => {
  const logged: unknown[] = [];
  const broken = { ...fx.store, kind: 'embedded', location: 'x', counts: async () => { throw new Error('disk on fire at /secret/path'); } } as unknown as GraphStore;
  const res = await request(createApp({ store: broken, log: (err) => logged.push(err) })).get('/api/health');
  expectJsonError(res, 500, /internal error/);
  expect(JSON.stringify(res.body)).not.toMatch(/secret|stack|at /);
  expect(logged).toHaveLength(1);
});
