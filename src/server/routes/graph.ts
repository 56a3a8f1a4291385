// GET /api/graph: a subgraph in graphology's serialized JSON, around an entity
// or answering a question, ready for the explorer (or Gephi via graphology).
import { Router } from 'express';
import { z } from 'zod';
import { RELATION_TYPES } from '../../model/ontology.js';
import { subgraph } from '../../query/explore.js';
import type { GraphStore } from '../../store/store.js';
import { parseOr400 } from '../errors.js';
import { conflictParam, levelSchema, listParam } from '../schemas.js';

const graphParams = z.object({
  focus: z.string().trim().min(1).max(300).optional(),
  depth: z.coerce.number().int().min(1).max(4).default(1),
  types: listParam(z.enum(RELATION_TYPES as [string, ...string[]])),
  q: z.string().trim().min(1).max(500).optional(),
  by: levelSchema.optional(),
  conflict: conflictParam,
});

export function graphRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { focus, depth, types, q, by, conflict } = parseOr400(graphParams, req.query);
    res.json(await subgraph(store, { focus, depth, types, question: q, by, conflict }));
  });
  return router;
}
