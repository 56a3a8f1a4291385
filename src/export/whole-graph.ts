// The whole graph of a store as one graphology graph: every node (entities and
// documents) and every edge (statements, facts, MENTIONS) with its attributes.
// Every export format starts from it, so all formats hold the same graph.
import Graph from 'graphology';
import { runNamedQuery } from '../query/catalog.js';
import type { DumpEdge, DumpNode } from '../store/query-rows.js';
import type { GraphStore } from '../store/store.js';

export type WholeGraph = InstanceType<typeof Graph.MultiDirectedGraph>;

export async function wholeGraph(store: GraphStore): Promise<WholeGraph> {
  const graph = new Graph.MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of (await runNamedQuery(store, 'dump_nodes', {})) as unknown as DumpNode[]) graph.addNode(n.key, n.attributes);
  for (const e of (await runNamedQuery(store, 'dump_edges', {})) as unknown as DumpEdge[]) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph;
}

export const isDocument = (attributes: Record<string, unknown>): boolean => attributes.type === 'Document';
export const isMentions = (attributes: Record<string, unknown>): boolean => attributes.type === 'MENTIONS';

/** Lists become one string, the way every tabular format here writes them. */
export const LIST_SEPARATOR = '; ';

export function scalar(value: unknown): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
