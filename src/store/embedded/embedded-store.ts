// The default store: a graphology graph in memory, persisted to one file.
// Node attributes mirror the Neo4j properties so the two answer alike.
import type { DocumentRows } from '../../graph/rows.js';
import { runEmbeddedQuery } from '../../query/embedded/index.js';
import type { GraphCounts, GraphStore, IngestOutcome, QueryParams, QueryRow } from '../store.js';
import { emptyGraph, loadGraph, saveGraph, type DipGraph } from './graph-file.js';

// Rewriting the whole file after every document would make a large ingest
// quadratic; a crash loses at most this much work, which a re-run restores.
const FLUSH_EVERY_MS = 2000;

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly location: string;
  private graph: DipGraph;
  private dirty = false;
  private lastFlush = Date.now();

  constructor(file: string) {
    this.location = file;
    this.graph = loadGraph(file);
  }

  /** The live graph, read-only by convention: the query layer and exports read it. */
  get view(): DipGraph {
    return this.graph;
  }

  async ensureSchema(): Promise<void> {}

  async ingest(rows: DocumentRows): Promise<IngestOutcome> {
    const g = this.graph;
    const d = rows.document;
    const previous = g.findNode((_, a) => a.type === 'Document' && a.id === d.id);
    const outcome = { doc: d.id, nodes: rows.nodes.length, edges: rows.edges.length };
    if (previous === d.key) return { ...outcome, status: 'unchanged' };
    assertComplete(rows);
    if (previous !== undefined) dropDocument(g, previous, d.id);
    g.mergeNode(d.key, { type: 'Document', name: d.title, id: d.id, hash: d.hash, title: d.title, published: d.published, source: d.source, aliases: [] });
    for (const n of rows.nodes) {
      const old = g.hasNode(n.key) ? g.getNodeAttributes(n.key) : undefined;
      const aliases = [...new Set([...((old?.aliases as string[] | undefined) ?? []), ...n.aliases])].sort();
      g.mergeNode(n.key, { ...(old ?? {}), ...n.props, type: n.type, name: n.name, aliases });
      g.mergeEdgeWithKey(`${d.key}>${n.key}`, d.key, n.key, { type: 'MENTIONS', doc: d.id });
    }
    for (const e of rows.edges) g.mergeEdgeWithKey(e.key, e.source, e.target, { type: e.type, ...e.props });
    this.dirty = true;
    if (Date.now() - this.lastFlush > FLUSH_EVERY_MS) this.flush();
    return { ...outcome, status: previous === undefined ? 'created' : 'replaced' };
  }

  async counts(): Promise<GraphCounts> {
    const nodes: Record<string, number> = {};
    const edges: Record<string, number> = {};
    let documents = 0;
    this.graph.forEachNode((_, a) => {
      if (a.type === 'Document') documents++;
      else nodes[a.type] = (nodes[a.type] ?? 0) + 1;
    });
    this.graph.forEachEdge((_, a) => {
      edges[a.type] = (edges[a.type] ?? 0) + 1;
    });
    return { nodes, edges, documents };
  }

  async run(name: string, params: QueryParams): Promise<QueryRow[]> {
    return runEmbeddedQuery(this.graph, name, params);
  }

  async reset(): Promise<void> {
    this.graph = emptyGraph();
    this.dirty = true;
    this.flush();
  }

  async close(): Promise<void> {
    this.flush();
  }

  private flush(): void {
    if (!this.dirty) return;
    saveGraph(this.graph, this.location);
    this.dirty = false;
    this.lastFlush = Date.now();
  }
}

/** Checked before the first write, so a bad batch never lands half-way. */
function assertComplete(rows: DocumentRows): void {
  const keys = new Set(rows.nodes.map((n) => n.key));
  for (const e of rows.edges) {
    if (!keys.has(e.source) || !keys.has(e.target)) throw new Error(`edge ${e.key} of ${rows.document.id} points outside its document's nodes`);
  }
}

/** Removes a document's edges and its node; entities stay, they may be shared. */
function dropDocument(g: DipGraph, docKey: string, docId: string): void {
  const stale = g.filterEdges((_, a) => a.doc === docId);
  for (const e of stale) g.dropEdge(e);
  g.dropNode(docKey);
}
