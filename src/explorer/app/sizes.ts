// Node sizes from a centrality of the visible subgraph: what stands out
// depends on what the analyst is looking at, so it is recomputed with the view.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ViewGraph } from './model.js';

export const SIZE_METRICS = ['degree', 'betweenness', 'pagerank', 'closeness'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

const MIN_SIZE = 5;
const MAX_SIZE = 18;

/** The metrics want a simple graph: one edge per connected pair. */
function simpleCopy(view: ViewGraph): Graph {
  const g = new Graph({ type: 'directed', multi: false });
  view.forEachNode((n) => g.addNode(n));
  view.forEachEdge((_, __, s, t) => {
    if (s !== t) g.mergeEdge(s, t);
  });
  return g;
}

function scores(view: ViewGraph, metric: SizeMetric): Record<string, number> {
  if (metric === 'degree') {
    const out: Record<string, number> = {};
    view.forEachNode((n) => (out[n] = view.degree(n)));
    return out;
  }
  const g = simpleCopy(view);
  if (metric === 'betweenness') return betweenness(g);
  if (metric === 'closeness') return closeness(g);
  return pagerank(g, { getEdgeWeight: null });
}

/** Writes `size` on the model's nodes from the metric computed over `visible`. */
export function assignSizes(model: ViewGraph, visible: ViewGraph, metric: SizeMetric): void {
  let values: Record<string, number>;
  try {
    values = scores(visible, metric);
  } catch {
    // A metric that does not converge on an odd graph falls back to degree rather than failing the view.
    values = scores(visible, 'degree');
  }
  const all = Object.values(values);
  const max = Math.max(0, ...all);
  const min = Math.min(max, ...all);
  visible.forEachNode((n) => {
    const v = values[n] ?? 0;
    const t = max > min ? Math.sqrt((v - min) / (max - min)) : 0.5;
    model.setNodeAttribute(n, 'size', MIN_SIZE + t * (MAX_SIZE - MIN_SIZE));
  });
}
