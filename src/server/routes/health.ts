// GET /api/health: liveness plus what an operator checks first: which store,
// how much is in it, and whether writes are accepted.
import { Router } from 'express';
import type { GraphStore } from '../../store/store.js';

export function healthRoutes(store: GraphStore, readOnly: boolean): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const counts = await store.counts();
    res.json({ status: 'ok', store: { kind: store.kind, location: store.location }, readOnly, counts });
  });
  return router;
}
