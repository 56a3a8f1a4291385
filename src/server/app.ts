// The HTTP app: /api for tools, the built explorer at /. Built from a store so
// tests run it without a port (supertest) and `serve` runs the same thing.
import express, { type Express } from 'express';
import { ExtractionPool } from '../ingest/extraction-pool.js';
import type { GraphStore } from '../store/store.js';
import { errorHandler, notFoundUnderApi } from './errors.js';
import { EXPLORER_DIST, explorerBuilt } from './explorer-assets.js';
import { openApiDocument } from './openapi.js';
import { askRoutes } from './routes/ask.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { graphRoutes } from './routes/graph.js';
import { healthRoutes } from './routes/health.js';
import { queryRoutes } from './routes/queries.js';
import { guardParameters } from './request-guard.js';
import { securityHeaders } from './security.js';

export interface AppOptions {
  store: GraphStore;
  /** Bearer token for writes; without one the server is read-only. */
  token?: string;
  /** Largest JSON body accepted (bytes, or "6mb"); larger gets a 413. */
  bodyLimit?: number | string;
  /** The built explorer; defaults to src/explorer/dist. */
  explorerDir?: string;
  /** Where POSTed documents are extracted; the caller closes it. Defaults to a pool of its own. */
  extraction?: ExtractionPool;
  log?: (err: unknown) => void;
}

// An article is at most 5 MB of text; JSON escaping can add a little.
const DEFAULT_BODY_LIMIT = '6mb';

// No CORS headers are ever sent: browsers keep other sites' pages from reading
// the API, and the explorer is served from the same origin.
export function createApp({
  store,
  token,
  bodyLimit = DEFAULT_BODY_LIMIT,
  explorerDir = EXPLORER_DIST,
  extraction = new ExtractionPool(),
  log = console.error,
}: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());

  const api = express.Router();
  api.use(guardParameters);
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  api.use(healthRoutes(store, !token));
  api.use(askRoutes(store));
  api.use(queryRoutes(store));
  api.use(entityRoutes(store));
  api.use(graphRoutes(store));
  api.use(documentRoutes({ store, token, bodyLimit, extraction }));
  api.use(notFoundUnderApi);
  api.use(errorHandler(log));
  app.use('/api', api);

  if (explorerBuilt(explorerDir)) {
    app.use(express.static(explorerDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The explorer is not built: run `npm run build:explorer` (the API is at /api).');
    });
  }
  return app;
}

// index.html names the hashed bundles, so it must be revalidated; the bundles need not be.
function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.set('Cache-Control', 'no-cache');
}
