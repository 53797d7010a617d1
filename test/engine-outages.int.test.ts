import { randomUUID } from 'node:crypto';
import { openApiPath } from '../api/openapi/openapi-document';
import { operations } from '../api/openapi/operations';
import { creditDeposit } from '../domain/wallet/money-movements';
import { loadConfig, type Config } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { ENGINE_ANSWER_BOUND_MS } from '../platform/http-errors';
import { fetchApi } from './support/openapi-conformance';
import { apiUrl } from './support/run-probe';
import { startTestApp } from './support/test-app';
import { placeBet } from './support/wallet-client';
import { launchGame } from './support/game-sessions';
import { loginAs } from './support/staff-login';
import { newPlayer, requestPayment, sagaResult, setPspFor } from './support/payments-client';
import { signPspWebhookBody } from '../domain/payments/psp-webhook';
import { connectTemporalClient } from '../platform/temporal';
import { depositWorkflowId, type DepositState } from '../contracts/payments';
import { closedPort } from './support/late-engine';
import { bearer, newSubject, playerTokenFor, subjectTokenFor } from './support/player-tokens';
import { verifiedByOnboarding } from './support/kyc-standing';

// The API with one engine down, given as a closed port: connection refused is what a dead engine answers. The
// other engines are the running stack's. Every answer comes within the bound, a 503 says which engine and when to
// come back, and nothing is half-written.
jest.setTimeout(60_000);

const config = loadConfig();
let db: Db;
beforeAll(() => {
  db = createPool(config.databaseUrl, 3);
});
afterAll(() => db.end());

/** Calls the API and measures how long the answer took. */
async function timed(url: string, init: RequestInit = {}) {
  const started = Date.now();
  const response = await fetchApi(url, init);
  const text = await response.text();
  return {
    status: response.status,
    ms: Date.now() - started,
    retryAfter: response.headers.get('retry-after'),
    json: (text ? JSON.parse(text) : {}) as Record<string, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

/** A deposit with the player's token (or `token`: one whose player the API cannot look up while Postgres is down). */
const deposit = async (url: string, playerId: string, key: string, token?: string) =>
  timed(`${url}/player/v1/deposits`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': key,
      ...bearer(token ?? (await playerTokenFor(playerId))),
    },
    body: JSON.stringify({ playerId, amountMinor: 2_500, currency: 'EUR', method: 'CARD', country: 'GB' }),
  });

/**
 * A player registered on the running stack (registration starts the KYC onboarding, which needs Temporal), verified
 * by that onboarding and funded: the outage tests then act for them on an API whose engine is down.
 */
async function fundedPlayer(): Promise<string> {
  const created = await timed(`${apiUrl}/player/v1/players`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(await subjectTokenFor(newSubject())) },
    body: JSON.stringify({ brand: 'luckyspin', jurisdiction: 'MT', currency: 'EUR', dateOfBirth: '1990-04-01' }),
  });
  expect(created.status).toBe(201);
  const playerId = created.json.playerId as string;
  // Withdrawals need verified KYC everywhere (issue 14).
  await verifiedByOnboarding(db, playerId);
  await creditDeposit(db, {
    depositId: `dep-${randomUUID()}`,
    playerId,
    psp: 'test-psp',
    amountMinor: 10_000,
    currency: 'EUR',
  });
  return playerId;
}

const paymentRowsOf = async (playerId: string) =>
  (await db.query('SELECT payment_id FROM payments WHERE player_id = $1', [playerId])).rowCount;

describe('Temporal down', () => {
  let down: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    const temporalDown: Config = { ...config, temporalAddress: `127.0.0.1:${await closedPort()}` };
    down = await startTestApp({}, temporalDown);
  });
  afterAll(() => down.close());

  it('refuses a deposit with 503 TEMPORAL_UNAVAILABLE within the bound, keeps nothing, and takes it once after', async () => {
    const playerId = await fundedPlayer();
    const key = `outage-${randomUUID()}`;
    const refused = await deposit(down.url, playerId, key);
    expect(refused).toMatchObject({ status: 503, retryAfter: '5', json: { code: 'TEMPORAL_UNAVAILABLE' } });
    expect(refused.ms).toBeLessThan(ENGINE_ANSWER_BOUND_MS);
    expect(await paymentRowsOf(playerId)).toBe(0);
    const audited = await db.query(`SELECT 1 FROM audit_log WHERE actor = $1 AND entity_type = 'Deposit'`, [playerId]);
    expect(audited.rowCount).toBe(0);

    // Temporal is back (the stack's): the same request with the same key is taken, once.
    const up = await startTestApp();
    try {
      const first = await deposit(up.url, playerId, key);
      const again = await deposit(up.url, playerId, key);
      expect([first.status, again.status]).toEqual([202, 200]);
      expect(again.json.paymentId).toBe(first.json.paymentId);
      expect(await paymentRowsOf(playerId)).toBe(1);
    } finally {
      await up.close();
    }
  });

  it('answers a registration it cannot start the onboarding of with 503; its retry answers 409 and starts it', async () => {
    const token = await subjectTokenFor(newSubject());
    const register = (url: string) =>
      timed(`${url}/player/v1/players`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(token) },
        body: JSON.stringify({ brand: 'luckyspin', jurisdiction: 'MT', currency: 'EUR', dateOfBirth: '1990-04-01' }),
      });
    const refused = await register(down.url);
    expect(refused).toMatchObject({ status: 503, json: { code: 'TEMPORAL_UNAVAILABLE' } });
    expect(refused.ms).toBeLessThan(ENGINE_ANSWER_BOUND_MS);
    // The player was registered before the start failed: the client's retry names them and starts the onboarding.
    const retried = await register(apiUrl);
    expect(retried.status).toBe(409);
    await verifiedByOnboarding(db, retried.json.playerId as string);
  });

  it('takes bets, which need only Postgres', async () => {
    const playerId = await fundedPlayer();
    const bet = await placeBet(down.url, playerId, await launchGame(db, playerId));
    expect(bet.status).toBe(200);
  });

  it('answers a PSP webhook it cannot signal with 503, so that the PSP delivers it again', async () => {
    // A deposit the running stack captured by webhook; its confirmation is delivered again, to the API without Temporal.
    const playerId = await newPlayer(db);
    await setPspFor(playerId, 'paywallet', { declineRates: { outage: 1 } });
    const reply = await requestPayment('deposits', playerId, { amountMinor: 4_000 });
    const temporal = await connectTemporalClient(config);
    let attemptId: string;
    try {
      const result = await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id as string));
      attemptId = result.attempts.at(-1)!.attemptId;
    } finally {
      await temporal.connection.close();
    }
    const { rows } = await db.query<{ psp: string; payload: Record<string, unknown> }>(
      'SELECT psp, payload FROM psp_webhook_events WHERE attempt_id = $1',
      [attemptId],
    );
    const { psp, payload } = rows[0]!;
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const redelivered = await timed(`${down.url}/psp/v1/webhooks/${psp}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-psp-timestamp': String(timestamp),
        'x-psp-signature': signPspWebhookBody(config.PSP_WEBHOOK_SECRETS.get(psp)!, timestamp, body),
      },
      body,
    });
    expect(redelivered).toMatchObject({ status: 503, retryAfter: '5', json: { code: 'TEMPORAL_UNAVAILABLE' } });
    expect(redelivered.ms).toBeLessThan(ENGINE_ANSWER_BOUND_MS);
  });

  it("shows a payment from Postgres to the back office, without its saga's live state", async () => {
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    const reply = await requestPayment('withdrawals', playerId, { amountMinor: 3_000 });
    expect(reply.status).toBe(202);
    const officer = await loginAs(db, 'outage-officer', ['compliance_officer'], down.url);
    const detail = await timed(`${down.url}/api/payments/${reply.json.id as string}`, { headers: officer.headers });
    expect(detail.status).toBe(200);
    expect(detail.json).toMatchObject({ paymentId: reply.json.id, playerId, amountMinor: 3_000 });
    expect(detail.json.workflowState).toBeUndefined();
    expect(detail.ms).toBeLessThan(ENGINE_ANSWER_BOUND_MS);
  });

  it('shows the player 360 from Postgres, its workflow list marked unavailable', async () => {
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    const officer = await loginAs(db, 'outage-officer', ['compliance_officer'], down.url);
    const overview = await timed(`${down.url}/api/players/${playerId}/overview`, { headers: officer.headers });
    expect(overview.status).toBe(200);
    expect(overview.json).toMatchObject({ player: { playerId }, balances: { cashMinor: 10_000 }, workflows: null });
    expect(overview.ms).toBeLessThan(ENGINE_ANSWER_BOUND_MS);
  });

  it('says on /health that Temporal is down and the others are up', async () => {
    const health = await timed(`${down.url}/health`);
    expect(health.status).toBe(503);
    expect(health.json.checks).toMatchObject({
      temporal: { status: 'down' },
      postgres: { status: 'up' },
      kafka: { status: 'up' },
    });
  });
});

describe('Postgres down', () => {
  let down: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    const postgresDown: Config = {
      ...config,
      databaseUrl: `postgres://postgres:postgres@127.0.0.1:${await closedPort()}/backoffice`,
    };
    down = await startTestApp({}, postgresDown);
  });
  afterAll(() => down.close());

  it('answers every route within the bound: 503 DATABASE_UNAVAILABLE with Retry-After, or its documented refusal', async () => {
    const token = await subjectTokenFor(newSubject());
    const answers = await Promise.all(
      operations.map(async (op) => {
        const path = openApiPath(op.path).replace(/\{\w+\}/g, 'x');
        // A valid token, so that the player API's routes reach the database (to find the token's player).
        const headers = { 'content-type': 'application/json', ...bearer(token) };
        const init: RequestInit =
          op.method === 'get' ? { headers } : { method: op.method.toUpperCase(), headers, body: '{}' };
        const answer = await timed(`${down.url}${path}`, init);
        return { route: `${op.method.toUpperCase()} ${op.path}`, ...answer };
      }),
    );
    for (const answer of answers) {
      expect({ route: answer.route, inTime: answer.ms < ENGINE_ANSWER_BOUND_MS }).toEqual({
        route: answer.route,
        inTime: true,
      });
      expect({ route: answer.route, status: answer.status }).not.toEqual({ route: answer.route, status: 500 });
      if (answer.status === 503 && answer.route !== 'GET /health') {
        expect({ route: answer.route, code: answer.json.code, retryAfter: answer.retryAfter }).toEqual({
          route: answer.route,
          code: 'DATABASE_UNAVAILABLE',
          retryAfter: '5',
        });
      }
    }
    expect(answers.filter((a) => a.status === 503).length).toBeGreaterThan(0);
  });

  it('refuses a deposit and a bet with 503 DATABASE_UNAVAILABLE within the bound', async () => {
    const refused = await deposit(
      down.url,
      'pl_01J00000000000000000000000',
      `outage-${randomUUID()}`,
      await subjectTokenFor(newSubject()),
    );
    expect(refused).toMatchObject({ status: 503, retryAfter: '5', json: { code: 'DATABASE_UNAVAILABLE' } });
    const bet = await placeBet(down.url, 'pl_01J00000000000000000000000', 'no-session-while-postgres-is-down');
    expect({ status: bet.status, code: bet.json.code }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });
});
