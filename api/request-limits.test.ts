import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signPspWebhookBody } from '../domain/payments/psp-webhook';
import { signWalletRequest } from '../domain/wallet/provider-signature';
import { createLogger } from '../platform/logger';
import type { RateLimitSettings } from '../platform/rate-limit';
import { createApiServer, createApp } from './app';
import type { AppDeps } from './app-deps';

// The API's limits on what one caller may send: requests per second (429 RATE_LIMITED with Retry-After) and body
// sizes (413 PAYLOAD_TOO_LARGE), on the player API, the seamless wallet and the PSP webhooks. Every request here is
// refused or invalid before a route would touch an engine; one that is touched fails the test instead of hanging.

const untouchable = (name: string) =>
  new Proxy(
    {},
    {
      get: (_target, property) => {
        throw new Error(`a refused request touched ${name}.${String(property)}`);
      },
    },
  );

const PROVIDER_SECRET = 'provider-secret-0123456789';
const PSP_SECRET = 'psp-secret-0123456789abcdef';
// A window of a minute, so that a slow machine never sees a window end in the middle of a test.
const limits: RateLimitSettings = { player: 4, wallet: 3, pspWebhooks: 3, unsigned: 2, windowSeconds: 60 };

async function startApi(extra: Partial<AppDeps> = {}) {
  const deps = {
    db: untouchable('db'),
    temporal: untouchable('temporal'),
    kafkaAdmin: untouchable('kafkaAdmin'),
    logger: createLogger('request-limits-test', 'silent'),
    temporalWebLink: () => '',
    gameProviderSecrets: new Map([['acme-games', PROVIDER_SECRET]]),
    walletSignatureToleranceSeconds: 60,
    pspWebhookSecrets: new Map([['cardpay', PSP_SECRET]]),
    pspWebhookToleranceSeconds: 60,
    kycWebhookSecret: 'test-kyc-webhook-secret-0001',
    kycWebhookToleranceSeconds: 60,
    paymentSettings: untouchable('paymentSettings'),
    rateLimits: limits,
    ...extra,
  } as unknown as AppDeps;
  const server: Server = createApiServer(deps, createApp(deps)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let api: Awaited<ReturnType<typeof startApi>>;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.close());

const now = () => Math.floor(Date.now() / 1000);

/** A POST with `body` (a string, sent as is), answered as status, code and Retry-After. */
async function post(path: string, body: string, headers: Record<string, string> = {}, url = api.url) {
  const reply = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const type = reply.headers.get('content-type') ?? '';
  const json = type.startsWith('application/problem+json') ? ((await reply.json()) as { code?: string }) : {};
  return { status: reply.status, code: json.code, retryAfter: reply.headers.get('retry-after'), type };
}

const walletHeaders = (body: string, secret = PROVIDER_SECRET) => ({
  'x-provider-id': 'acme-games',
  'x-timestamp': String(now()),
  'x-signature': signWalletRequest(secret, now(), body),
});
const webhookHeaders = (body: string, secret = PSP_SECRET) => ({
  'x-psp-timestamp': String(now()),
  'x-psp-signature': signPspWebhookBody(secret, now(), body),
});

/** `count` requests in a row, in order, answered as their statuses. */
async function statusesOf(count: number, send: () => Promise<{ status: number }>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await send()).status);
  return statuses;
}

describe('rate limits', () => {
  it('limits the player API per client address, with a 429 problem and Retry-After', async () => {
    // A registration without a bearer token is refused (401) before any engine, and still counts.
    const statuses = await statusesOf(limits.player, () => post('/player/v1/players', '{}'));
    expect(statuses.every((s) => s === 401)).toBe(true);
    const refused = await post('/player/v1/players', '{}');
    expect(refused).toEqual({
      status: 429,
      code: 'RATE_LIMITED',
      retryAfter: expect.stringMatching(/^(60|59|58)$/),
      type: expect.stringMatching(/^application\/problem\+json/),
    });
  });

  it("limits a game provider's signed calls per provider, before reading them", async () => {
    const body = '{not json';
    const statuses = await statusesOf(limits.wallet + 1, () => post('/wallet/v1/bet', body, walletHeaders(body)));
    expect(statuses).toEqual([...Array<number>(limits.wallet).fill(400), 429]);
    expect(await post('/wallet/v1/bet', body, walletHeaders(body))).toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  it("limits badly signed wallet calls per address, apart from the provider's own budget", async () => {
    const body = '{}';
    const forged = () => post('/wallet/v1/bet', body, walletHeaders(body, 'not-the-secret-0123456789'));
    expect(await statusesOf(limits.unsigned + 1, forged)).toEqual([401, 401, 429]);
    // The provider's own calls still pass the limit (to the JSON check).
    const good = '{not json';
    expect((await post('/wallet/v1/bet', good, walletHeaders(good))).status).toBe(400);
  });

  it('limits webhooks per PSP, and badly signed ones per address', async () => {
    const body = '{not json';
    const signed = () => post('/psp/v1/webhooks/cardpay', body, webhookHeaders(body));
    expect(await statusesOf(limits.pspWebhooks + 1, signed)).toEqual([400, 400, 400, 429]);
    const forged = () => post('/psp/v1/webhooks/cardpay', body, webhookHeaders(body, 'not-the-secret-0123456789'));
    expect(await statusesOf(limits.unsigned + 1, forged)).toEqual([401, 401, 429]);
  });

  it('counts again after the window', async () => {
    const quick = await startApi({ rateLimits: { ...limits, windowSeconds: 1 } });
    try {
      const send = () => post('/player/v1/players', '{}', {}, quick.url);
      let status = 0;
      for (let sent = 0; status !== 429 && sent < 100; sent += 1) status = (await send()).status;
      expect(status).toBe(429);
      await new Promise((r) => setTimeout(r, 1_100));
      expect((await send()).status).toBe(401);
    } finally {
      await quick.close();
    }
  });

  it('keys by the client behind a trusted proxy, and ignores X-Forwarded-For from anyone else', async () => {
    const behindProxy = await startApi({ trustProxy: 1 });
    try {
      const from = (ip: string, url: string) => () => post('/player/v1/players', '{}', { 'x-forwarded-for': ip }, url);
      await statusesOf(limits.player, from('203.0.113.1', behindProxy.url));
      expect((await from('203.0.113.1', behindProxy.url)()).status).toBe(429);
      expect((await from('203.0.113.2', behindProxy.url)()).status).toBe(401);
      // Without TRUST_PROXY the header is the client's own claim: every request is 127.0.0.1's.
      await statusesOf(limits.player, from('203.0.113.3', api.url));
      expect((await from('203.0.113.4', api.url)()).status).toBe(429);
    } finally {
      await behindProxy.close();
    }
  });
});

describe('body limits', () => {
  const tooLarge = (bytes: number) => JSON.stringify({ padding: 'x'.repeat(bytes) });

  it.each([
    ['a player API body over 100 kB', '/player/v1/players', tooLarge(101 * 1024), {}],
    ['a staff sign-in over 100 kB', '/api/auth/login', tooLarge(101 * 1024), {}],
    ['a wallet call over 16 kB', '/wallet/v1/bet', tooLarge(16 * 1024), walletHeaders('')],
    ['a webhook over 32 kB', '/psp/v1/webhooks/cardpay', tooLarge(32 * 1024), webhookHeaders('')],
  ])('refuses %s with 413 PAYLOAD_TOO_LARGE', async (_what, path, body, headers) => {
    expect(await post(path, body, headers)).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      type: expect.stringMatching(/^application\/problem\+json/),
    });
  });
});
