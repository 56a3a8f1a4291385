// The 25 analysts' questions on the embedded store built by extracting the
// shipped articles: at least 22 right and complete (issue #15).
import { ingestPaths } from '../../src/ingest/ingest.js';
import type { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { analystQuestions, articlePaths, scoreQuestion, type Scored } from './analyst-questions.js';
import { embeddedStore, removeTempStores } from './stores.js';

let store: EmbeddedStore;

beforeAll(async () => {
  store = embeddedStore();
  await ingestPaths(store, articlePaths());
});

afterAll(async () => {
  await store.close();
  removeTempStores();
});

test('the analysts\' questions: at least 22 of 25 right and complete', async () => {
  const questions = analystQuestions();
  expect(questions).toHaveLength(25);
  const scored: Scored[] = [];
  for (const q of questions) scored.push(await scoreQuestion(store, q));
  const wrong = scored.filter((s) => !s.right);
  const right = scored.length - wrong.length;
  process.stdout.write(`analyst questions: ${right}/${scored.length}\n${wrong.map((w) => `  ✗ ${w.q} ${w.understood ?? ''} missing=${w.missing.join('|')} extra=${w.extra.join('|')}`).join('\n')}\n`);
  expect(right).toBeGreaterThanOrEqual(22);
});
