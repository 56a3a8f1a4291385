// Reading the embedded graph the way the Cypher files read Neo4j: entity nodes
// only (Documents aside), edges as Hits carrying their document's title and date.
import type { DipGraph } from '../graph-file.js';
import type { Hit, Ref } from '../../query-rows.js';

export type Attrs = Record<string, unknown>;

export function isEntity(attrs: Attrs): boolean {
  return attrs.type !== 'Document';
}

export function refOf(graph: DipGraph, key: string): Ref {
  const a = graph.getNodeAttributes(key);
  return { key, name: String(a.name), type: String(a.type) };
}

export interface DocInfo {
  title: string | null;
  published: string | null;
}

export function documentsById(graph: DipGraph): Map<string, DocInfo> {
  const docs = new Map<string, DocInfo>();
  graph.forEachNode((_, a) => {
    if (a.type === 'Document') docs.set(String(a.id), { title: (a.title as string) ?? null, published: (a.published as string) ?? null });
  });
  return docs;
}

export function hitOf(graph: DipGraph, edge: string, docs: Map<string, DocInfo>): Hit {
  const a = graph.getEdgeAttributes(edge);
  const doc = docs.get(String(a.doc));
  return {
    edge,
    type: String(a.type),
    source: refOf(graph, graph.source(edge)),
    target: refOf(graph, graph.target(edge)),
    action: (a.action as string | undefined) ?? null,
    date: (a.date as string | undefined) ?? null,
    doc: String(a.doc),
    sentence: String(a.sentence),
    title: doc?.title ?? null,
    published: doc?.published ?? null,
  };
}

/** Every non-MENTIONS edge passing `keep`, as Hits. */
export function hitsWhere(graph: DipGraph, keep: (type: string, source: string, target: string, attrs: Attrs) => boolean): Hit[] {
  const docs = documentsById(graph);
  const hits: Hit[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.type === 'MENTIONS') return;
    if (keep(String(attrs.type), source, target, attrs)) hits.push(hitOf(graph, edge, docs));
  });
  return hits;
}

/** Null means "no filter", as `$param IS NULL` does in the Cypher files. */
export function within(list: readonly string[] | null | undefined, value: string): boolean {
  return list == null || list.includes(value);
}
