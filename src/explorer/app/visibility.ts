// What is on screen: the model minus the filters and the nodes the analyst hid.
// The renderer, the lists, the metrics and the exports all read this one answer.
import type { EvidenceItem, ViewGraph } from './model.js';

export interface Filters {
  /** Exclusions, so types that appear later are shown by default. */
  hiddenRelations: Set<string>;
  hiddenNodeTypes: Set<string>;
  hiddenDocs: Set<string>;
  /** ISO dates, inclusive; "" for open. */
  from: string;
  to: string;
}

export function emptyFilters(): Filters {
  return { hiddenRelations: new Set(), hiddenNodeTypes: new Set(), hiddenDocs: new Set(), from: '', to: '' };
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible edges per relation type, for the legend counts and the tests. */
  edgeTypes: Record<string, number>;
  nodeTypes: Record<string, number>;
}

function evidencePasses(e: EvidenceItem, f: Filters): boolean {
  if (f.hiddenDocs.has(e.doc)) return false;
  // As in the timeline query, a statement without its own date takes its article's;
  // one with neither cannot be placed in a range, so a range excludes it.
  const when = e.date ?? e.published;
  if (f.from && (!when || when < f.from)) return false;
  if (f.to && (!when || when > f.to)) return false;
  return true;
}

export function computeVisibility(graph: ViewGraph, f: Filters, hiddenNodes: ReadonlySet<string>): Visibility {
  const candidates = new Set(graph.filterNodes((key, a) => !hiddenNodes.has(key) && !f.hiddenNodeTypes.has(a.type)));
  const edges = new Set<string>();
  const edgeTypes: Record<string, number> = {};
  const touched = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (f.hiddenRelations.has(a.type) || !candidates.has(source) || !candidates.has(target)) return;
    if (!a.evidence.some((e) => evidencePasses(e, f))) return;
    edges.add(key);
    edgeTypes[a.type] = (edgeTypes[a.type] ?? 0) + 1;
    touched.add(source).add(target);
  });
  // A node whose every relation was filtered away goes too; one that never had any stays.
  const nodes = new Set([...candidates].filter((n) => touched.has(n) || graph.degree(n) === 0));
  const nodeTypes: Record<string, number> = {};
  for (const n of nodes) {
    const t = graph.getNodeAttribute(n, 'type');
    nodeTypes[t] = (nodeTypes[t] ?? 0) + 1;
  }
  return { nodes, edges, edgeTypes, nodeTypes };
}

/** The visible part as its own graph, with only the evidence that passed, for metrics and exports. */
export function visibleSubgraph(graph: ViewGraph, vis: Visibility, f: Filters): ViewGraph {
  const sub = graph.nullCopy();
  for (const n of vis.nodes) sub.addNode(n, { ...graph.getNodeAttributes(n) });
  for (const e of vis.edges) {
    const a = graph.getEdgeAttributes(e);
    sub.addEdgeWithKey(e, graph.source(e), graph.target(e), { ...a, evidence: a.evidence.filter((ev) => evidencePasses(ev, f)) });
  }
  return sub;
}
