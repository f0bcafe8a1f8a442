import path from 'node:path';
import express from 'express';

/**
 * Only this origin: the browser itself refuses any other host. GraphiQL's fonts and icons are
 * data: URLs in its CSS, monaco injects <style> elements, and its workers are files under /playground.
 */
export const PLAYGROUND_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const htmlHeaders = {
  'Content-Security-Policy': PLAYGROUND_CONTENT_SECURITY_POLICY,
  'Cache-Control': 'no-cache',
};

/** A browser opening the URL, as opposed to a GraphQL-over-GET request (which carries `query`). */
function isBrowserNavigation(req: express.Request): boolean {
  return (req.get('accept') ?? '').includes('text/html') && req.query.query === undefined;
}

/**
 * The GraphiQL playground built by `vite build --config playground/vite.config.ts` into `distDir`:
 * its files under /playground, and its page on GET /graphql for browsers; every other request
 * to /graphql goes on to Apollo.
 */
export function playgroundRouter(distDir: string): express.Router {
  const indexHtml = path.resolve(distDir, 'index.html');
  const router = express.Router();

  router.use(
    '/playground',
    express.static(distDir, {
      setHeaders(res, filePath) {
        if (filePath.endsWith('.html')) {
          res.set(htmlHeaders);
        } else if (path.basename(path.dirname(filePath)) === 'assets') {
          // Vite puts a content hash in every file name under assets/.
          res.set('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    }),
  );

  router.get('/graphql', (req, res, next) => {
    if (!isBrowserNavigation(req)) {
      next();
      return;
    }
    // The same URL answers GraphQL too: caches must key on Accept.
    res.vary('Accept');
    res.sendFile(indexHtml, { headers: htmlHeaders, cacheControl: false }, (error) => {
      if (!error) return;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !res.headersSent) {
        res
          .status(503)
          .type('text/plain')
          .send('GraphQL playground is not built: run `pnpm --filter @caseload/api build`.\n');
        return;
      }
      next(error);
    });
  });

  return router;
}
