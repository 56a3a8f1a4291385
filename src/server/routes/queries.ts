// GET /api/queries and /api/queries/:name: the named-query catalog with its
// parameter schemas, and running one query with parameters from the query string.
import { Router } from 'express';
import { z } from 'zod';
import { findQuery, QUERY_CATALOG, runNamedQuery, type QueryDefinition } from '../../query/catalog.js';
import type { GraphStore } from '../../store/store.js';
import { HttpError, parseOr400 } from '../errors.js';
import { MAX_LIMIT, page, pagingSchema } from '../paging.js';
import { coerceQuery, type JsonSchema, type RawQuery } from '../query-string.js';

export function paramsJsonSchema(def: QueryDefinition): Record<string, unknown> {
  // `input` describes what a client sends (defaults optional), which is what a caller needs.
  return z.toJSONSchema(def.params, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

function queryOr404(name: string): QueryDefinition {
  const def = findQuery(name);
  if (!def) throw new HttpError(404, `unknown query "${name}"; GET /api/queries lists them`);
  return def;
}

export function queryRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/queries', (req, res) => {
    const paging = parseOr400(pagingSchema, req.query);
    const all = QUERY_CATALOG.map((def) => ({ name: def.name, description: def.description, params: paramsJsonSchema(def) }));
    res.json(page(all, paging));
  });
  router.get('/queries/:name', async (req, res) => {
    const def = queryOr404(req.params.name);
    const paging = parseOr400(pagingSchema, { limit: req.query.limit, offset: req.query.offset });
    const schema = paramsJsonSchema(def) as JsonSchema;
    const params = coerceQuery(req.query as RawQuery, schema, ['limit', 'offset']);
    // A query with its own row cap (search) gets one large enough for the page asked for.
    if (schema.properties && 'limit' in schema.properties) params.limit = Math.min(paging.offset + paging.limit, MAX_LIMIT);
    const rows = await runNamedQuery(store, def.name, params);
    res.json({ query: def.name, params, ...page(rows, paging) });
  });
  return router;
}
