import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';

// helmet (helmetjs/helmet, pinned) writes the headers; the policies are ours. Every answer gets helmet's set (nosniff,
// frame and referrer policies, HSTS, cross-origin isolation) and a CSP that allows nothing: a JSON answer runs no
// code and embeds nothing. The two HTML pages replace that CSP with the least each needs. `upgrade-insecure-requests`
// is left out: the local stack serves plain HTTP on 127.0.0.1, and TLS in production ends at the proxy (HSTS).

const none = ["'none'"];
const self = ["'self'"];

/** helmet's headers on every Express answer (the seamless wallet's plain Node path, server to server, has none). */
export const securityHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: none, frameAncestors: none, baseUri: none, formAction: none },
  },
});

/** The nonce the admin UI's page gives Mantine for its `<style>` elements, fresh for every answer. */
export const styleNonceOf = (res: Response): string => res.locals.styleNonce as string;

/**
 * The admin UI's policy. Scripts: only the bundle's own files (Vite emits no inline script). Styles: the bundle's CSS
 * files, and the `<style>` elements Mantine writes at run time (its CSS variables, static classes and responsive
 * style props) when they carry this answer's nonce, which the page hands Mantine (`getStyleNonce`); no
 * 'unsafe-inline'. React's `style` props go through the CSSOM, which CSP does not govern. Images: the bundle's and
 * the `data:` URIs of Mantine's CSS (icons of inputs). Connections: this API only.
 */
export const adminUiSecurityHeaders: RequestHandler[] = [
  (_req, res, next) => {
    res.locals.styleNonce = randomBytes(16).toString('base64');
    next();
  },
  helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: self,
      scriptSrc: self,
      scriptSrcAttr: none,
      styleSrc: ["'self'", (_req, res) => `'nonce-${styleNonceOf(res as Response)}'`],
      imgSrc: ["'self'", 'data:'],
      fontSrc: self,
      connectSrc: self,
      objectSrc: none,
      baseUri: none,
      formAction: self,
      frameAncestors: none,
    },
  }),
];

/**
 * Swagger UI's policy: its bundle and the initializer beside it (no inline script); its stylesheet (its React
 * components style through the CSSOM, which CSP does not govern) and the `data:` images of that stylesheet; it
 * fetches the document from this API only.
 */
export const swaggerUiSecurityHeaders: RequestHandler = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: self,
    scriptSrc: self,
    scriptSrcAttr: none,
    styleSrc: self,
    imgSrc: ["'self'", 'data:'],
    connectSrc: self,
    objectSrc: none,
    baseUri: none,
    formAction: self,
    frameAncestors: none,
  },
});
