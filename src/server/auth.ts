// Writes need the bearer token the operator configured; a server started
// without one is read-only, and says so rather than pretending the token is wrong.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

// Comparing digests keeps the comparison constant-time whatever the lengths.
function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export function requireToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return (req, res, next) => {
    if (!expected) {
      next(new HttpError(403, 'this server is read-only: start it with DIPGRAPH_TOKEN set to accept writes'));
      return;
    }
    const m = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!.trim()), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="dipgraph"');
      next(new HttpError(401, m ? 'wrong bearer token' : 'missing bearer token: send "Authorization: Bearer <DIPGRAPH_TOKEN>"'));
      return;
    }
    next();
  };
}
