// Named queries answered with graphology, mirroring cypher/queries/*.cypher.
// Parameters arrive already validated and resolved to keys by src/query/catalog.ts.
import type { DipGraph } from '../graph-file.js';
import type { QueryParams, QueryRow } from '../../store.js';
import { conflictDocuments, contacts, offers, operation, saidBy, stance, statementAnswers, statements, timeline, treatiesCited } from './edge-queries.js';
import { dumpEdges, dumpNodes, entity, resolve, search } from './entities.js';
import { neighbourhood, path, rollup } from './traversal.js';

export type EmbeddedQuery = (graph: DipGraph, params: QueryParams) => object[];

const QUERIES: Record<string, EmbeddedQuery> = {
  statements,
  statement_answers: statementAnswers,
  said_by: saidBy,
  operation,
  contacts,
  treaties_cited: treatiesCited,
  offers,
  stance,
  timeline,
  conflict_documents: conflictDocuments,
  neighbourhood,
  path,
  rollup,
  resolve,
  search,
  entity,
  dump_nodes: dumpNodes,
  dump_edges: dumpEdges,
};

export function runEmbeddedQuery(graph: DipGraph, name: string, params: QueryParams): QueryRow[] {
  const query = QUERIES[name];
  if (!query) throw new Error(`unknown query "${name}"`);
  return query(graph, params) as QueryRow[];
}
