// The Neo4j store: the same graph as the embedded store (node per key with the
// type as label plus :Entity, a :Document per article with MENTIONS edges, one
// relationship per edge row), written and read only through cypher/ files.
import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import type { DocumentRows } from '../../graph/rows.js';
import { RELATION_TYPES, STATEMENT_TYPES } from '../../model/ontology.js';
import { cypherFile, queryCypher } from './cypher-files.js';
import { StoreError, type GraphCounts, type GraphStore, type IngestOutcome, type IngestStatus, type QueryParams, type QueryRow } from '../store.js';
import { explain } from './errors.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { writeDocuments, type Tx } from './write.js';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Longest a read may run on the server before Neo4j stops it. */
  queryTimeoutMs?: number;
  /** How long, and how, a document write meeting a transient failure is tried again. */
  writeRetry?: Partial<RetryPolicy>;
  /** Transactions writing disjoint documents of a batch at the same time. */
  writers?: number;
}

/** The ontology's type lists, passed to every query: no Cypher file spells them out. */
const ONTOLOGY_PARAMS = { statementTypes: [...STATEMENT_TYPES], relationTypes: [...RELATION_TYPES] };

// Two keep both cores of a small machine busy; Neo4j runs one transaction per worker thread.
const DEFAULT_WRITERS = 2;

// No named query needs this long on a graph that fits one machine; a runaway one must not hold the server.
const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

const NEEDS_SCHEMA = new Set(['search', 'statement_answers']);

/** Splits schema.cypher into statements: each ends with a semicolon at the end of a line. */
export function schemaStatements(): string[] {
  return cypherFile('schema.cypher')
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}

/** `parts` contiguous slices of about the same size, none empty. */
function slices<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / Math.max(1, parts));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Consecutive runs of documents whose ids are distinct: a later version of an id waits for the next transaction. */
function distinctIdChunks(batch: DocumentRows[]): DocumentRows[][] {
  const chunks: DocumentRows[][] = [];
  let ids = new Set<string>();
  for (const rows of batch) {
    if (chunks.length === 0 || ids.has(rows.document.id)) {
      chunks.push([]);
      ids = new Set();
    }
    chunks[chunks.length - 1]!.push(rows);
    ids.add(rows.document.id);
  }
  return chunks;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  private schemaReady = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    uri: string,
    private readonly queryTimeoutMs: number,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly writers = DEFAULT_WRITERS,
  ) {
    this.location = uri;
  }

  async ensureSchema(): Promise<void> {
    await this.guard('applying the schema', async () => {
      for (const statement of schemaStatements()) await this.driver.executeQuery(statement, {}, { database: this.database });
      await this.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: this.database });
    });
    this.schemaReady = true;
  }

  async ingest(rows: DocumentRows): Promise<IngestOutcome> {
    return (await this.ingestBatch([rows]))[0]!;
  }

  /**
   * Writes several documents with one write statement per transaction, up to
   * `writers` transactions at once on disjoint documents. Each document lies
   * whole inside one transaction (a repeated id waits for the next round), so
   * a failure leaves no document half written. Writers meeting on an entity
   * can deadlock: Neo4j aborts one, and like any transient failure it is
   * written again after a pause.
   */
  async ingestBatch(batch: DocumentRows[]): Promise<IngestOutcome[]> {
    if (!this.schemaReady) await this.ensureSchema();
    const outcomes: IngestOutcome[] = [];
    for (const chunk of distinctIdChunks(batch)) {
      const settled = await Promise.allSettled(slices(chunk, this.writers).map(async (slice) => {
        const ids = slice.map((rows) => rows.document.id);
        const what = ids.length === 1 ? ids[0] : `${ids.length} documents (${ids[0]} … ${ids[ids.length - 1]})`;
        // A slice that failed rolled back whole, so writing it again cannot double anything.
        const statuses = await this.guard(`writing ${what} (nothing of it was kept)`, () => withRetry(this.retry, () => this.writeChunk(slice)));
        return slice.map((rows, i): IngestOutcome => ({ doc: rows.document.id, status: statuses[i]!, nodes: rows.nodes.length, edges: rows.edges.length }));
      }));
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      for (const s of settled) if (s.status === 'fulfilled') outcomes.push(...s.value);
    }
    return outcomes;
  }

  private async writeChunk(chunk: DocumentRows[]): Promise<IngestStatus[]> {
    // A fresh session per attempt: one whose connection died is not reused.
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => writeDocuments(tx as unknown as Tx, chunk));
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async counts(): Promise<GraphCounts> {
    const nodes: Record<string, number> = {};
    const edges: Record<string, number> = {};
    let documents = 0;
    for (const r of await this.read('counting', cypherFile('admin/counts-nodes.cypher'), {})) {
      if (r.type === 'Document') documents = r.n as number;
      else nodes[r.type as string] = r.n as number;
    }
    for (const r of await this.read('counting', cypherFile('admin/counts-edges.cypher'), {})) edges[r.type as string] = r.n as number;
    return { nodes, edges, documents };
  }

  async run(name: string, params: QueryParams): Promise<QueryRow[]> {
    // These name an index (fulltext, a hint), which must exist before they run.
    if (NEEDS_SCHEMA.has(name) && !this.schemaReady) await this.ensureSchema();
    return this.read(`running query ${name}`, queryCypher(name), { ...params, ...ONTOLOGY_PARAMS });
  }

  async reset(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      // CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run.
      await this.guard('emptying the database', async () => {
        await session.run(cypherFile('admin/reset-edges.cypher'));
        await session.run(cypherFile('admin/reset.cypher'));
      });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async read(doing: string, cypher: string, params: QueryParams): Promise<QueryRow[]> {
    const result = await this.guard(doing, () => this.driver.executeQuery(cypher, params, {
        database: this.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.queryTimeoutMs },
      }));
    return result.records.map((r) => r.toObject() as QueryRow);
  }

  private async guard<T>(doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw explain(err, this.location, doing);
    }
  }
}

export async function connectNeo4jStore(cfg: Neo4jConfig): Promise<Neo4jStore> {
  // auth.none() exists at run time, but the driver's typings leave it out.
  const auth = cfg.user ? neo4j.auth.basic(cfg.user, cfg.password ?? '') : (neo4j.auth as unknown as { none(): AuthToken }).none();
  let driver: Driver;
  try {
    driver = neo4j.driver(cfg.uri, auth, {
      disableLosslessIntegers: true,
      // Fail within seconds when the server is gone, instead of retrying for 30 s.
      maxTransactionRetryTime: 5000,
      connectionTimeout: 5000,
      connectionAcquisitionTimeout: 10000,
    });
  } catch (err) {
    throw new StoreError(`"${cfg.uri}" is not a Neo4j URI (${(err as Error).message}); use bolt://HOST:PORT or neo4j://HOST:PORT`, { cause: err });
  }
  try {
    await driver.verifyConnectivity({ database: cfg.database });
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw explain(err, cfg.uri, 'connecting');
  }
  return new Neo4jStore(driver, cfg.database, cfg.uri, cfg.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS, { ...DEFAULT_RETRY, ...cfg.writeRetry }, cfg.writers ?? DEFAULT_WRITERS);
}
