// Documents into Neo4j with a fixed number of statements per transaction,
// whatever their size: find the stored versions, drop the changed ones, then
// write every new or changed document with one batched UNWIND statement.
import { normalizeName } from '../../graph/keys.js';
import type { DocumentRows, EdgeRow, NodeRow } from '../../graph/rows.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../model/ontology.js';
import { cypherFile } from './cypher-files.js';
import type { IngestStatus } from '../store.js';

/** The subset of a transaction the writer needs (ManagedTransaction). */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<{ records: { get(key: string): unknown }[] }>;
}

/** Drops undefined values: the driver refuses them. */
function defined(props: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

// Types become labels and relationship types; the statement trusts them, so they are checked here.
function checked<T extends string>(value: T, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new Error(`"${value}" is not a type of the ontology`);
  return value;
}

function nodeParam(n: NodeRow) {
  return {
    key: n.key, type: checked(n.type, ENTITY_TYPES), name: n.name, aliases: n.aliases,
    norms: [...new Set([n.name, ...n.aliases].map(normalizeName))], props: defined(n.props),
  };
}

function edgeParam(e: EdgeRow) {
  return { key: e.key, type: checked(e.type, RELATION_TYPES), source: e.source, target: e.target, props: defined(e.props) };
}

/** The parameter of documents-write.cypher for one document (or, for benchmarks, a slice of one). */
export function documentParam(rows: DocumentRows): Record<string, unknown> {
  return { document: { ...rows.document }, nodes: rows.nodes.map(nodeParam), edges: rows.edges.map(edgeParam) };
}

export async function runWrite(tx: Tx, docs: Record<string, unknown>[]): Promise<void> {
  if (docs.length > 0) await tx.run(cypherFile('ingest/documents-write.cypher'), { docs });
}

/**
 * Writes documents with distinct ids in the caller's transaction. Same id and
 * same content: unchanged; same id, new content: the old version is replaced.
 */
export async function writeDocuments(tx: Tx, batch: DocumentRows[]): Promise<IngestStatus[]> {
  const ids = batch.map((rows) => rows.document.id);
  if (new Set(ids).size !== ids.length) throw new Error('a write batch holds the same document id twice');
  const stored = new Map<string, string>();
  for (const r of (await tx.run(cypherFile('ingest/documents-find.cypher'), { ids })).records) stored.set(r.get('id') as string, r.get('key') as string);
  const statuses = batch.map((rows): IngestStatus => {
    const key = stored.get(rows.document.id);
    return key === undefined ? 'created' : key === rows.document.key ? 'unchanged' : 'replaced';
  });
  const replaced = batch.filter((_, i) => statuses[i] === 'replaced').map((rows) => rows.document.id);
  if (replaced.length > 0) await tx.run(cypherFile('ingest/documents-drop.cypher'), { ids: replaced });
  await runWrite(tx, batch.filter((_, i) => statuses[i] !== 'unchanged').map(documentParam));
  return statuses;
}
