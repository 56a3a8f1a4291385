// GET /api/graph: a subgraph in graphology's serialized JSON, around an entity
// or answering a question, ready for the explorer (or Gephi via graphology).
import { Router } from 'express';
import { z } from 'zod';
import { RELATION_TYPES } from '../../model/ontology.js';
import { subgraph } from '../../query/explore.js';
import type { GraphStore } from '../../store/store.js';
import { HttpError, parseOr400 } from '../errors.js';
import { wholeNumber } from '../paging.js';
import { conflictParam, levelSchema, listParam } from '../schemas.js';

/** The query string of GET /api/graph; its OpenAPI parameters are generated from it. */
export const graphParams = z.object({
  focus: z.string().trim().min(1).max(300).optional().describe('entity id to centre on'),
  depth: wholeNumber('depth', 1, 4).default(1).describe('hops from the focus'),
  types: listParam(z.enum(RELATION_TYPES as [string, ...string[]])).describe('relation types (repeat the parameter, or comma-separated)'),
  q: z.string().trim().min(1).max(500).optional().describe('a question whose answer becomes the subgraph'),
  by: levelSchema.optional().describe('answer level for q'),
  conflict: conflictParam,
});

// Beyond this a browser cannot lay the graph out, and one response could hold the whole store.
export const MAX_GRAPH_NODES = 5000;
export const MAX_GRAPH_EDGES = 20000;

export function graphRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { focus, depth, types, q, by, conflict } = parseOr400(graphParams, req.query);
    const graph = await subgraph(store, { focus, depth, types, question: q, by, conflict });
    if (graph.nodes.length > MAX_GRAPH_NODES || graph.edges.length > MAX_GRAPH_EDGES) {
      throw new HttpError(
        400,
        `the subgraph has ${graph.nodes.length} nodes and ${graph.edges.length} edges, over the cap of ${MAX_GRAPH_NODES} nodes and ${MAX_GRAPH_EDGES} edges; narrow it with focus, depth, types or q`,
      );
    }
    res.json(graph);
  });
  return router;
}
