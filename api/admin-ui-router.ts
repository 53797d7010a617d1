import express, { Router, type RequestHandler } from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { adminUiSecurityHeaders, styleNonceOf } from './security-headers';

/** For files whose name changes with their content: a browser may keep them a year without asking again. */
export const HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** For files served under a fixed name (index.html, the SPA's routes): always ask whether they changed. */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

/** The meta element through which the page hands its CSP style nonce to Mantine (admin-ui/src/main.tsx). */
export const STYLE_NONCE_META = 'csp-style-nonce';

/**
 * The built admin UI (`dir`, Vite's output): the files under `assets/` are named by their content hash, so they are
 * cached for good; `index.html` names the current ones, so it is revalidated on every load (a deploy shows at once),
 * and it answers every client-side route. A missing asset is a 404, not the page in its place.
 */
export function createAdminUiRouter(dir: string): Router {
  const root = path.resolve(dir);
  const hashedAssets = path.join(root, 'assets') + path.sep;
  const index = path.join(root, 'index.html');
  const router = Router();
  // index.html is read for every answer: it carries this answer's style nonce (see security-headers.ts), and the
  // build it names may change under a running API.
  const page: RequestHandler = (_req, res, next) => {
    readFile(index, 'utf8').then((html) => {
      const nonce = styleNonceOf(res);
      res.setHeader('Cache-Control', REVALIDATE_CACHE_CONTROL);
      res.type('html').send(html.replace('<head>', `<head><meta name="${STYLE_NONCE_META}" content="${nonce}" />`));
    }, next);
  };
  router.get('/index.html', adminUiSecurityHeaders, page);
  router.use(
    express.static(root, {
      index: false,
      cacheControl: false,
      setHeaders: (res, file) =>
        res.setHeader(
          'Cache-Control',
          file.startsWith(hashedAssets) ? HASHED_ASSET_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL,
        ),
    }),
  );
  router.get(/^\/(?!api\/|wallet\/|player\/|psp\/|assets\/|health$).*/, adminUiSecurityHeaders, page);
  return router;
}
