// questions.json answered exactly on a graph built from the gold files, on the
// embedded store: query semantics apart from extraction quality.
import { ask } from '../../src/query/ask.js';
import { QUERY_CATALOG, runNamedQuery } from '../../src/query/catalog.js';
import { entityDetail, searchEntities, subgraph } from '../../src/query/explore.js';
import type { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { compareAnswer, questions } from './gold-fragment.js';
import { NAMED_SCENARIOS } from './scenarios.js';
import { embeddedStore, ingestGold, removeTempStores } from './stores.js';

let store: EmbeddedStore;

beforeAll(async () => {
  store = embeddedStore();
  await ingestGold(store);
});

afterAll(async () => {
  await store.close();
  removeTempStores();
});

describe('questions.json on the gold graph', () => {
  test.each(questions().map((q) => [q.q, q] as const))('%s', async (_q, q) => {
    const result = await ask(store, q.q, { by: q.level });
    if (!('answers' in result)) throw new Error(`not understood: ${result.understood}`);
    expect(compareAnswer(q, result.answers.map((a) => a.name))).toEqual({ missing: [], extra: [] });
    for (const a of result.answers) expect(a.evidence.length).toBeGreaterThan(0);
  });
});

describe('levels', () => {
  const names = async (q: string, by?: 'person' | 'country' | 'entity') => {
    const r = await ask(store, q, by ? { by } : {});
    if (!('answers' in r)) throw new Error(r.understood);
    return r.answers.map((a) => a.name);
  };

  test('person keeps the speaker, country rolls it up, entity gives the addressees', async () => {
    const person = await names('who urged restraint?');
    expect(person).toContain('Antonio Guterres');
    expect(person).not.toContain('United Nations');
    const country = await names('who urged restraint?', 'country');
    expect(country).toContain('United Nations');
    expect(country).not.toContain('Antonio Guterres');
    expect(await names('who urged restraint?', 'entity')).toEqual(expect.arrayContaining(['India', 'Pakistan']));
  });

  test('"which countries" answers only countries and defaults to country level', async () => {
    const r = await ask(store, 'which countries urged restraint?');
    if (!('answers' in r)) throw new Error(r.understood);
    expect(r.params.by).toBe('country');
    expect(new Set(r.answers.map((a) => a.type))).toEqual(new Set(['Country']));
  });

  test('contacts go both ways', async () => {
    expect(await names('who did Abbas Araghchi contact?')).toEqual(expect.arrayContaining(['David Lammy', 'Shehbaz Sharif']));
    expect(await names('who contacted David Lammy?')).toContain('Abbas Araghchi');
  });
});

describe('question forms', () => {
  test.each([
    ['who urged India to exercise restraint?', 'statements', { type: 'URGES', action: 'restraint', object: 'Country:india' }],
    ['which countries called on India and Pakistan to show restraint?', 'statements', { object: ['Country:india', 'Country:pakistan'], answerType: 'Country' }],
    ['who called for an investigation?', 'statements', { type: 'URGES', action: 'investigation' }],
    ['who expressed concern about Operation Sindoor?', 'statements', { type: 'EXPRESSES_CONCERN', object: 'Operation:operation sindoor' }],
    ['who was worried about Operation Sindoor?', 'statements', { type: 'EXPRESSES_CONCERN' }],
    ['who denounced the Pahalgam attack?', 'statements', { type: 'CONDEMNS', object: 'Event:pahalgam attack' }],
    ['who backed Israel?', 'statements', { type: 'SUPPORTS', object: 'Country:israel' }],
    ['who regretted Operation Sindoor?', 'statements', { type: ['CRITICIZES', 'CONDEMNS'] }],
    ['which treaties were invoked?', 'statements', { type: 'CITES', by: 'entity', answerType: 'Treaty' }],
    ['what did Russia condemn?', 'statements', { type: 'CONDEMNS', actor: 'Country:russia', by: 'entity' }],
    ['who offered to mediate between India and Pakistan?', 'statements', { type: 'OFFERS', scope: ['Country:india', 'Country:pakistan'] }],
    ['who did Araghchi talk to?', 'contacts', { actor: 'Person:abbas araghchi', by: 'entity' }],
    ['who criticized Israel?', 'statements', { type: ['CRITICIZES', 'CONDEMNS'], object: 'Country:israel', against: true }],
    ['who mediated between India and Pakistan?', 'mediators', { parties: ['Country:india', 'Country:pakistan'], by: 'country' }],
    ['who urged restraint in the India–Pakistan conflict?', 'statements', { action: 'restraint', scope: ['Country:india', 'Country:pakistan'] }],
    ['who condemned the Pahalgam attack since May 1, 2025?', 'statements', { type: 'CONDEMNS', from: '2025-05-01' }],
    ['who spoke with Shehbaz Sharif?', 'contacts', { actor: 'Person:shehbaz sharif' }],
    ['what did Operation Sindoor strike?', 'operation', { relation: 'TARGETS' }],
    ['what was targeted by Operation Sindoor?', 'operation', { relation: 'TARGETS' }],
    ['who carried out Operation Sindoor?', 'operation', { relation: 'LAUNCHED' }],
    ['what did Operation Sindoor retaliate for?', 'operation', { relation: 'RETALIATES_FOR' }],
    ['what did China say about Operation Sindoor?', 'said_by', { actor: 'Country:china', members: true }],
    ['what was the reaction to Operation Sindoor?', 'stance', { object: 'Operation:operation sindoor' }],
    ['how is Maria Zakharova connected to Operation Sindoor?', 'path', { from: 'Person:maria zakharova' }],
    ['what was said between 2025-05-01 and 2025-05-10?', 'timeline', { from: '2025-05-01', to: '2025-05-10' }],
  ])('%s', async (q, query, params) => {
    const r = await ask(store, q);
    if (!('answers' in r)) throw new Error(r.understood);
    expect(r.query).toBe(query);
    expect(r.params).toMatchObject(params);
    expect(r.answers.length).toBeGreaterThan(0);
    expect(r.cypher).toContain('MATCH');
  });

  test.each([
    ['who urged patience?', /no entity is named "patience"/],
    ['who condemned the Pahalgam massacre?', /no entity is named "Pahalgam massacre"/],
    ['what is the weather?', /no relation verb/],
    ['', /no relation verb/],
  ])('not understood: %s', async (q, understood) => {
    const r = await ask(store, q);
    expect('answers' in r).toBe(false);
    if ('answers' in r) return;
    expect(r.understood).toMatch(understood);
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  test('an unknown name suggests the names the store has', async () => {
    const r = await ask(store, 'who condemned the Pahalgam massacre?');
    expect('suggestions' in r && r.suggestions).toContain('who condemned the Pahalgam attack?');
  });
});

describe('catalog', () => {
  test('every query has a scenario', () => {
    expect(new Set(NAMED_SCENARIOS.map(([n]) => n))).toEqual(new Set(QUERY_CATALOG.map((q) => q.name)));
  });

  test('bad parameters and unknown queries say what is wrong', async () => {
    await expect(runNamedQuery(store, 'statements', { type: 'FOO' })).rejects.toThrow(/one of CONDEMNS/);
    await expect(runNamedQuery(store, 'statements', { type: 'URGES', bogus: 1 })).rejects.toMatchObject({ name: 'QueryParamsError' });
    await expect(runNamedQuery(store, 'nope', {})).rejects.toMatchObject({ name: 'UnknownQueryError' });
    await expect(runNamedQuery(store, 'contacts', { actor: 'Atlantis' })).rejects.toThrow(/no entity is named "Atlantis"/);
  });

  test('every answer row carries evidence', async () => {
    for (const [name, params] of NAMED_SCENARIOS.filter(([n]) => ['statements', 'operation', 'contacts', 'treaties_cited', 'offers', 'stance'].includes(n))) {
      for (const row of await runNamedQuery(store, name, params)) expect((row.evidence as unknown[]).length).toBeGreaterThan(0);
    }
  });

  test('the stance table counts statements per type', async () => {
    const rows = await runNamedQuery(store, 'stance', { object: 'Operation Sindoor' });
    const china = rows.find((r) => r.name === 'China');
    expect(china?.stances).toMatchObject({ CRITICIZES: expect.any(Number) });
  });
});

describe('explore', () => {
  test('search finds names and aliases by word prefix, exact matches first', async () => {
    const hits = await searchEntities(store, 'us');
    expect(hits[0]).toMatchObject({ name: 'United States', type: 'Country' });
    expect((await searchEntities(store, 'zakh')).map((h) => h.name)).toContain('Maria Zakharova');
  });

  test('entity detail lists edges both ways with evidence', async () => {
    const d = await entityDetail(store, 'Event:pahalgam attack');
    expect(d).toMatchObject({ name: 'Pahalgam attack', type: 'Event', props: { killed: 26 } });
    expect(d!.statements.some((s) => s.type === 'CONDEMNS' && s.direction === 'in')).toBe(true);
    expect(d!.statements.some((s) => s.type === 'OCCURRED_IN' && s.direction === 'out')).toBe(true);
    expect(d!.statements[0]!.evidence).toMatchObject({ doc: expect.any(String), sentence: expect.any(String), title: expect.any(String) });
    expect(await entityDetail(store, 'Country:atlantis')).toBeNull();
  });

  test('subgraphs: around an entity, answering a question, the whole graph', async () => {
    const around = await subgraph(store, { focus: 'Operation Sindoor', depth: 1 });
    expect(around.nodes.map((n) => n.key)).toContain('Operation:operation sindoor');
    expect(around.edges.every((e) => typeof e.attributes?.type === 'string' && e.attributes.doc)).toBe(true);
    const answer = await subgraph(store, { question: 'who condemned the Pahalgam attack?' });
    expect(answer.edges.every((e) => e.attributes?.type === 'CONDEMNS')).toBe(true);
    expect(answer.nodes.map((n) => n.attributes?.name)).toContain('Pahalgam attack');
    const path = await subgraph(store, { question: 'how is Maria Zakharova connected to Operation Sindoor?' });
    expect(path.nodes.length).toBeGreaterThan(1);
    const whole = await subgraph(store, {});
    expect(whole.nodes.some((n) => n.attributes?.type === 'Document')).toBe(false);
    await expect(subgraph(store, { question: 'what is the weather?' })).rejects.toMatchObject({ name: 'QueryParamsError' });
  });
});
