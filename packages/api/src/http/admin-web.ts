import { resolve } from 'node:path';
import express from 'express';

/** The built admin app, with every unknown path answered by its index.html (client-side routes). */
export function adminWebRouter(distDir: string): express.Router {
  const router = express.Router();
  router.use(express.static(distDir, { index: false }));
  router.get(/^(?!\/graphql|\/healthz|\/playground).*/, (_req, res) => {
    res.sendFile(resolve(distDir, 'index.html'));
  });
  return router;
}
