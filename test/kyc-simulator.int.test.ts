import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createKycProviderClient,
  KycProviderRequestRefusedError,
  KycProviderUnavailableError,
  type KycCheckRequest,
} from '../domain/kyc/kyc-provider';
import { verifyKycWebhook } from '../domain/kyc/kyc-webhook';
import { loadConfig } from '../platform/config';
import { createPool, ensureDatabase, type Db } from '../platform/db';
import { createLogger } from '../platform/logger';
import { createKycSimulator, type KycSimulator } from '../simulators/kyc';
import { checkResultFor, type CheckOutcomeSetting } from '../simulators/kyc/kyc-settings';
import { callJson } from './support/call-json';
import { startRetryProvingReceiver, type RetryProvingReceiver } from './support/retry-proving-receiver';

// The KYC provider simulator as the outside world: a real HTTP server on an ephemeral port with its own test
// database, sending signed webhooks to a tiny receiver that refuses each event's first delivery to prove the retries.
// Its webhooks are verified with the back office's own verifier, so both sides agree on the signing scheme.

const TEST_DATABASE = 'kyc_simulator_test';
const SECRET = 'test-kyc-webhook-secret-000001';

interface Delivery {
  timestamp: string;
  signature: string;
  rawBody: string;
  event: {
    eventId: string;
    checkId: string;
    reference: string;
    kind: string;
    outcome: string;
    reasons: string[];
    playerId: string;
  };
  answered: number;
}

let db: Db;
let simulator: KycSimulator;
let baseUrl: string;
let receiver: RetryProvingReceiver;
const deliveries: Delivery[] = [];
const logger = createLogger('test-kyc-simulator', 'warn');

beforeAll(async () => {
  const databaseUrl = loadConfig().databaseUrl;
  await ensureDatabase(databaseUrl, TEST_DATABASE);
  const url = new URL(databaseUrl);
  url.pathname = `/${TEST_DATABASE}`;
  db = createPool(url.toString(), 5);

  receiver = await startRetryProvingReceiver(({ headers, rawBody, answered }) =>
    deliveries.push({
      timestamp: String(headers['x-kyc-timestamp']),
      signature: String(headers['x-kyc-signature']),
      rawBody,
      event: JSON.parse(rawBody) as Delivery['event'],
      answered,
    }),
  );
  const webhookUrl = `${receiver.url}/kyc/v1/webhooks`;

  simulator = createKycSimulator({ db, webhookUrl, webhookSecret: SECRET, logger, pollIntervalMs: 50 });
  await simulator.init();
  await db.query(
    `TRUNCATE kyc_sim_checks, kyc_sim_idempotency_keys, kyc_sim_webhook_deliveries, kyc_sim_settings,
       kyc_sim_player_settings`,
  );
  baseUrl = (await simulator.listen(0, '127.0.0.1')).url;
});

afterAll(async () => {
  await simulator?.close();
  await receiver?.close();
  await db?.end();
});

beforeEach(async () => {
  await call('POST', '/control/reset');
});

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return callJson<never>(method, `${baseUrl}${path}`, body, headers);
}

const newPlayer = () => `pl_${randomUUID()}`;

function checkRequest(playerId: string, kind = 'DOCUMENT', overrides: Record<string, unknown> = {}) {
  return {
    reference: `onb_${randomUUID()}:${kind}`,
    playerId,
    kind,
    applicant: { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '1990-12-10', country: 'GB' },
    ...overrides,
  };
}

const requestCheck = (request: object, key = `key-${randomUUID()}`) =>
  call('POST', '/v1/checks', request, { 'Idempotency-Key': key });

async function waitFor<T>(find: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(25);
  }
}

/** The acknowledged delivery of `checkId`'s result, once it arrives. */
const acknowledged = (checkId: string) =>
  waitFor(() => deliveries.find((d) => d.answered === 204 && d.event.checkId === checkId));

const signedRight = (d: Delivery) =>
  verifyKycWebhook({
    timestamp: d.timestamp,
    signature: d.signature,
    rawBody: Buffer.from(d.rawBody),
    secret: SECRET,
    toleranceSeconds: 60,
  }) === undefined;

describe('KYC provider simulator', () => {
  it('clears a check shortly after the request by default, by a signed webhook retried until acknowledged', async () => {
    const request = checkRequest(newPlayer());
    const answer = await requestCheck(request);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ reference: request.reference, kind: 'DOCUMENT', status: 'PENDING' });
    const { checkId } = answer.body as { checkId: string };

    const delivered = await acknowledged(checkId);
    expect(delivered.event).toMatchObject({ checkId, outcome: 'CLEAR', reasons: [], playerId: request.playerId });
    const attempts = deliveries.filter((d) => d.event.checkId === checkId);
    expect(attempts.map((d) => d.answered)).toEqual([500, 204]);
    expect(attempts.every(signedRight)).toBe(true);
    // Byte-identical retries: the same event, only the timestamp and signature are fresh.
    expect(new Set(attempts.map((d) => d.rawBody)).size).toBe(1);
    // The simulator records the acknowledgement once the receiver's answer reaches it, a moment after the receiver.
    let recorded: unknown;
    await waitFor(async () => {
      recorded = (await call('GET', `/control/checks/${checkId}/deliveries`)).body;
      return (recorded as { delivered: boolean }[])[0]?.delivered || undefined;
    });
    expect(recorded).toEqual([{ eventId: delivered.event.eventId, attempts: 2, delivered: true, lastError: null }]);
    expect((await call('GET', `/v1/checks/${checkId}`)).body).toMatchObject({ status: 'COMPLETED', outcome: 'CLEAR' });
  });

  it('answers a repeated request with the first check, and refuses a used key with a different request', async () => {
    const request = checkRequest(newPlayer());
    const key = `key-${randomUUID()}`;
    const first = await requestCheck(request, key);
    const again = await requestCheck({ ...request, applicant: { ...request.applicant } }, key);
    expect(again.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await requestCheck({ ...request, kind: 'ADDRESS' }, key);
    expect(other).toMatchObject({ status: 422, body: { error: 'idempotency_key_reused' } });

    const { checkId } = first.body as { checkId: string };
    await acknowledged(checkId);
    await sleep(300);
    expect(new Set(deliveries.filter((d) => d.event.checkId === checkId).map((d) => d.event.eventId)).size).toBe(1);
    const { rows } = await db.query('SELECT count(*)::INT AS n FROM kyc_sim_checks WHERE reference = $1', [
      request.reference,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it("rejects the checks a player's reasons judge and clears the others, whatever everyone else meets", async () => {
    const playerId = newPlayer();
    await call('PUT', '/control', { outcome: { result: 'NEEDS_REVIEW' } });
    const set = await call('PUT', `/control/players/${playerId}`, {
      outcome: { result: 'REJECTED', reasons: ['FACE_MISMATCH', 'DOCUMENT_EXPIRED'] },
    });
    expect(set.status).toBe(200);
    const results = await Promise.all(
      ['DOCUMENT', 'LIVENESS', 'ADDRESS'].map(async (kind) => {
        const { checkId } = (await requestCheck(checkRequest(playerId, kind))).body as { checkId: string };
        return (await acknowledged(checkId)).event;
      }),
    );
    expect(results.map(({ kind, outcome, reasons }) => ({ kind, outcome, reasons }))).toEqual([
      { kind: 'DOCUMENT', outcome: 'REJECTED', reasons: ['DOCUMENT_EXPIRED'] },
      { kind: 'LIVENESS', outcome: 'REJECTED', reasons: ['FACE_MISMATCH'] },
      { kind: 'ADDRESS', outcome: 'CLEAR', reasons: [] },
    ]);
    // Everyone else meets the provider's own setting.
    const { checkId } = (await requestCheck(checkRequest(newPlayer(), 'ADDRESS'))).body as { checkId: string };
    expect((await acknowledged(checkId)).event).toMatchObject({ outcome: 'NEEDS_REVIEW', reasons: [] });
  });

  it('decides each kind of check from the outcome setting', () => {
    const review: CheckOutcomeSetting = { result: 'NEEDS_REVIEW', reasons: ['ADDRESS_UNVERIFIED'] };
    expect(checkResultFor('ADDRESS', review)).toEqual({ outcome: 'NEEDS_REVIEW', reasons: ['ADDRESS_UNVERIFIED'] });
    expect(checkResultFor('DOCUMENT', review)).toEqual({ outcome: 'CLEAR', reasons: [] });
    expect(checkResultFor('LIVENESS', { result: 'REJECTED', reasons: ['LIVENESS_FAILED'] })).toEqual({
      outcome: 'REJECTED',
      reasons: ['LIVENESS_FAILED'],
    });
    expect(checkResultFor('DOCUMENT', { result: 'NO_ANSWER' })).toBeUndefined();
  });

  it('never answers a check under NO_ANSWER, until the control API completes it', async () => {
    const playerId = newPlayer();
    await call('PUT', `/control/players/${playerId}`, { outcome: { result: 'NO_ANSWER' }, resultDelayMs: 0 });
    const { checkId } = (await requestCheck(checkRequest(playerId, 'LIVENESS'))).body as { checkId: string };
    await sleep(500);
    expect(deliveries.some((d) => d.event.checkId === checkId)).toBe(false);
    expect((await call('GET', `/v1/checks/${checkId}`)).body).toMatchObject({ status: 'PENDING' });

    const forced = await call('POST', `/control/checks/${checkId}/result`, {
      outcome: 'REJECTED',
      reasons: ['LIVENESS_FAILED'],
    });
    expect(forced).toMatchObject({ status: 200, body: { status: 'COMPLETED', outcome: 'REJECTED' } });
    expect((await acknowledged(checkId)).event).toMatchObject({ outcome: 'REJECTED', reasons: ['LIVENESS_FAILED'] });
    const again = await call('POST', `/control/checks/${checkId}/result`, { outcome: 'CLEAR' });
    expect(again).toMatchObject({ status: 409, body: { error: 'check_not_pending' } });
  });

  it('answers 503 in an outage and 504 on a timeout, recording nothing, so the same key works afterwards', async () => {
    const playerId = newPlayer();
    const request = checkRequest(playerId);
    const key = `key-${randomUUID()}`;
    await call('PUT', `/control/players/${playerId}`, { faultRates: { outage: 1 } });
    expect(await requestCheck(request, key)).toMatchObject({ status: 503, body: { error: 'service_unavailable' } });
    await call('PUT', `/control/players/${playerId}`, { faultRates: { outage: 0, timeout: 1 }, timeoutHoldMs: 50 });
    expect(await requestCheck(request, key)).toMatchObject({ status: 504, body: { error: 'gateway_timeout' } });
    const { rows } = await db.query('SELECT count(*)::INT AS n FROM kyc_sim_checks WHERE player_id = $1', [playerId]);
    expect(rows[0].n).toBe(0);

    await call('PUT', `/control/players/${playerId}`, { faultRates: { timeout: 0 } });
    const answer = await requestCheck(request, key);
    expect(answer.status).toBe(202);
    expect(answer.headers.get('idempotent-replayed')).toBeNull();

    const from = new Date(Date.now() - 1_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    await call('PUT', '/control', { outageWindows: [{ from, to }] });
    expect((await requestCheck(checkRequest(newPlayer()))).status).toBe(503);
  });

  it('refuses invalid requests and settings by field', async () => {
    const noKey = await call('POST', '/v1/checks', checkRequest(newPlayer()));
    expect(noKey).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const badKind = await requestCheck(checkRequest(newPlayer(), 'SELFIE'));
    expect(badKind).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect((badKind.body as { detail: string }).detail).toContain('body.kind');
    const rejectedWithoutReason = await call('PUT', '/control', { outcome: { result: 'REJECTED', reasons: [] } });
    expect(rejectedWithoutReason.status).toBe(400);
    expect((await call('GET', '/v1/checks/chk_unknown')).status).toBe(404);
  });
});

describe('the KYC provider client', () => {
  const client = () => createKycProviderClient({ baseUrl, timeoutMs: 2_000 });
  const request = (playerId: string): KycCheckRequest => ({
    reference: `onb_${randomUUID()}:ADDRESS`,
    playerId,
    kind: 'ADDRESS',
    applicant: {
      givenName: 'Ada',
      dateOfBirth: '1990-12-10',
      country: 'GB',
      address: { lines: ['1 High Street'], city: 'London', postcode: 'N1 1AA', country: 'GB' },
    },
  });

  it('requests a check idempotently by its reference', async () => {
    const asked = request(newPlayer());
    const check = await client().requestCheck(asked);
    expect(check).toMatchObject({ reference: asked.reference, kind: 'ADDRESS', status: 'PENDING', reasons: [] });
    expect((await client().requestCheck(asked)).checkId).toBe(check.checkId);
    expect((await acknowledged(check.checkId)).event).toMatchObject({ outcome: 'CLEAR', reference: asked.reference });
  });

  it('tells an unavailable provider (retry) from a refused request (do not)', async () => {
    const playerId = newPlayer();
    await call('PUT', `/control/players/${playerId}`, { faultRates: { outage: 1 } });
    await expect(client().requestCheck(request(playerId))).rejects.toBeInstanceOf(KycProviderUnavailableError);
    await expect(
      createKycProviderClient({ baseUrl: 'http://127.0.0.1:9' }).requestCheck(request(playerId)),
    ).rejects.toBeInstanceOf(KycProviderUnavailableError);

    const asked = request(newPlayer());
    await client().requestCheck(asked);
    const refused = client().requestCheck({ ...asked, applicant: { ...asked.applicant, givenName: 'Eve' } });
    await expect(refused).rejects.toBeInstanceOf(KycProviderRequestRefusedError);
    await expect(refused).rejects.toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    // The refusal names the provider's code only, never the applicant's data.
    await expect(refused).rejects.not.toThrow(/Eve|Ada/);
  });
});
