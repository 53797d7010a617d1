import { randomUUID } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import type { Client } from '@temporalio/client';
import { KycSignal, KycWorkflowType, kycOnboardingWorkflowId, type KycCheckResultNotice } from '../../contracts/kyc';
import { kycCheckReference, recordKycCheckId, recordKycCheckRequested } from '../../domain/kyc/kyc-checks';
import { signKycWebhookBody } from '../../domain/kyc/kyc-webhook';
import { registerPlayer } from '../../domain/wallet/players';
import { loadConfig } from '../../platform/config';
import type { Db } from '../../platform/db';
import { connectTemporalClient, payloadCodecOf } from '../../platform/temporal';
import { closedPort } from '../../test/support/late-engine';
import { startTestApp } from '../../test/support/test-app';

// The KYC provider's webhook on the real API (in process) against the real engines: a forged or malformed delivery
// writes nothing, a duplicate stores one result, and every accepted delivery Signals the player's onboarding.

const config = loadConfig();
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
let temporal: Client;

beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
  temporal = await connectTemporalClient(config);
});

afterAll(async () => {
  await temporal?.connection.close();
  await app?.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function deliver(
  body: string | object,
  options: { secret?: string; timestamp?: number; headers?: Record<string, string>; url?: string } = {},
) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? nowSeconds();
  const response = await fetch(`${options.url ?? app.url}/kyc/v1/webhooks`, {
    method: 'POST',
    headers: options.headers ?? {
      'content-type': 'application/json',
      'x-kyc-timestamp': String(timestamp),
      'x-kyc-signature': signKycWebhookBody(options.secret ?? config.KYC_WEBHOOK_SECRET, timestamp, raw),
    },
    body: raw,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** An onboarding that no worker runs: its history records the Signals it receives. */
const startIdleOnboarding = (playerId: string) =>
  temporal.workflow.start(KycWorkflowType.onboarding, {
    workflowId: kycOnboardingWorkflowId(playerId),
    taskQueue: `kycsim-test-${randomUUID()}`,
    args: [{ playerId }],
  });

async function signalsOf(handle: Awaited<ReturnType<typeof startIdleOnboarding>>) {
  const { events } = await handle.fetchHistory();
  return (events ?? []).flatMap((e) => e.workflowExecutionSignaledEventAttributes ?? []);
}

/** A player with one DOCUMENT check requested; its provider id recorded unless `answered` is false. */
async function playerWithCheck(answered = true) {
  const player = await registerPlayer(db, {
    brand: 'luckyspin',
    jurisdiction: 'MT',
    currency: 'EUR',
    dateOfBirth: '1990-01-01',
  });
  const onboardingId = `onb_${randomUUID()}`;
  const check = await recordKycCheckRequested(db, { onboardingId, playerId: player.playerId, kind: 'DOCUMENT' });
  const checkId = `chk_${randomUUID()}`;
  if (answered) await recordKycCheckId(db, check.reference, checkId);
  const report = (overrides: Record<string, unknown> = {}) => ({
    eventId: `kevt_${randomUUID()}`,
    checkId,
    reference: kycCheckReference(onboardingId, 'DOCUMENT'),
    playerId: player.playerId,
    kind: 'DOCUMENT',
    outcome: 'REJECTED',
    reasons: ['DOCUMENT_EXPIRED'],
    completedAt: new Date().toISOString(),
    ...overrides,
  });
  return { playerId: player.playerId, checkId, reference: check.reference, report };
}

const storedRow = async (reference: string) =>
  (
    await db.query<{ check_id: string | null; outcome: string | null; reasons: string[] }>(
      'SELECT check_id, outcome, reasons FROM kyc_checks WHERE reference = $1',
      [reference],
    )
  ).rows;

describe('KYC provider webhook', () => {
  it.each([
    ['a wrong secret', { secret: 'guessed-secret-000000000' }, 'BAD_SIGNATURE'],
    ['a stale timestamp', { timestamp: nowSeconds() - 3_600 }, 'STALE_TIMESTAMP'],
    ['no signature', { headers: { 'content-type': 'application/json' } }, 'MISSING_HEADERS'],
  ])('refuses %s with a 401 problem and writes nothing', async (_name, options, code) => {
    const { reference, report } = await playerWithCheck();
    const answer = await deliver(report(), options);
    expect(answer).toMatchObject({ status: 401, contentType: expect.stringContaining('application/problem+json') });
    expect(answer.body.code).toBe(code);
    expect(await storedRow(reference)).toEqual([expect.objectContaining({ outcome: null, reasons: [] })]);
  });

  it('refuses a signed body that is not JSON or not a result with a 400 problem, writing nothing', async () => {
    const { reference, report } = await playerWithCheck();
    const notJson = await deliver('{"eventId":');
    expect(notJson).toMatchObject({ status: 400, body: { code: 'MALFORMED_REQUEST' } });
    const invalid = await deliver(report({ outcome: 'MAYBE', reasons: 'none', completedAt: '0000-02-29T01:17:20Z' }));
    expect(invalid).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect((invalid.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'body.completedAt',
      'body.outcome',
      'body.reasons',
    ]);
    expect(await storedRow(reference)).toEqual([expect.objectContaining({ outcome: null })]);
  });

  it('answers 404 for a check that is not ours (or not of that player), so the provider retries', async () => {
    const { report } = await playerWithCheck();
    const unknown = await deliver(report({ checkId: 'chk_unknown', reference: 'onb_unknown:DOCUMENT' }));
    expect(unknown).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    const other = await playerWithCheck();
    expect((await deliver(report({ playerId: other.playerId }))).status).toBe(404);
  });

  it('stores a result once whatever the redeliveries say, and Signals the onboarding on each delivery', async () => {
    const { playerId, checkId, reference, report } = await playerWithCheck();
    const handle = await startIdleOnboarding(playerId);
    try {
      const first = report();
      expect(await deliver(first)).toMatchObject({ status: 200, body: { received: true, duplicate: false } });
      expect(await deliver(first)).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
      const contradicting = report({ outcome: 'CLEAR', reasons: [] });
      expect(await deliver(contradicting)).toMatchObject({ status: 200, body: { duplicate: true } });
      expect(await storedRow(reference)).toEqual([
        { check_id: checkId, outcome: 'REJECTED', reasons: ['DOCUMENT_EXPIRED'] },
      ]);

      const signals = await signalsOf(handle);
      expect(signals.map((s) => s.signalName)).toEqual([
        KycSignal.checkCompleted,
        KycSignal.checkCompleted,
        KycSignal.checkCompleted,
      ]);
      const decoded = await payloadCodecOf(config).decode(signals[2]!.input!.payloads!);
      expect(defaultPayloadConverter.fromPayload<KycCheckResultNotice>(decoded[0]!)).toEqual({
        checkId,
        kind: 'DOCUMENT',
        outcome: 'REJECTED',
        reasons: ['DOCUMENT_EXPIRED'],
      });
    } finally {
      await handle.terminate('test over');
    }
  });

  it('stores a result that overtook the answer with the check id, with no onboarding running', async () => {
    const { checkId, reference, report } = await playerWithCheck(false);
    expect(await storedRow(reference)).toEqual([expect.objectContaining({ check_id: null })]);
    // An offset ISO 8601 allows and Postgres does not: stored in UTC.
    const answer = await deliver(
      report({ outcome: 'NEEDS_REVIEW', reasons: [], completedAt: '2026-12-02T23:10:00+23:30' }),
    );
    expect(answer).toMatchObject({ status: 200, body: { duplicate: false } });
    expect(await storedRow(reference)).toEqual([{ check_id: checkId, outcome: 'NEEDS_REVIEW', reasons: [] }]);
    // The id the provider's answer brings later is the same one: kept as it is.
    await recordKycCheckId(db, reference, checkId);
    expect((await storedRow(reference))[0]?.check_id).toBe(checkId);
  });

  it('answers 503 when Temporal is down, keeping the result, so that the redelivery only Signals', async () => {
    const down = await startTestApp({}, { ...config, temporalAddress: `127.0.0.1:${await closedPort()}` });
    const { playerId, checkId, reference, report } = await playerWithCheck();
    const handle = await startIdleOnboarding(playerId);
    try {
      const first = report();
      const refused = await deliver(first, { url: down.url });
      expect(refused).toMatchObject({ status: 503, retryAfter: '5', body: { code: 'TEMPORAL_UNAVAILABLE' } });
      expect(await storedRow(reference)).toEqual([
        { check_id: checkId, outcome: 'REJECTED', reasons: ['DOCUMENT_EXPIRED'] },
      ]);
      expect(await deliver(first)).toMatchObject({ status: 200, body: { duplicate: true } });
      expect((await signalsOf(handle)).map((s) => s.signalName)).toEqual([KycSignal.checkCompleted]);
    } finally {
      await handle.terminate('test over');
      await down.close();
    }
  });
});
