// One document as one write transaction: drop the old version if the content
// changed, then MERGE the document, its nodes by label and its edges by type.
import { normalizeName } from '../../graph/keys.js';
import type { DocumentRows, EdgeRow, NodeRow } from '../../graph/rows.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../model/ontology.js';
import { cypherFile } from '../../query/cypher-files.js';
import type { IngestStatus } from '../store.js';

/** The subset of a transaction the writer needs (ManagedTransaction). */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<{ records: { get(key: string): unknown }[] }>;
}

/** Fills a template's placeholder with a type of the ontology, so no input text ever becomes Cypher. */
function template(file: string, placeholder: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new Error(`"${value}" is not a type of the ontology`);
  return cypherFile(file).replaceAll(placeholder, value);
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Drops undefined values: the driver refuses them. */
function defined(props: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

function nodeParam(n: NodeRow) {
  return { key: n.key, type: n.type, name: n.name, aliases: n.aliases, norms: [...new Set([n.name, ...n.aliases].map(normalizeName))], props: defined(n.props) };
}

function edgeParam(e: EdgeRow) {
  return { key: e.key, source: e.source, target: e.target, props: defined(e.props) };
}

export async function writeDocument(tx: Tx, rows: DocumentRows): Promise<IngestStatus> {
  const d = rows.document;
  const found = await tx.run(cypherFile('ingest/document-find.cypher'), { id: d.id });
  const previous = found.records[0];
  if (previous && previous.get('key') === d.key) return 'unchanged';
  if (previous) await tx.run(cypherFile('ingest/document-drop.cypher'), { id: d.id });
  await tx.run(cypherFile('ingest/document-merge.cypher'), { doc: { ...d } });
  for (const [type, nodes] of groupBy(rows.nodes, (n) => n.type)) {
    await tx.run(template('ingest/nodes.cypher', '__LABEL__', type, ENTITY_TYPES), { rows: nodes.map(nodeParam), doc: d.key, docId: d.id });
  }
  for (const [type, edges] of groupBy(rows.edges, (e) => e.type)) {
    await tx.run(template('ingest/edges.cypher', '__TYPE__', type, RELATION_TYPES), { rows: edges.map(edgeParam) });
  }
  return previous ? 'replaced' : 'created';
}
