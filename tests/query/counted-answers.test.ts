// Questions filtered on the statement alone ("who urged restraint?") are
// counted and sampled inside each store (statement_answers) rather than built
// from every edge. Their answers must be what the edges say: per answer the
// number of statements and the first sentences by document and sentence.
import { jest } from '@jest/globals';
import { syntheticRows } from '../../bench/common.js';
import { STATEMENT_TYPES } from '../../src/model/ontology.js';
import { cypherFile } from '../../src/store/neo4j/cypher-files.js';
import { EVIDENCE_SAMPLE, queryHits, runNamedQuery } from '../../src/query/catalog.js';
import { ask } from '../../src/query/ask.js';
import { compareStrings, sortEvidence } from '../../src/query/shape.js';
import type { AnswerRow } from '../../src/query/types.js';
import type { Hit } from '../../src/store/query-rows.js';
import type { GraphStore } from '../../src/store/store.js';
import { useSharedNeo4j } from '../helpers/shared-neo4j.js';
import { embeddedStore, neo4jStore, removeTempStores } from './stores.js';

jest.setTimeout(300_000);

let embedded: GraphStore;
let neo4j: GraphStore;

useSharedNeo4j();
beforeAll(async () => {
  embedded = embeddedStore();
  neo4j = await neo4jStore();
  await neo4j.reset();
  // Synthetic articles: a few hundred give speakers far more sentences than the sample holds.
  for (const batch of syntheticRows(300, 5, 100)) {
    for (const rows of batch) await embedded.ingest(rows);
    await neo4j.ingestBatch!(batch);
  }
});

afterAll(async () => {
  await embedded.close();
  await neo4j.close();
  removeTempStores();
});

/** The answers worked out from the edges themselves, grouped by `pick`. */
function fromHits(hits: Hit[], pick: (h: Hit) => string | null) {
  const byKey = new Map<string, Hit[]>();
  for (const h of hits) {
    const key = pick(h);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), h]);
  }
  return [...byKey].map(([key, mine]) => ({
    key,
    statements: mine.length,
    evidence: sortEvidence(mine.map((h) => ({ doc: h.doc, sentence: h.sentence }))).slice(0, EVIDENCE_SAMPLE),
  })).sort((a, b) => compareStrings(a.key, b.key));
}

const summary = (rows: AnswerRow[]) => rows.map(({ key, statements, evidence }) => ({ key, statements, evidence })).sort((a, b) => compareStrings(a.key, b.key));

describe.each([['embedded', () => embedded], ['neo4j', () => neo4j]])('%s store', (_name, store) => {
  test('speakers: statement counts and the first sentences, as the edges give them', async () => {
    const params = { type: 'URGES', action: 'restraint', by: 'person' };
    const hits = (await queryHits(store(), 'statements', params))!;
    const expected = fromHits(hits, (h) => h.source.key);
    const answers = (await runNamedQuery(store(), 'statements', params)) as unknown as AnswerRow[];
    expect(summary(answers)).toEqual(expected);
    expect(answers.length).toBeGreaterThan(1);
  });

  test('objects: Action nodes are no answer, as in the edge-by-edge form', async () => {
    const params = { type: ['URGES', 'CONDEMNS'], by: 'entity' };
    const hits = (await queryHits(store(), 'statements', params))!;
    const expected = fromHits(hits, (h) => (h.target.type === 'Action' ? null : h.target.key));
    const answers = (await runNamedQuery(store(), 'statements', params)) as unknown as AnswerRow[];
    expect(summary(answers)).toEqual(expected);
    // The sample is cut: some objects have more sentences than it holds.
    expect(expected.some((a) => a.statements > EVIDENCE_SAMPLE)).toBe(true);
  });

  test('countries: speakers roll up, their counts add up', async () => {
    const person = (await runNamedQuery(store(), 'statements', { type: 'URGES', action: 'restraint', by: 'person' })) as unknown as AnswerRow[];
    const country = (await runNamedQuery(store(), 'statements', { type: 'URGES', action: 'restraint', by: 'country' })) as unknown as AnswerRow[];
    const total = (rows: AnswerRow[]) => rows.reduce((n, r) => n + r.statements!, 0);
    expect(total(country)).toBe(total(person));
    expect(country.length).toBeLessThan(person.length);
    for (const row of country) expect(row.evidence.length).toBe(Math.min(row.statements!, EVIDENCE_SAMPLE, row.evidence.length));
  });

  test('ask carries the count beside the sample', async () => {
    const result = await ask(store(), 'who urged restraint?');
    expect('answers' in result && result.answers.length).toBeGreaterThan(0);
    if (!('answers' in result)) return;
    for (const a of result.answers) {
      expect(a.statements).toBeGreaterThanOrEqual(a.evidence.length);
      expect(a.evidence.length).toBeLessThanOrEqual(EVIDENCE_SAMPLE);
    }
  });
});

test('both stores give the same counted answers', async () => {
  for (const by of ['person', 'country', 'entity']) {
    const params = { type: ['URGES', 'EXPRESSES_CONCERN', 'CONDEMNS'], by };
    expect(await runNamedQuery(neo4j, 'statements', params)).toEqual(await runNamedQuery(embedded, 'statements', params));
  }
});

test('statement_answers.cypher has a branch for every statement type of the ontology', () => {
  const cypher = cypherFile('queries/statement_answers.cypher');
  const branches = [...cypher.matchAll(/WHERE '([A-Z_]+)' IN \$types/g)].map((m) => m[1]);
  expect([...new Set(branches)].sort()).toEqual([...STATEMENT_TYPES].sort());
});
