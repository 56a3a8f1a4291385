// GEXF for Gephi, through graphology-gexf. GEXF attributes are scalars, so
// lists are joined like in the other tabular formats.
import { write } from 'graphology-gexf';
import { scalar, type WholeGraph } from './whole-graph.js';

function scalars(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, scalar(v)]).filter(([, v]) => v !== undefined));
}

export function gexf(graph: WholeGraph): string {
  return write(graph, {
    formatNode: (_key, a) => ({ label: String(a.name ?? ''), attributes: scalars(a) }),
    formatEdge: (_key, a) => ({ label: String(a.type ?? ''), attributes: scalars(a) }),
  });
}
