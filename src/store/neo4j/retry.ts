// Writes that meet a transient failure (a deadlock between writers, a server
// restarting, a dropped connection) are tried again after a growing pause, up
// to a time budget. The driver's own executeWrite retries only for a few
// seconds; a server restart takes longer than that.
import neo4j from 'neo4j-driver';

export interface RetryPolicy {
  /** No new attempt starts after this long since the first one. */
  budgetMs: number;
  /** Pause before the second attempt; doubled each time after. */
  initialDelayMs: number;
  /** Longest pause between two attempts. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { budgetMs: 60_000, initialDelayMs: 250, maxDelayMs: 8_000 };

/** Why the last attempt failed, how many there were and over how long. */
export class RetriesExhausted extends Error {
  constructor(readonly attempts: number, readonly seconds: number, readonly last: unknown) {
    super(`${attempts} attempt${attempts === 1 ? '' : 's'} over ${seconds.toFixed(1)} s`, { cause: last });
    this.name = 'RetriesExhausted';
  }
}

/** Deadlocks, lock timeouts, an unavailable server or database, an expired session: worth another try. */
export function isTransient(err: unknown): boolean {
  return neo4j.isRetryableError(err);
}

/** The delay before attempt `attempt + 1` (attempt counts from 1): exponential, capped, with jitter so parallel writers do not collide again. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + random() / 2));
}

/**
 * Runs `work` until it succeeds, fails with an error that is not transient
 * (thrown as is), or the budget is spent (RetriesExhausted, carrying the last
 * transient error).
 */
export async function withRetry<T>(policy: RetryPolicy, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isTransient(err)) throw err;
      const delay = backoffMs(policy, attempt);
      const elapsed = Date.now() - started;
      if (elapsed + delay > policy.budgetMs) throw new RetriesExhausted(attempt, elapsed / 1000, err);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
