// POST /api/documents: ingest one article, all-or-nothing, behind the token.
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES } from '../../document/decode-text.js';
import type { GraphStore } from '../../store/store.js';
import { requireToken } from '../auth.js';
import { HttpError, parseOr400 } from '../errors.js';

const documentBody = z.object({
  id: z.string().trim().regex(/^[\w.:-]{1,200}$/, 'id: letters, digits, . _ : - only, at most 200').optional(),
  title: z.string().trim().max(500).optional(),
  published: z.iso.date('published must be a date YYYY-MM-DD').optional(),
  source: z.string().trim().max(500).optional(),
  text: z.string({ error: 'text is required: the article text' }).min(1, 'text must not be empty'),
});

export function documentRoutes(store: GraphStore, token: string | undefined): Router {
  const router = Router();
  router.post('/documents', requireToken(token), async (req, res) => {
    if (!req.is('application/json')) throw new HttpError(415, 'send the document as JSON with Content-Type: application/json');
    const body = parseOr400(documentBody, req.body);
    if (Buffer.byteLength(body.text) > MAX_DOCUMENT_BYTES) throw new HttpError(413, `text is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    // The same text posted twice without an id is the same document, not two.
    const id = body.id ?? `api-${createHash('sha256').update(body.text).digest('hex').slice(0, 12)}`;
    // The extractor and its language model load on the first write, so a read-only server starts fast.
    const { ingestText } = await import('../../ingest/ingest.js');
    const outcome = await ingestText(store, body.text, { id, title: body.title, published: body.published, source: body.source });
    res.status(outcome.status === 'created' ? 201 : 200).json(outcome);
  });
  return router;
}
