import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { signPspWebhookBody } from '../domain/payments/psp-webhook';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { connectTemporalClient } from '../platform/temporal';
import { depositWorkflowId, type DepositState } from '../contracts/payments';
import { fetchApi } from './support/openapi-conformance';
import { apiUrl } from './support/run-probe';
import { balancesOf, newPlayer, requestPayment, sagaResult, setPspFor } from './support/payments-client';

// PSP webhooks the way a PSP (or an attacker) sends them: duplicates, late contradictions and forgeries change
// nothing and are answered as such.
const config = loadConfig();
let db: Db;
let temporal: Client;

beforeAll(async () => {
  db = createPool(config.databaseUrl, 5);
  temporal = await connectTemporalClient(config);
});
afterAll(async () => {
  await temporal.connection.close();
  await db.end();
});

async function postWebhook(
  psp: string,
  event: Record<string, unknown>,
  options: { secret?: string; timestamp?: number } = {},
) {
  const body = JSON.stringify(event);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const secret = options.secret ?? config.PSP_WEBHOOK_SECRETS.get(psp)!;
  const response = await fetchApi(`${apiUrl}/psp/v1/webhooks/${psp}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-psp-timestamp': String(timestamp),
      'x-psp-signature': signPspWebhookBody(secret, timestamp, body),
    },
    body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    json: await response.json(),
  };
}

/** A card deposit captured by the acquirer (asynchronously, by webhook), and the webhook that confirmed it. */
async function capturedCardDeposit() {
  const playerId = await newPlayer(db);
  await setPspFor(playerId, 'paywallet', { declineRates: { outage: 1 } });
  const reply = await requestPayment('deposits', playerId, { amountMinor: 4_000 });
  const result = await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id));
  expect(result.status).toBe('CREDITED');
  const attempt = result.attempts.at(-1)!;
  const { rows } = await db.query<{ payload: Record<string, unknown> }>(
    `SELECT payload FROM psp_webhook_events WHERE attempt_id = $1`,
    [attempt.attemptId],
  );
  expect(rows).toHaveLength(1);
  return { playerId, depositId: reply.json.id as string, attempt, webhook: rows[0]!.payload };
}

async function ledgerCredits(depositId: string) {
  const { rows } = await db.query(`SELECT 1 FROM ledger_transactions WHERE idempotency_key LIKE $1`, [
    `deposit:${depositId}:%`,
  ]);
  return rows.length;
}

describe('PSP webhooks', () => {
  it('acknowledge a duplicate delivery and change nothing', async () => {
    const { playerId, depositId, webhook } = await capturedCardDeposit();

    const again = await postWebhook('cardpay', webhook);

    expect(again).toMatchObject({ status: 200, json: { received: true, duplicate: true } });
    expect(await ledgerCredits(depositId)).toBe(1);
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 4_000 });
  });

  it('ignore a late contradicting status: the first final word on an attempt stands', async () => {
    const { playerId, depositId, attempt, webhook } = await capturedCardDeposit();

    const late = await postWebhook('cardpay', {
      ...webhook,
      eventId: `late-${randomUUID()}`,
      status: 'DECLINED',
      code: '05',
    });

    expect(late.status).toBe(200);
    const { rows } = await db.query(`SELECT status, outcome_class FROM payment_attempts WHERE attempt_id = $1`, [
      attempt.attemptId,
    ]);
    expect(rows).toEqual([{ status: 'SUCCEEDED', outcome_class: 'SUCCESS' }]);
    expect(await ledgerCredits(depositId)).toBe(1);
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 4_000 });
  });

  it('refuse forged, stale and foreign webhooks with a problem, recording nothing', async () => {
    const { webhook } = await capturedCardDeposit();
    const event = { ...webhook, eventId: `forged-${randomUUID()}` };

    const forged = await postWebhook('cardpay', event, { secret: 'not-the-cardpay-secret-at-all' });
    const stale = await postWebhook('cardpay', event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    const otherPsp = await postWebhook('paywallet', { ...event, psp: 'paywallet' });
    const unknownPsp = await postWebhook('nopay', event, { secret: 'whatever-secret-0000' });

    expect(forged).toMatchObject({ status: 401, json: { code: 'BAD_SIGNATURE' } });
    expect(stale).toMatchObject({ status: 401, json: { code: 'STALE_TIMESTAMP' } });
    expect(otherPsp.status).toBe(404); // a cardpay attempt is not paywallet's to confirm
    expect(unknownPsp).toMatchObject({ status: 401, json: { code: 'UNKNOWN_PSP' } });
    for (const reply of [forged, stale, otherPsp, unknownPsp])
      expect(reply.contentType).toContain('application/problem+json');
    const { rows } = await db.query(`SELECT 1 FROM psp_webhook_events WHERE event_id = $1`, [event.eventId]);
    expect(rows).toHaveLength(0);
  });

  it('refuse a malformed body after a valid signature', async () => {
    const reply = await postWebhook('cardpay', { eventId: 'x', status: 'CAPTURED', amountMinor: 10.5 });
    expect(reply.status).toBe(400);
    expect(reply.contentType).toContain('application/problem+json');
  });
});
