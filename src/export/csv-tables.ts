// Two tables for pandas and spreadsheets: nodes.csv (one row per entity) and
// edges.csv (one row per edge, with its evidence and its article). Documents
// and MENTIONS edges stay out: the edge rows carry what they say.
import { csv, type Cell } from './csv.js';
import { isDocument, isMentions, scalar, type WholeGraph } from './whole-graph.js';

export const NODE_COLUMNS = ['key', 'type', 'name', 'aliases', 'title', 'killed', 'wounded', 'targets', 'year'] as const;

export const EDGE_COLUMNS = [
  'key', 'type', 'source', 'source_name', 'source_type', 'target', 'target_name', 'target_type',
  'action', 'cameo', 'date', 'doc', 'doc_title', 'doc_published', 'doc_source', 'sentence', 'start', 'end', 'rule', 'confidence',
] as const;

export interface CsvTables {
  'nodes.csv': string;
  'edges.csv': string;
}

export function csvTables(graph: WholeGraph): CsvTables {
  const nodes: Cell[][] = [];
  const docs = new Map<string, Record<string, unknown>>();
  graph.forEachNode((key, a) => {
    if (isDocument(a)) docs.set(String(a.id), a);
    else nodes.push(NODE_COLUMNS.map((c) => (c === 'key' ? key : scalar(a[c]))));
  });
  const edges: Cell[][] = [];
  graph.forEachEdge((key, a, source, target, s, t) => {
    if (isMentions(a)) return;
    const doc = docs.get(String(a.doc)) ?? {};
    const cell: Record<(typeof EDGE_COLUMNS)[number], unknown> = {
      key, type: a.type, source, source_name: s.name, source_type: s.type, target, target_name: t.name, target_type: t.type,
      action: a.action, cameo: a.cameo, date: a.date, doc: a.doc, doc_title: doc.title, doc_published: doc.published, doc_source: doc.source,
      sentence: a.sentence, start: a.start, end: a.end, rule: a.rule, confidence: a.confidence,
    };
    edges.push(EDGE_COLUMNS.map((c) => scalar(cell[c])));
  });
  return { 'nodes.csv': csv(NODE_COLUMNS, nodes), 'edges.csv': csv(EDGE_COLUMNS, edges) };
}
