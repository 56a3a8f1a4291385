// The HTTP app: /api for tools, the built explorer at /. Built from a store so
// tests run it without a port (supertest) and `serve` runs the same thing.
import express, { type Express } from 'express';
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

export interface AppOptions {
  store: GraphStore;
  /** Bearer token for writes; without one the server is read-only. */
  token?: string;
  /** Largest JSON body accepted (bytes, or "6mb"); larger gets a 413. */
  bodyLimit?: number | string;
  /** The built explorer; defaults to src/explorer/dist. */
  explorerDir?: string;
  log?: (err: unknown) => void;
}

// An article is at most 5 MB of text; JSON escaping can add a little.
const DEFAULT_BODY_LIMIT = '6mb';

export function createApp({ store, token, bodyLimit = DEFAULT_BODY_LIMIT, explorerDir = EXPLORER_DIST, log = console.error }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });

  const api = express.Router();
  api.use(express.json({ limit: bodyLimit }));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  api.use(healthRoutes(store, !token));
  api.use(askRoutes(store));
  api.use(queryRoutes(store));
  api.use(entityRoutes(store));
  api.use(graphRoutes(store));
  api.use(documentRoutes(store, token));
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
