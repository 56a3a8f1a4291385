// Hostile input on every parameter of every endpoint, against a real server on
// loopback: injection strings, 100 KB strings, NUL bytes, arrays, and absurd
// limit/offset values. Each gets a JSON answer, a 400 with a message where the
// value is invalid, never a 500 or a stack trace, and the graph stays as it was.
import fs from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { fixtureStore, type Fixture } from './fixture.js';

const TOKEN = 'hostile-token';
let fx: Fixture;
let server: RunningServer;
let storeFile: string;

beforeAll(async () => {
  fx = await fixtureStore();
  await fx.store.close();
  storeFile = path.join(fx.dir, 'graph.json');
  server = await startServer({ store: fx.store, token: TOKEN, port: 0, host: '127.0.0.1', log: () => undefined });
});

afterAll(async () => {
  await server.close();
  await fx.cleanup();
});

const INJECTIONS = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) CALL db.clearQueryCaches() //',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${process.exit(1)}',
  '__proto__',
  '{"$gt": ""}',
];
const NUL = 'India\u0000; DROP';
const HUGE = 'x'.repeat(100 * 1024);
const BAD_NUMBERS = ['-1', '-99999999999', '99999999999999999999', '1e309', 'NaN', '1.5', '0x10', ''];

type Verdict = 'rejected' | 'answered';
interface Case {
  label: string;
  url: string;
  expect: Verdict | 'either';
}

function url(pathname: string, params: [string, string][]): string {
  const qs = new URLSearchParams(params).toString();
  return `${pathname}${qs ? `?${qs}` : ''}`;
}

/** Every endpoint with a valid set of parameters; each parameter in turn gets every hostile value. */
async function endpoints(): Promise<{ path: string; base: Record<string, string>; numeric: string[]; lists: string[] }[]> {
  const catalog = await (await fetch(`${server.url}api/queries?limit=500`)).json() as { items: { name: string; params: { properties?: Record<string, { type?: string; anyOf?: unknown[] }> } }[] };
  const namedBase: Record<string, Record<string, string>> = {
    statements: { type: 'URGES', by: 'country' },
    said_by: { actor: 'Russia' },
    operation: { operation: 'Operation Sindoor' },
    contacts: { actor: 'Russia' },
    stance: { object: 'India' },
    timeline: { from: '2025-05-01', to: '2025-05-10' },
    neighbourhood: { focus: 'Country:india', depth: '1' },
    path: { from: 'Russia', to: 'India' },
    search: { text: 'india' },
    entity: { key: 'Country:india' },
    resolve: { name: 'India' },
    rollup: { actor: 'Russia' },
  };
  const named = catalog.items.map((q) => {
    const props = q.params.properties ?? {};
    const base = { ...namedBase[q.name], limit: '10', offset: '0' };
    for (const name of Object.keys(props)) base[name as keyof typeof base] ??= '';
    const isList = (name: string) => JSON.stringify(props[name]).includes('"array"');
    const numeric = Object.keys(props).filter((n) => JSON.stringify(props[n]).includes('"integer"') || JSON.stringify(props[n]).includes('"number"'));
    return { path: `/api/queries/${q.name}`, base: Object.fromEntries(Object.entries(base).filter(([, v]) => v !== '')), all: Object.keys(base), numeric: [...numeric, 'limit', 'offset'], lists: Object.keys(props).filter(isList) };
  });
  expect(named.length).toBeGreaterThanOrEqual(16);
  return [
    { path: '/api/health', base: {}, numeric: [], lists: [] },
    { path: '/api/openapi.json', base: {}, numeric: [], lists: [] },
    { path: '/api/ask', base: { q: 'who urged restraint?', by: 'country', limit: '10', offset: '0' }, numeric: ['limit', 'offset'], lists: [] },
    { path: '/api/queries', base: { limit: '10', offset: '0' }, numeric: ['limit', 'offset'], lists: [] },
    { path: '/api/entities', base: { search: 'india', type: 'Country', limit: '10', offset: '0' }, numeric: ['limit', 'offset'], lists: [] },
    { path: `/api/entities/${encodeURIComponent('Country:india')}`, base: { limit: '10', offset: '0' }, numeric: ['limit', 'offset'], lists: [] },
    { path: '/api/graph', base: { focus: 'Country:india', depth: '1', types: 'URGES', by: 'country' }, numeric: ['depth'], lists: ['types'] },
    { path: '/api/graph', base: { q: 'who urged restraint?', by: 'country' }, numeric: [], lists: [] },
    ...named.map(({ path: p, base, numeric, lists, all }) => ({ path: p, base: { ...Object.fromEntries(all.map((n) => [n, base[n as keyof typeof base] ?? ''])) }, numeric, lists })),
  ];
}

function casesFor(ep: { path: string; base: Record<string, string>; numeric: string[]; lists: string[] }): Case[] {
  const base = Object.entries(ep.base).filter(([, v]) => v !== '');
  // Endpoints without parameters still get hostile unknown ones.
  const names = Object.keys(ep.base).length ? Object.keys(ep.base) : ['x'];
  const cases: Case[] = [];
  const withValue = (name: string, values: string[]) => url(ep.path, [...base.filter(([n]) => n !== name), ...values.map((v): [string, string] => [name, v])]);
  for (const name of names) {
    cases.push({ label: `${ep.path} ${name}=NUL`, url: withValue(name, [NUL]), expect: 'rejected' });
    cases.push({ label: `${ep.path} ${name}=100KB`, url: withValue(name, [HUGE]), expect: 'rejected' });
    const scalar = !ep.lists.includes(name) && name !== 'x';
    cases.push({ label: `${ep.path} ${name}=[a,b]`, url: withValue(name, [ep.base[name] || 'a', ep.base[name] || 'b']), expect: scalar ? 'rejected' : 'either' });
    for (const inj of INJECTIONS) cases.push({ label: `${ep.path} ${name}=${inj}`, url: withValue(name, [inj]), expect: ep.numeric.includes(name) ? 'rejected' : 'either' });
    if (ep.numeric.includes(name)) {
      for (const n of BAD_NUMBERS) cases.push({ label: `${ep.path} ${name}=${n || '(empty)'}`, url: withValue(name, [n]), expect: n === '' && name !== 'limit' && name !== 'offset' ? 'either' : 'rejected' });
    }
  }
  return cases;
}

function checkAnswer(c: Case, status: number, type: string | null, text: string): void {
  const where = `${c.label} → ${status} ${text.slice(0, 200)}`;
  expect([where, status < 500]).toEqual([where, true]);
  expect([where, type?.startsWith('application/json')]).toEqual([where, true]);
  expect([where, /\bat \S+:\d+:\d+|node_modules|\/src\//.test(text)]).toEqual([where, false]);
  if (c.expect === 'rejected') expect([where, status]).toEqual([where, 400]);
  if (status >= 400) {
    const body = JSON.parse(text) as { error: { status: number; message: string } };
    expect([where, body.error.status === status && body.error.message.length > 0]).toEqual([where, true]);
  }
}

test('every GET endpoint answers hostile parameters with JSON, a 400 where invalid, never a 500', async () => {
  const before = fs.readFileSync(storeFile);
  const countsBefore = await (await fetch(`${server.url}api/health`)).json();
  let checked = 0;
  for (const ep of await endpoints()) {
    for (const c of casesFor(ep)) {
      const res = await fetch(`${server.url}${c.url.slice(1)}`);
      checkAnswer(c, res.status, res.headers.get('content-type'), await res.text());
      checked++;
    }
  }
  // A hostile path segment: the entity id itself.
  for (const id of [NUL, HUGE, ...INJECTIONS]) {
    const res = await fetch(`${server.url}api/entities/${encodeURIComponent(id)}`);
    checkAnswer({ label: `/api/entities/${id.slice(0, 40)}`, url: '', expect: id === NUL || id === HUGE ? 'rejected' : 'either' }, res.status, res.headers.get('content-type'), await res.text());
  }
  expect(checked).toBeGreaterThan(500);
  expect(await (await fetch(`${server.url}api/health`)).json()).toEqual(countsBefore);
  expect(fs.readFileSync(storeFile).equals(before)).toBe(true);
});

test('POST /api/documents answers hostile fields with a 400 and writes nothing', async () => {
  const countsBefore = (await (await fetch(`${server.url}api/health`)).json()).counts;
  const valid = { id: 'hostile-check', title: 'Japan urges calm', published: '2025-05-08', source: 'test', text: 'Japan urged India to exercise restraint.' };
  const hostile: [string, unknown, Verdict | 'either'][] = [];
  for (const field of Object.keys(valid)) {
    hostile.push([field, `Japan${'\u0000'}`, 'rejected'], [field, ['a', 'b'], 'rejected'], [field, { $gt: '' }, 'rejected'], [field, 12345, 'rejected']);
    if (field !== 'text') hostile.push([field, HUGE, 'rejected']);
    // "__proto__" is a well-formed id, and is stored as one.
    if (field === 'id') for (const inj of INJECTIONS) hostile.push([field, inj, /^[\w.:-]+$/.test(inj) ? 'either' : 'rejected']);
    if (field === 'published') for (const inj of INJECTIONS) hostile.push([field, inj, 'rejected']);
  }
  const post = (body: unknown, auth = `Bearer ${TOKEN}`) =>
    fetch(`${server.url}api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });
  let created = 0;
  for (const [field, value, verdict] of hostile) {
    const res = await post({ ...valid, [field]: value });
    checkAnswer({ label: `POST ${field}=${JSON.stringify(value).slice(0, 40)}`, url: '', expect: verdict }, res.status, res.headers.get('content-type'), await res.text());
    if (res.status === 201) created++;
  }
  expect(created).toBe(1);
  for (const body of [[valid], 'just a string', null, 42]) {
    const res = await post(body);
    checkAnswer({ label: `POST body ${JSON.stringify(body)}`, url: '', expect: 'rejected' }, res.status, res.headers.get('content-type'), await res.text());
  }
  // Injection strings in the token are a 401, compared in constant time like any wrong token.
  for (const inj of INJECTIONS) {
    const res = await post(valid, `Bearer ${inj}`);
    expect(res.status).toBe(401);
  }
  const after = (await (await fetch(`${server.url}api/health`)).json()).counts;
  expect(after.documents).toBe(countsBefore.documents + created);
});

test('text fields carry injection strings as plain text', async () => {
  const title = INJECTIONS.join(' ');
  const res = await fetch(`${server.url}api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ id: 'injection-as-text', title, text: 'Japan urged Pakistan to exercise restraint.' }),
  });
  expect(res.status).toBe(201);
  const detail = await (await fetch(`${server.url}api/entities/${encodeURIComponent('Country:japan')}`)).json() as { statements: { items: { evidence: { doc: string; title?: string } }[] } };
  const fromIt = detail.statements.items.find((s) => s.evidence.doc === 'injection-as-text');
  expect(fromIt?.evidence.title).toBe(title);
  expect((await (await fetch(`${server.url}api/health`)).json()).counts.documents).toBe(4);
});
