// The explorer's graph model: what the analyst has gathered so far, merged
// from API subgraphs. Parallel edges of one type between the same two nodes
// are folded into one edge carrying every piece of evidence, so the picture
// shows relations and the panel shows the sentences.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { learnDoc } from './doc-index.js';

export interface EvidenceItem {
  doc: string;
  sentence: string;
  /** When the statement was made, if the text says; else the article's date stands in. */
  date?: string;
  published?: string;
  action?: string;
}

export interface NodeAttrs {
  name: string;
  type: string;
  aliases: string[];
  title?: string;
  x: number;
  y: number;
  size?: number;
  [extra: string]: unknown;
}

export interface EdgeAttrs {
  type: string;
  actions: string[];
  evidence: EvidenceItem[];
}

export type ViewGraph = Graph<NodeAttrs, EdgeAttrs>;

export function createViewGraph(): ViewGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: true });
}

// Provenance nodes are the documents filter's business, not the picture's.
const SKIPPED_NODE_TYPES = new Set(['Document']);

export function edgeKey(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

/** Adds a subgraph to the view; returns the keys of the nodes it brought in. */
export function mergeSubgraph(graph: ViewGraph, data: SerializedGraph): string[] {
  const added: string[] = [];
  for (const node of data.nodes) {
    const a = (node.attributes ?? {}) as Record<string, unknown>;
    const type = String(a.type ?? 'Topic');
    if (SKIPPED_NODE_TYPES.has(type)) continue;
    const attrs = { ...a, name: String(a.name ?? node.key), type, aliases: Array.isArray(a.aliases) ? (a.aliases as string[]) : [] };
    if (graph.hasNode(node.key)) {
      const { x, y } = graph.getNodeAttributes(node.key);
      graph.replaceNodeAttributes(node.key, { ...attrs, x, y });
    } else {
      graph.addNode(node.key, { ...attrs, x: 0, y: 0 });
      added.push(node.key);
    }
  }
  for (const edge of data.edges) {
    const a = (edge.attributes ?? {}) as Record<string, unknown>;
    const type = String(a.type ?? '');
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || type === 'MENTIONS') continue;
    const item: EvidenceItem = { doc: String(a.doc ?? ''), sentence: String(a.sentence ?? '') };
    if (typeof a.date === 'string' && a.date) item.date = a.date;
    if (typeof a.published === 'string' && a.published) item.published = a.published;
    if (typeof a.title === 'string' && a.title) learnDoc(item.doc, { title: a.title, published: item.published });
    if (typeof a.action === 'string' && a.action) item.action = a.action;
    const key = edgeKey(type, edge.source, edge.target);
    if (!graph.hasEdge(key)) {
      graph.addEdgeWithKey(key, edge.source, edge.target, { type, actions: [], evidence: [] });
    }
    const attrs = graph.getEdgeAttributes(key);
    if (!attrs.evidence.some((e) => e.doc === item.doc && e.sentence === item.sentence && e.action === item.action)) attrs.evidence.push(item);
    if (item.action && !attrs.actions.includes(item.action)) attrs.actions.push(item.action);
  }
  placeNewNodes(graph, new Set(added));
  return added;
}

/**
 * New nodes start beside a neighbour already on screen, so expanding a node
 * grows the picture there instead of scattering it; the layout refines.
 */
function placeNewNodes(graph: ViewGraph, fresh: Set<string>): void {
  let i = 0;
  const ring = Math.max(10, Math.sqrt(graph.order) * 12);
  for (const key of fresh) {
    const anchor = graph.neighbors(key).find((n) => !fresh.has(n));
    const angle = (2 * Math.PI * i++) / Math.max(1, fresh.size);
    if (anchor) {
      const { x, y } = graph.getNodeAttributes(anchor);
      graph.mergeNodeAttributes(key, { x: x + Math.cos(angle) * 8 + jitter(), y: y + Math.sin(angle) * 8 + jitter() });
    } else {
      graph.mergeNodeAttributes(key, { x: Math.cos(angle) * ring + jitter(), y: Math.sin(angle) * ring + jitter() });
    }
  }
}

// A touch of noise keeps nodes placed on one spot from staying stuck together under ForceAtlas2.
const jitter = () => (Math.random() - 0.5) * 2;

/** Relations citing each document in the model, for the documents filter. */
export function documentCounts(graph: ViewGraph): Record<string, number> {
  const counts: Record<string, number> = {};
  graph.forEachEdge((_, a) => {
    for (const doc of new Set(a.evidence.map((e) => e.doc))) counts[doc] = (counts[doc] ?? 0) + 1;
  });
  return counts;
}
