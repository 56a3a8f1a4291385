// The backoff policy of Neo4j writes, on errors shaped as the driver raises
// them (the restart itself is exercised against a real server in
// neo4j-fault.test.ts).
import neo4j from 'neo4j-driver';
import { backoffMs, RetriesExhausted, withRetry } from '../../src/store/neo4j/retry.js';

const deadlock = () => new neo4j.Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'deadlock');
const syntax = () => new neo4j.Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');
const quick = { budgetMs: 2000, initialDelayMs: 5, maxDelayMs: 20 };

test('a transient error is tried again until the work succeeds', async () => {
  let calls = 0;
  const result = await withRetry(quick, async () => {
    if (++calls < 4) throw deadlock();
    return 'written';
  });
  expect([result, calls]).toEqual(['written', 4]);
});

test('an error that is not transient is thrown at once, as it was', async () => {
  let calls = 0;
  const error = await withRetry(quick, async () => {
    calls++;
    throw syntax();
  }).catch((e: unknown) => e);
  expect(calls).toBe(1);
  expect((error as { code: string }).code).toBe('Neo.ClientError.Statement.SyntaxError');
});

test('past the budget the last transient error is given back with the attempts made', async () => {
  const error = await withRetry({ budgetMs: 60, initialDelayMs: 10, maxDelayMs: 10 }, async () => {
    throw deadlock();
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RetriesExhausted);
  expect((error as RetriesExhausted).attempts).toBeGreaterThan(1);
  expect((error as RetriesExhausted).last).toMatchObject({ code: 'Neo.TransientError.Transaction.DeadlockDetected' });
  expect((error as Error).message).toMatch(/^\d+ attempts over \d+\.\d s$/);
});

test('pauses double from the first and stop at the cap, jittered into their upper half', () => {
  const policy = { budgetMs: 60_000, initialDelayMs: 250, maxDelayMs: 8000 };
  expect([1, 2, 3, 6, 10].map((a) => backoffMs(policy, a, () => 1))).toEqual([250, 500, 1000, 8000, 8000]);
  expect(backoffMs(policy, 2, () => 0)).toBe(250);
});
