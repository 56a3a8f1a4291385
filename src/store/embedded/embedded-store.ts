// The default store: a graphology graph in memory, persisted to one file.
// Node attributes mirror the Neo4j properties so the two answer alike.
//
// Several processes may write one file (two ingests, a server and an ingest):
// each keeps the documents it wrote since its last save, and saves under the
// file's lock by re-reading the file when another writer changed it and
// replaying its own documents on top, so no writer's documents are lost.
import type { DocumentRows } from '../../graph/rows.js';
import { runEmbeddedQuery } from './queries/index.js';
import type { GraphCounts, GraphStore, IngestOutcome, QueryParams, QueryRow } from '../store.js';
import { withFileLock } from './file-lock.js';
import { emptyGraph, loadGraph, removeAbandonedTemporaries, sameVersion, saveGraph, versionOf, type DipGraph, type FileVersion } from './graph-file.js';

// Rewriting the whole file after every document would make a large ingest
// quadratic; a crash loses at most this much work, which a re-run restores.
const FLUSH_EVERY_MS = 2000;

/** A change not yet saved: a document's rows, or emptying the graph. */
type PendingChange = DocumentRows | 'reset';

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly location: string;
  private graph: DipGraph;
  /** The file as last read or written by this store. */
  private version: FileVersion | undefined;
  private pending: PendingChange[] = [];
  private lastFlush = Date.now();
  private flushing: Promise<void> = Promise.resolve();

  constructor(file: string) {
    this.location = file;
    this.version = versionOf(file);
    this.graph = loadGraph(file);
  }

  async ensureSchema(): Promise<void> {}

  async ingest(rows: DocumentRows): Promise<IngestOutcome> {
    const outcome = { doc: rows.document.id, nodes: rows.nodes.length, edges: rows.edges.length };
    const status = applyDocument(this.graph, rows);
    if (status !== 'unchanged') this.pending.push(rows);
    if (Date.now() - this.lastFlush > FLUSH_EVERY_MS) await this.flush();
    return { ...outcome, status };
  }

  async counts(): Promise<GraphCounts> {
    this.refresh();
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
    this.refresh();
    return runEmbeddedQuery(this.graph, name, params);
  }

  async reset(): Promise<void> {
    this.graph = emptyGraph();
    this.pending.push('reset');
    await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
  }

  /** Saves pending changes; calls queue behind one another. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.save());
    return this.flushing;
  }

  private async save(): Promise<void> {
    if (this.pending.length === 0) return;
    await withFileLock(this.location, () => {
      const onDisk = versionOf(this.location);
      const changes = this.pending;
      if (!sameVersion(onDisk, this.version)) {
        // Another writer saved since we read: its graph plus our changes.
        const merged = loadGraph(this.location);
        for (const change of changes) {
          if (change === 'reset') merged.clear();
          else applyDocument(merged, change);
        }
        this.graph = merged;
      }
      removeAbandonedTemporaries(this.location);
      saveGraph(this.graph, this.location);
      this.version = versionOf(this.location);
      this.pending = this.pending.slice(changes.length);
    });
    this.lastFlush = Date.now();
  }

  /** Picks up what other writers saved, when this store has nothing of its own to merge. */
  private refresh(): void {
    if (this.pending.length > 0) return;
    const onDisk = versionOf(this.location);
    if (sameVersion(onDisk, this.version)) return;
    this.graph = onDisk ? loadGraph(this.location) : emptyGraph();
    this.version = onDisk;
  }
}

/** Writes one document into a graph, all or nothing. */
function applyDocument(g: DipGraph, rows: DocumentRows): IngestOutcome['status'] {
  const d = rows.document;
  const previous = g.findNode((_, a) => a.type === 'Document' && a.id === d.id);
  if (previous === d.key) return 'unchanged';
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
  return previous === undefined ? 'created' : 'replaced';
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
