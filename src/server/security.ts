// Response headers every answer carries. The explorer's ForceAtlas2 layout runs
// in a worker built from a blob: URL, which the default policy would block.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'worker-src': ["'self'", 'blob:'],
      },
    },
  });
}
