// GET /api/ask: a question in English, answered with evidence, or told what
// was understood and which forms would work.
import { Router } from 'express';
import { z } from 'zod';
import { ask } from '../../query/ask.js';
import type { GraphStore } from '../../store/store.js';
import { parseOr400 } from '../errors.js';
import { page, pagingSchema } from '../paging.js';
import { conflictParam, levelSchema } from '../schemas.js';

/** The query string of GET /api/ask; its OpenAPI parameters are generated from it. */
export const askParams = pagingSchema.extend({
  q: z.string({ error: 'q is required: the question, e.g. ?q=who urged restraint?' }).trim().min(1, 'q must not be empty').max(500).describe('the question, e.g. "who urged restraint?"'),
  by: levelSchema.optional().describe('answer level'),
  conflict: conflictParam,
});

export function askRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/ask', async (req, res) => {
    const { q, by, conflict, limit, offset } = parseOr400(askParams, req.query);
    const result = await ask(store, q, { ...(by && { by }), ...(conflict && { conflict }) });
    if (!('answers' in result)) {
      res.json({ status: 'not-understood', ...result });
      return;
    }
    const answers = page(result.answers, { limit, offset });
    res.json({ status: 'answered', ...result, answers: answers.items, total: answers.total, limit, offset });
  });
  return router;
}
