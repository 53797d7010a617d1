import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createPool, ensureDatabase, type Db } from '../platform/db';
import { createLogger } from '../platform/logger';
import { createPspSimulator, type PspSimulator } from '../simulators/psp';
import { pspProfiles } from '../simulators/psp/psp-profiles';
import { callJson } from './support/call-json';
import { startRetryProvingReceiver, type RetryProvingReceiver } from './support/retry-proving-receiver';
import { findAccountNumbers } from '../platform/account-numbers';

// The PSP simulator as the outside world: a real HTTP server on an ephemeral port with its own test database,
// sending signed webhooks to a tiny receiver that refuses each event's first delivery to prove the retries.

const TEST_DATABASE = 'psp_simulator_test';
const secrets = new Map([
  ['cardpay', 'test-cardpay-secret-000001'],
  ['instantbank', 'test-instantbank-secret-01'],
  ['paywallet', 'test-paywallet-secret-0001'],
]);

interface Delivery {
  psp: string;
  timestamp: string;
  signature: string;
  rawBody: string;
  answered: number;
}

/** A seeded uniform generator (mulberry32), so every roll in the suite is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let db: Db;
let simulator: PspSimulator;
let baseUrl: string;
let receiver: RetryProvingReceiver;
let webhookUrl: string;
const deliveries: Delivery[] = [];
const logger = createLogger('test-psp-simulator', 'warn');

async function startSimulator(): Promise<void> {
  simulator = createPspSimulator({
    db,
    webhookUrl,
    webhookSecrets: secrets,
    random: seededRandom(42),
    logger,
    pollIntervalMs: 50,
  });
  baseUrl = (await simulator.listen(0, '127.0.0.1')).url;
}

beforeAll(async () => {
  await ensureDatabase(process.env.DATABASE_URL!, TEST_DATABASE);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${TEST_DATABASE}`;
  db = createPool(url.toString(), 5);

  receiver = await startRetryProvingReceiver(({ path, headers, rawBody, answered }) =>
    deliveries.push({
      psp: path.split('/').at(-1)!,
      timestamp: String(headers['x-psp-timestamp']),
      signature: String(headers['x-psp-signature']),
      rawBody,
      answered,
    }),
  );
  webhookUrl = `${receiver.url}/hooks`;

  await createPspSimulator({ db, webhookUrl, webhookSecrets: secrets, logger }).init();
  await db.query(
    'TRUNCATE psp_payments, psp_idempotency_keys, psp_settlement_items, psp_webhook_deliveries, psp_settings, psp_player_settings',
  );
  await startSimulator();
});

afterAll(async () => {
  await simulator?.close();
  await receiver?.close();
  await db?.end();
});

beforeEach(async () => {
  await call('POST', '/control/reset');
});

/** The loose shape of every simulator answer these tests read. */
interface SimulatorAnswer {
  status?: string;
  instrument?: { token: string; kind: string; cardLast4?: string; canReceivePayouts: boolean };
  token?: string;
  code?: string;
  error?: string;
  pspReference: string;
  psp?: string;
  items: { pspReference: string }[];
  declineRates: Record<string, number>;
}

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return callJson<SimulatorAnswer>(method, `${baseUrl}${path}`, body, headers);
}

const configure = (psp: string, settings: unknown) => call('PUT', `/control/${psp}`, settings);

function paymentRequest(overrides: Record<string, unknown> = {}) {
  return {
    reference: `att_${randomUUID()}`,
    kind: 'DEPOSIT',
    amountMinor: 2_500,
    currency: 'EUR',
    playerId: 'pl_1',
    ...overrides,
  };
}

const pay = (psp: string, request: Record<string, unknown>, key = `key-${randomUUID()}`) =>
  call('POST', `/${psp}/v1/payments`, request, { 'Idempotency-Key': key });

async function waitFor<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The accepted (2xx) delivery for `pspReference`, once it arrives. */
const acceptedWebhook = (pspReference: string) =>
  waitFor(() => deliveries.find((d) => d.answered === 204 && JSON.parse(d.rawBody).pspReference === pspReference));

function hasValidSignature(delivery: Delivery): boolean {
  const expected = createHmac('sha256', secrets.get(delivery.psp)!)
    .update(`${delivery.timestamp}.${delivery.rawBody}`)
    .digest();
  const given = Buffer.from(delivery.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const codesOf = (psp: string, declineClass: 'hard' | 'soft') => pspProfiles.get(psp)!.declineCodes[declineClass];

describe('PSP simulator', () => {
  it('answers a repeated request with the first answer and refuses a used key with a different body', async () => {
    const request = paymentRequest();
    const first = await pay('paywallet', request, 'repeat-key-0001');
    const repeat = await pay('paywallet', { ...request }, 'repeat-key-0001');
    const reused = await pay('paywallet', { ...request, amountMinor: 2_501 }, 'repeat-key-0001');

    expect(first).toMatchObject({ status: 200, body: { status: 'CAPTURED', reference: request.reference } });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect(reused).toMatchObject({ status: 422, body: { error: 'idempotency_key_reused' } });
  });

  it('validates the request: bad amounts, missing keys, unknown PSPs', async () => {
    expect((await pay('cardpay', paymentRequest({ amountMinor: 10.5 }))).body.error).toBe('invalid_request');
    expect((await pay('cardpay', paymentRequest({ amountMinor: 2 ** 53 }))).status).toBe(400);
    expect((await pay('cardpay', paymentRequest({ currency: 'eur' }))).status).toBe(400);
    expect((await call('POST', '/cardpay/v1/payments', paymentRequest())).status).toBe(400);
    expect((await pay('cardpay', paymentRequest(), 'short')).status).toBe(400);
    expect((await pay('nopay', paymentRequest())).status).toBe(404);
  });

  it('confirms a cardpay deposit by a signed webhook, retried until accepted', async () => {
    await configure('cardpay', { webhookDelayMs: 100 });
    const request = paymentRequest();
    const key = `key-${randomUUID()}`;
    const answer = await pay('cardpay', request, key);
    expect(answer).toMatchObject({ status: 202, body: { status: 'PENDING', amountMinor: 2_500, currency: 'EUR' } });
    const { pspReference } = answer.body;

    const accepted = await acceptedWebhook(pspReference);
    const attempts = deliveries.filter((d) => JSON.parse(d.rawBody).pspReference === pspReference);
    expect(attempts.map((d) => d.answered)).toEqual([500, 204]);
    expect(attempts[0]!.rawBody).toBe(accepted.rawBody); // same eventId, same bytes
    expect(attempts.every(hasValidSignature)).toBe(true);
    expect(hasValidSignature({ ...accepted, rawBody: accepted.rawBody.replace('2500', '2501') })).toBe(false);
    expect(JSON.parse(accepted.rawBody)).toMatchObject({
      eventId: expect.stringMatching(/^evt_/),
      psp: 'cardpay',
      pspReference,
      reference: request.reference,
      kind: 'DEPOSIT',
      status: 'CAPTURED',
      amountMinor: 2_500,
      currency: 'EUR',
    });

    expect((await call('GET', `/cardpay/v1/payments/${pspReference}`)).body.status).toBe('CAPTURED');
    expect((await call('GET', `/cardpay/v1/payments?reference=${request.reference}`)).body.pspReference).toBe(
      pspReference,
    );
    // A repeat answers what was answered first, even though the payment has moved on since.
    expect((await pay('cardpay', request, key)).body).toEqual(answer.body);
  });

  it('pays an instantbank payout synchronously, or later by webhook when it answers PENDING', async () => {
    await configure('instantbank', { pendingRate: 0 });
    const now = await pay('instantbank', paymentRequest({ kind: 'PAYOUT' }));
    expect(now).toMatchObject({ status: 200, body: { status: 'PAID', kind: 'PAYOUT' } });

    await configure('instantbank', { pendingRate: 1, webhookDelayMs: 50 });
    const later = await pay('instantbank', paymentRequest({ kind: 'PAYOUT' }));
    expect(later).toMatchObject({ status: 202, body: { status: 'PENDING' } });
    expect(JSON.parse((await acceptedWebhook(later.body.pspReference)).rawBody).status).toBe('PAID');
  });

  it("tokenises a deposit's instrument (one per player and kind) and pays out only to a token it issued", async () => {
    const playerId = `pl_${randomUUID()}`;
    await configure('paywallet', { pendingRate: 0 });
    const first = await pay('paywallet', paymentRequest({ playerId, method: 'CARD' }));
    const again = await pay('paywallet', paymentRequest({ playerId, method: 'CARD' }));
    expect(first.body.instrument).toMatchObject({ kind: 'CARD', cardLast4: expect.stringMatching(/^\d{4}$/) });
    expect(again.body.instrument!.token).toBe(first.body.instrument!.token);
    // The token is opaque (random, so any run of digits in it means nothing); the rest is safe display data only.
    const { token: _token, ...display } = first.body.instrument!;
    expect(findAccountNumbers(display, 'instrument')).toEqual([]);
    expect(Object.keys(first.body.instrument!).sort()).not.toContain('cardNumber');

    // The e-wallet takes cards but pays none; another customer's token, or a made-up one, is not paid either.
    const toCard = await pay(
      'paywallet',
      paymentRequest({ playerId, kind: 'PAYOUT', instrumentToken: first.body.instrument!.token }),
    );
    expect(toCard).toMatchObject({ status: 422, body: { error: 'invalid_instrument' } });
    const tokenised = await call('POST', '/paywallet/v1/instruments', { playerId, kind: 'EWALLET' });
    expect(tokenised).toMatchObject({ status: 201, body: { kind: 'EWALLET', canReceivePayouts: true } });
    const stranger = await pay(
      'paywallet',
      paymentRequest({ playerId: 'pl_someone_else', kind: 'PAYOUT', instrumentToken: tokenised.body.token }),
    );
    expect(stranger).toMatchObject({ status: 422, body: { error: 'invalid_instrument' } });
    const paid = await pay(
      'paywallet',
      paymentRequest({ playerId, kind: 'PAYOUT', instrumentToken: tokenised.body.token }),
    );
    expect(paid).toMatchObject({ status: 200, body: { status: 'PAID', instrument: { token: tokenised.body.token } } });
  });

  it('declines with codes of the class whose rate is 1', async () => {
    await configure('paywallet', { declineRates: { hard: 1 } });
    await configure('instantbank', { pendingRate: 0, declineRates: { soft: 1 } });
    await configure('cardpay', { webhookDelayMs: 0, declineRates: { hard: 1 } });

    const wallet = await pay('paywallet', paymentRequest());
    const bank = await pay('instantbank', paymentRequest({ kind: 'PAYOUT' }));
    const card = await pay('cardpay', paymentRequest());

    expect(wallet.body.status).toBe('DECLINED');
    expect(codesOf('paywallet', 'hard')).toContain(wallet.body.code);
    expect(bank.body.status).toBe('DECLINED');
    expect(codesOf('instantbank', 'soft')).toContain(bank.body.code);
    expect(card.body.status).toBe('PENDING');
    const cardEvent = JSON.parse((await acceptedWebhook(card.body.pspReference)).rawBody);
    expect(cardEvent.status).toBe('DECLINED');
    expect(codesOf('cardpay', 'hard')).toContain(cardEvent.code);
    // The e-wallet also notifies its declines.
    expect(JSON.parse((await acceptedWebhook(wallet.body.pspReference)).rawBody)).toMatchObject({
      status: 'DECLINED',
      code: wallet.body.code,
    });
  });

  it('answers 503 during an outage without recording anything, so the key is still usable', async () => {
    const request = paymentRequest();
    const key = `key-${randomUUID()}`;
    await configure('paywallet', { declineRates: { outage: 1 } });
    expect(await pay('paywallet', request, key)).toMatchObject({ status: 503, body: { error: 'service_unavailable' } });

    const now = Date.now();
    await configure('paywallet', {
      declineRates: { outage: 0 },
      outageWindows: [{ from: new Date(now - 60_000).toISOString(), to: new Date(now + 60_000).toISOString() }],
    });
    expect((await pay('paywallet', request, key)).status).toBe(503);

    await configure('paywallet', { outageWindows: [] });
    expect((await call('GET', `/paywallet/v1/payments?reference=${request.reference}`)).status).toBe(404);
    const after = await pay('paywallet', request, key);
    expect(after).toMatchObject({ status: 200, body: { status: 'CAPTURED' } });
    expect(after.headers.get('idempotent-replayed')).toBeNull();
  });

  it("scopes a player's scenario to that player's payments and lookups, over the PSP's own settings", async () => {
    await configure('paywallet', { latencyMs: 0 });
    const scoped = await call('PUT', '/control/paywallet/players/pl_down', { declineRates: { outage: 1 } });
    expect(scoped).toMatchObject({ status: 200, body: { declineRates: { outage: 1, hard: 0 } } });
    const other = paymentRequest({ playerId: 'pl_other' });

    expect((await pay('paywallet', paymentRequest({ playerId: 'pl_down' }))).status).toBe(503);
    expect(await pay('paywallet', other)).toMatchObject({ status: 200, body: { status: 'CAPTURED' } });
    expect((await call('GET', '/control/paywallet')).body.declineRates.outage).toBe(0);

    // Patches add up per player; the PSP's own settings still reach the keys the player's patch leaves alone.
    await call('PUT', '/control/paywallet/players/pl_down', { declineRates: { soft: 1 } });
    await configure('paywallet', { latencyMs: 7 });
    expect((await call('GET', '/control/paywallet/players/pl_down')).body).toMatchObject({
      latencyMs: 7,
      declineRates: { outage: 1, soft: 1 },
    });

    // A lookup of another player's payment meets the PSP as it is for everyone; a lookup of the player's own
    // payment meets the player's outage.
    const captured = await pay('paywallet', paymentRequest({ playerId: 'pl_later' }));
    await call('PUT', '/control/paywallet/players/pl_later', { declineRates: { outage: 1 } });
    expect((await call('GET', `/paywallet/v1/payments/${captured.body.pspReference}`)).status).toBe(503);
    expect((await call('GET', `/paywallet/v1/payments?reference=${other.reference}`)).status).toBe(200);

    expect((await call('PUT', '/control/paywallet/players/pl_down', { declineRates: { soft: 2 } })).status).toBe(400);
    await call('POST', '/control/reset');
    expect((await pay('paywallet', paymentRequest({ playerId: 'pl_down' }))).status).toBe(200);
  });

  it('holds a timed-out request, answers 504 and records nothing', async () => {
    const request = paymentRequest({ kind: 'PAYOUT' });
    const key = `key-${randomUUID()}`;
    await configure('instantbank', { pendingRate: 0, timeoutHoldMs: 200, declineRates: { timeout: 1 } });
    const started = Date.now();
    expect((await pay('instantbank', request, key)).status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);

    await configure('instantbank', { declineRates: { timeout: 0 } });
    expect((await pay('instantbank', request, key)).body.status).toBe('PAID');
  });

  it('lists final successes in the settlement report, with planted phantom items', async () => {
    const from = new Date(Date.now() - 1_000).toISOString();
    await configure('paywallet', { declineRates: { hard: 0 } });
    const captured = await pay('paywallet', paymentRequest());
    const payout = await pay('paywallet', paymentRequest({ kind: 'PAYOUT', amountMinor: 700 }));
    await configure('paywallet', { declineRates: { hard: 1 } });
    const declined = await pay('paywallet', paymentRequest());
    const phantom = await call('POST', '/control/paywallet/settlement-items', {
      pspReference: 'pw_phantom_1',
      reference: 'att_unknown',
      kind: 'DEPOSIT',
      amountMinor: 999,
      currency: 'EUR',
      status: 'CAPTURED',
    });
    expect(phantom.status).toBe(201);
    const to = new Date(Date.now() + 1_000).toISOString();

    const report = await call('GET', `/paywallet/v1/settlements?from=${from}&to=${to}`);
    expect(report.status).toBe(200);
    expect(report.body.psp).toBe('paywallet');
    const references = report.body.items.map((i) => i.pspReference);
    expect(references).toEqual(
      expect.arrayContaining([captured.body.pspReference, payout.body.pspReference, 'pw_phantom_1']),
    );
    expect(references).not.toContain(declined.body.pspReference);
    expect(report.body.items.find((i) => i.pspReference === payout.body.pspReference)).toMatchObject({
      kind: 'PAYOUT',
      status: 'PAID',
      amountMinor: 700,
      settledAt: expect.any(String),
    });
    expect((await call('GET', '/paywallet/v1/settlements?from=yesterday')).status).toBe(400);
  });

  it('forces a final status on a pending payment once, and sends its webhook', async () => {
    await configure('cardpay', { webhookDelayMs: 3_600_000 });
    const answer = await pay('cardpay', paymentRequest({ kind: 'PAYOUT' }));
    const path = `/control/cardpay/payments/${answer.body.pspReference}/status`;

    expect((await call('POST', path, { status: 'CAPTURED' })).status).toBe(400); // a payout is PAID, not CAPTURED
    expect((await call('POST', path, { status: 'DECLINED', code: '05' })).body).toMatchObject({ status: 'DECLINED' });
    expect((await call('POST', path, { status: 'PAID' })).status).toBe(409);
    expect(JSON.parse((await acceptedWebhook(answer.body.pspReference)).rawBody)).toMatchObject({
      status: 'DECLINED',
      code: '05',
    });
  });

  it('rejects invalid control settings', async () => {
    expect((await configure('cardpay', { declineRates: { hard: 1.5 } })).status).toBe(400);
    expect((await configure('cardpay', { latencyMs: -1 })).status).toBe(400);
    expect((await configure('cardpay', { pendingRate: 0 })).status).toBe(400); // cardpay always answers PENDING
    expect((await configure('nopay', { latencyMs: 1 })).status).toBe(404);
    expect((await call('GET', '/control/cardpay')).body.declineRates.hard).toBe(0);
    const updated = await configure('instantbank', { pendingRate: 0, declineRates: { soft: 0.5 } });
    expect(updated.body).toMatchObject({ pendingRate: 0, declineRates: { hard: 0, soft: 0.5 }, latencyMs: 20 });
  });

  it('keeps owed webhooks and settings across a restart', async () => {
    await configure('cardpay', { webhookDelayMs: 300, latencyMs: 5 });
    const answer = await pay('cardpay', paymentRequest());
    await simulator.close();
    await startSimulator();

    expect((await call('GET', '/control/cardpay')).body).toMatchObject({ webhookDelayMs: 300, latencyMs: 5 });
    expect(JSON.parse((await acceptedWebhook(answer.body.pspReference)).rawBody).status).toBe('CAPTURED');
  });

  it('answers health checks', async () => {
    expect(await call('GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});
