// POST /api/documents: ingest one article, all-or-nothing, behind the token.
// The token and the content type are checked before a byte of the body is
// parsed, and extraction runs in a worker so reads stay answered meanwhile.
import { createHash } from 'node:crypto';
import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES } from '../../document/decode-text.js';
import { articleMeta } from '../../document/text-article.js';
import type { ExtractionPool } from '../../ingest/extraction-pool.js';
import type { GraphStore } from '../../store/store.js';
import { requireToken } from '../auth.js';
import { HttpError, parseOr400 } from '../errors.js';

// Line breaks and tabs belong in an article's text; NUL and the other control characters nowhere.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f]/;
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
const line = (field: string) =>
  z.string().trim().max(500).refine((s) => !CONTROL_IN_LINE.test(s), `${field} contains control characters (such as NUL)`);

/** What POST /api/documents takes; the OpenAPI document's DocumentInput is generated from it. */
export const documentBody = z.object({
  id: z.string().trim().regex(/^[\w.:-]{1,200}$/, 'id: letters, digits, . _ : - only, at most 200').optional().describe('defaults to a hash of the text'),
  title: line('title').optional(),
  published: z.iso.date('published must be a date YYYY-MM-DD').optional(),
  source: line('source').optional(),
  url: z.url('url must be an http(s) URL').max(2000).optional(),
  text: z
    .string({ error: 'text is required: the article text' })
    .min(1, 'text must not be empty')
    .refine((s) => !CONTROL_IN_TEXT.test(s), 'text contains control characters (such as NUL); send plain text')
    .describe('the article\'s body, without its title: the title goes in title'),
});

const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) throw new HttpError(415, 'send the document as JSON with Content-Type: application/json');
  next();
};

export interface DocumentRouteOptions {
  store: GraphStore;
  token: string | undefined;
  bodyLimit: number | string;
  extraction: ExtractionPool;
}

export function documentRoutes({ store, token, bodyLimit, extraction }: DocumentRouteOptions): Router {
  const router = Router();
  router.post('/documents', requireToken(token), requireJson, express.json({ limit: bodyLimit }), async (req, res) => {
    const body = parseOr400(documentBody, req.body);
    if (Buffer.byteLength(body.text) > MAX_DOCUMENT_BYTES) throw new HttpError(413, `text is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    // The same text posted twice without an id is the same document, not two.
    const id = body.id ?? `api-${createHash('sha256').update(body.text).digest('hex').slice(0, 12)}`;
    const rows = await extraction.extract({ meta: articleMeta({ ...body, id }), body: body.text });
    const outcome = await store.ingest(rows);
    res.status(outcome.status === 'created' ? 201 : 200).json(outcome);
  });
  return router;
}
