// GET /api/entities?search= (autocomplete over names and aliases) and
// GET /api/entities/:id (one entity with its statements and their evidence).
import { Router } from 'express';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../model/ontology.js';
import { entityDetail, searchEntities } from '../../query/explore.js';
import type { GraphStore } from '../../store/store.js';
import { HttpError, parseOr400 } from '../errors.js';
import { page, pagingSchema } from '../paging.js';

// Enough for any page a client asks for; `total` is counted within it.
const SEARCH_CAP = 500;

/** The query string of GET /api/entities; its OpenAPI parameters are generated from it. */
export const searchParams = pagingSchema.extend({
  search: z.string({ error: 'search is required: part of a name or alias, e.g. ?search=rubio' }).trim().min(1, 'search must not be empty').max(200).describe('part of a name or alias'),
  type: z.enum(ENTITY_TYPES).optional().describe('only this type'),
});

export function entityRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/entities', async (req, res) => {
    const { search, type, limit, offset } = parseOr400(searchParams, req.query);
    const found = await searchEntities(store, search, SEARCH_CAP);
    res.json(page(type ? found.filter((e) => e.type === type) : found, { limit, offset }));
  });
  router.get('/entities/:id', async (req, res) => {
    const paging = parseOr400(pagingSchema, req.query);
    const detail = await entityDetail(store, req.params.id);
    if (!detail) throw new HttpError(404, `no entity with id "${req.params.id}"; ids look like "Country:india" (see /api/entities?search=)`);
    res.json({ ...detail, statements: page(detail.statements, paging) });
  });
  return router;
}
