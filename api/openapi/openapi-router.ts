import express, { Router, type RequestHandler } from 'express';
import path from 'node:path';
import { swaggerUiSecurityHeaders } from '../security-headers';
import { buildOpenApiDocument } from './openapi-document';

/** The files of swagger-ui-dist the reference page loads; its demo page and Petstore initializer stay unserved. */
const SWAGGER_UI_ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'favicon-16x16.png']);
const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

/**
 * What starts Swagger UI on the page, served as a script of its own: the page's CSP admits no inline script. No
 * validator badge: it would load an image from swagger.io.
 */
function initializer(base: string): string {
  const config = JSON.stringify({
    url: `${base}/openapi.json`,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
  });
  return `window.ui = SwaggerUIBundle(${config});\n`;
}

/** The reference page: Swagger UI, from the installed package (no CDN), reading the document next to it. */
function referencePage(base: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>iGaming back office API</title>
    <link rel="stylesheet" href="${base}/docs/swagger-ui.css" />
    <link rel="icon" type="image/png" href="${base}/docs/favicon-32x32.png" sizes="32x32" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${base}/docs/swagger-ui-bundle.js"></script>
    <script src="${base}/docs/reference-init.js"></script>
  </body>
</html>
`;
}

/**
 * Serves the API's OpenAPI 3.1 document at `GET /openapi.json` and a browsable reference at `GET /docs`, relative
 * to where it is mounted. Neither needs a session: mount it before the back office's session check.
 */
export function createOpenApiRouter(): Router {
  const router = Router();
  const document = buildOpenApiDocument();
  const assets = express.static(swaggerUiDir, { index: false, fallthrough: true, maxAge: '1h' });
  const swaggerUiAssets: RequestHandler = (req, res, next) =>
    SWAGGER_UI_ASSETS.has(req.path.slice(1)) ? assets(req, res, next) : next();

  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', swaggerUiSecurityHeaders, (req, res) => {
    res.type('html').send(referencePage(req.baseUrl));
  });
  router.get('/docs/reference-init.js', (req, res) => {
    res.type('js').send(initializer(req.baseUrl));
  });
  router.use('/docs', swaggerUiAssets);
  return router;
}
