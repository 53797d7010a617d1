import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../platform/logger';
import { HASHED_ASSET_CACHE_CONTROL } from './admin-ui-router';
import { createApiServer, createApp } from './app';
import type { AppDeps } from './app-deps';

// The API as it serves the built admin UI, the OpenAPI document and the seamless wallet: compression where the
// client accepts it (never on the wallet's per-bet path), and caching by whether a file's name changes with it.

/** Serving files and the document touches no engine; one that is touched fails the test instead of hanging. */
const untouchable = (name: string) =>
  new Proxy(
    {},
    {
      get: (_target, property) => {
        throw new Error(`serving static files touched ${name}.${String(property)}`);
      },
    },
  );

// A Vite build in miniature: index.html naming a content-hashed bundle, big enough to be worth compressing.
const bundle = `export const screens = [${Array.from({ length: 400 }, (_, i) => `'screen-${i}'`).join(', ')}];\n`;
const html = `<!doctype html><html><head><script type="module" src="/assets/index-Bx7f3kQ9.js"></script></head>
<body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>\n`;

let dir: string;
let url: string;
let server: Server;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'admin-ui-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), html);
  writeFileSync(path.join(dir, 'assets', 'index-Bx7f3kQ9.js'), bundle);
  const deps = {
    db: untouchable('db'),
    temporal: untouchable('temporal'),
    kafkaAdmin: untouchable('kafkaAdmin'),
    logger: createLogger('admin-ui-router-test', 'silent'),
    temporalWebLink: () => '',
    verifyPlayerToken: () => Promise.reject(new Error('no player tokens in this test')),
    gameProviderSecrets: new Map(),
    walletSignatureToleranceSeconds: 60,
    pspWebhookSecrets: new Map(),
    pspWebhookToleranceSeconds: 60,
    kycWebhookSecret: 'test-kyc-webhook-secret-0001',
    kycWebhookToleranceSeconds: 60,
    paymentSettings: untouchable('paymentSettings'),
    adminUiDir: dir,
  } as unknown as AppDeps;
  server = createApiServer(deps, createApp(deps)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const get = (pathname: string, acceptEncoding: string) =>
  fetch(`${url}${pathname}`, { headers: { 'accept-encoding': acceptEncoding } });

it('serves a hashed asset gzip-compressed and cached for a year', async () => {
  const reply = await get('/assets/index-Bx7f3kQ9.js', 'gzip');
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-encoding')).toBe('gzip');
  expect(reply.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(reply.headers.get('content-type')).toMatch(/^text\/javascript/);
  expect(await reply.text()).toBe(bundle); // fetch decompresses: the bytes are the file's
});

it('prefers brotli when the client accepts it, and sends the file as is when it accepts neither', async () => {
  const brotli = await get('/assets/index-Bx7f3kQ9.js', 'br, gzip');
  expect(brotli.headers.get('content-encoding')).toBe('br');
  expect(await brotli.text()).toBe(bundle);
  const plain = await get('/assets/index-Bx7f3kQ9.js', 'identity');
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(plain.headers.get('cache-control')).toBe(HASHED_ASSET_CACHE_CONTROL);
  expect(await plain.text()).toBe(bundle);
});

it('has index.html, directly or for a client-side route, revalidated on every load', async () => {
  for (const pathname of ['/index.html', '/', '/payments/wd_01KAAAAAAAAAAAAAAAAAAAAAAA']) {
    const reply = await get(pathname, 'gzip');
    expect({ pathname, status: reply.status, cacheControl: reply.headers.get('cache-control') }).toEqual({
      pathname,
      status: 200,
      cacheControl: 'no-cache',
    });
    expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
    expect(reply.headers.get('content-encoding')).toBe('gzip');
    // The page as built, plus this answer's style nonce for Mantine, which its CSP names.
    const nonce = /'nonce-([^']+)'/.exec(reply.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(await reply.text()).toBe(html.replace('<head>', `<head><meta name="csp-style-nonce" content="${nonce}" />`));
  }
});

it("gives the admin UI a strict CSP: scripts from the API's origin only, styles by nonce, fresh on every load", async () => {
  const policies = await Promise.all(
    [1, 2].map(async () => (await get('/', 'gzip')).headers.get('content-security-policy')),
  );
  const directives = Object.fromEntries(
    (policies[0] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
  expect(directives).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'script-src-attr': "'none'",
    'style-src': expect.stringMatching(/^'self' 'nonce-[^']+'$/),
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
  expect(policies[1]).not.toBe(policies[0]);
});

it("answers JSON with helmet's headers and a CSP that allows nothing", async () => {
  const reply = await get('/api/openapi.json', 'gzip');
  expect(reply.headers.get('content-security-policy')).toBe(
    "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
  );
  expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  expect(reply.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
  expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN');
});

it('answers 404 for an asset that is not there, rather than the page under its name', async () => {
  const reply = await get('/assets/index-gone0000.js', 'gzip');
  expect(reply.status).toBe(404);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
});

it('compresses the OpenAPI document', async () => {
  const reply = await get('/api/openapi.json', 'gzip');
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-encoding')).toBe('gzip');
  expect(await reply.json()).toMatchObject({ openapi: '3.1.0' });
});

it('leaves the seamless wallet alone: its answers never pass through compression', async () => {
  // A GET is refused (405) before the wallet touches Postgres; compression would have added `Vary` even uncompressed.
  const reply = await get('/wallet/v1/balance', 'gzip, br');
  expect(reply.status).toBe(405);
  expect(reply.headers.get('content-encoding')).toBeNull();
  expect(reply.headers.get('vary')).toBeNull();
});
