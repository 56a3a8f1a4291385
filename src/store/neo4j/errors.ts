// Driver failures said in one line, with what to do about them.
import { StoreError, StoreTimeoutError } from '../store.js';
import { RetriesExhausted } from './retry.js';

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

function code(err: unknown): string {
  return String((err as { code?: unknown })?.code ?? '');
}

function reason(err: unknown): string {
  const first = String((err as Error)?.message ?? err).split('\n')[0]!;
  // The driver's advice about encryption settings buries the cause; keep the cause.
  return /Caused by: (.+)$/.exec(first)?.[1] ?? first;
}

/** A StoreError for failures the user can fix; anything else passes through. */
export function explain(err: unknown, uri: string, doing: string): unknown {
  if (err instanceof RetriesExhausted) {
    const last = explain(err.last, uri, `${doing}; gave up after ${err.message}`);
    return last instanceof StoreError ? last : new StoreError(
      `Neo4j at ${uri} kept failing with a transient error while ${doing} (${reason(err.last)}); gave up after ${err.message}; run the command again`,
      { cause: err.last },
    );
  }
  const c = code(err);
  if (UNREACHABLE.has(c) || (/ECONNREFUSED|ECONNRESET|socket|connection/i.test(reason(err)) && !c.startsWith('Neo.ClientError'))) {
    return new StoreError(
      `cannot reach Neo4j at ${uri} while ${doing} (${reason(err)}); start one with \`npm run neo4j:start\` or set NEO4J_URI / --neo4j to a running server, then run the command again`,
      { cause: err },
    );
  }
  if (c === 'Neo.ClientError.Security.Unauthorized' || c === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreError(`Neo4j at ${uri} refused the credentials (${reason(err)}); set NEO4J_USER and NEO4J_PASSWORD`, { cause: err });
  }
  if (c.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new StoreTimeoutError(`Neo4j at ${uri} stopped ${doing}: it ran past the time cap; narrow it (fewer types, less depth)`, { cause: err });
  }
  if (c === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(`Neo4j at ${uri} has no such database (${reason(err)}); check NEO4J_DATABASE`, { cause: err });
  }
  return err;
}
