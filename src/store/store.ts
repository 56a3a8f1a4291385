// The one interface both stores implement: the embedded graphology store and
// Neo4j. Everything above this line (CLI, query layer, server) speaks only it.
import type { DocumentRows } from '../graph/rows.js';

export type IngestStatus = 'created' | 'replaced' | 'unchanged';

export interface IngestOutcome {
  doc: string;
  status: IngestStatus;
  nodes: number;
  edges: number;
}

export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
  documents: number;
}

export type QueryParams = Record<string, unknown>;
export type QueryRow = Record<string, unknown>;

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Where the graph lives: a file path or a URI, for messages. */
  readonly location: string;
  /** Creates constraints and indexes where the backend has them; safe to repeat. */
  ensureSchema(): Promise<void>;
  /**
   * Writes one document all-or-nothing. Same id and same content: unchanged.
   * Same id, new content: the old version's edges are replaced.
   */
  ingest(rows: DocumentRows): Promise<IngestOutcome>;
  /**
   * Writes several documents, each one whole inside a transaction (a backend
   * may put several in one, never part of one). Backends where a round trip per
   * document is the cost (Neo4j) offer it; ingest uses it when present.
   */
  ingestBatch?(batch: DocumentRows[]): Promise<IngestOutcome[]>;
  counts(): Promise<GraphCounts>;
  /** Runs a named query of the catalog (src/query/catalog.ts). */
  run(name: string, params: QueryParams): Promise<QueryRow[]>;
  /** Empties the store. */
  reset(): Promise<void>;
  /** Flushes and releases resources. */
  close(): Promise<void>;
}

/** An error with a message meant for the person at the terminal. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** A read that ran past the store's time cap; worth retrying narrower, not a fault. */
export class StoreTimeoutError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreTimeoutError';
  }
}
