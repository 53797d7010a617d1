import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { routePayment } from '../domain/payments/psp-routing';
import { grantBonus } from '../domain/wallet/money-movements';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { newBusinessId } from '../platform/ids';
import { connectTemporalClient } from '../platform/temporal';
import { withdrawalWorkflowId, type WithdrawalState } from '../contracts/payments';
import { approveWithdrawalUpdate, retryPayoutUpdate } from '../workflows/payments/messages';
import { balancesOf, newPlayer, requestPayment, sagaResult, setPspFor, waitForStatus } from './support/payments-client';

// The payout saga's less travelled paths, driven through the saga's own Updates (the back-office API in front of
// them has its own tests): a pending payout settled by webhook, a payout that needs a human and is retried, a
// bonus forfeited on withdrawal, and the circuit breaker that sends traffic away from a failing PSP.
const config = loadConfig();
let db: Db;
let temporal: Client;
const officer = { staffId: 'officer-sagas', roles: ['compliance_officer' as const] };

beforeAll(async () => {
  db = createPool(config.databaseUrl, 5);
  temporal = await connectTemporalClient(config);
});
afterAll(async () => {
  await temporal.connection.close();
  await db.end();
});

async function approvedWithdrawal(playerId: string, amountMinor: number) {
  const reply = await requestPayment('withdrawals', playerId, { amountMinor });
  const id = reply.json.id as string;
  await waitForStatus(db, id, 'AWAITING_APPROVAL');
  const handle = temporal.workflow.getHandle(withdrawalWorkflowId(id));
  await handle.executeUpdate(approveWithdrawalUpdate, { args: [officer] });
  return { id, handle };
}

it('waits for the final status of a pending payout and posts it when the PSP confirms', async () => {
  const playerId = await newPlayer(db, { fundsMinor: 10_000 });
  for (const psp of ['cardpay', 'instantbank', 'paywallet']) await setPspFor(playerId, psp, { pendingRate: 1 });
  const { id } = await approvedWithdrawal(playerId, 2_000);

  const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));

  expect(result.status).toBe('PAID');
  expect(result.attempts).toHaveLength(1);
  const { rows } = await db.query(
    `SELECT detail->>'via' AS via FROM payment_events WHERE payment_id = $1 AND type = 'PSP_FINAL_STATUS'`,
    [id],
  );
  expect(rows).toEqual([{ via: 'webhook' }]);
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 8_000, pending: 0 });
});

it('needs attention when the PSP holding the destination fails, keeps the funds reserved, and pays once payments ops retries', async () => {
  const playerId = await newPlayer(db, { fundsMinor: 10_000 });
  for (const psp of ['cardpay', 'instantbank', 'paywallet'])
    await setPspFor(playerId, psp, { declineRates: { soft: 1 } });
  const { id, handle } = await approvedWithdrawal(playerId, 3_000);
  await waitForStatus(db, id, 'NEEDS_ATTENTION');
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 7_000, pending: 3_000 });

  await expect(handle.executeUpdate(retryPayoutUpdate, { args: [officer] })).rejects.toMatchObject({
    cause: { type: 'NOT_AUTHORISED', message: 'only payments ops retry payouts' },
  });
  for (const psp of ['cardpay', 'instantbank', 'paywallet'])
    await setPspFor(playerId, psp, { declineRates: { soft: 0 } });
  await handle.executeUpdate(retryPayoutUpdate, { args: [{ staffId: 'ops-sagas', roles: ['payments_ops'] }] });

  const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
  expect(result.status).toBe('PAID');
  expect(result.attempts.filter((a) => a.outcome === 'SUCCESS')).toHaveLength(1);
  // Only the PSP that holds the destination's token can pay it (closed loop): no failover to another PSP.
  expect(result.attempts.filter((a) => a.outcome === 'SOFT_DECLINE').length).toBeGreaterThanOrEqual(1);
  expect(new Set(result.attempts.map((a) => a.psp)).size).toBe(1);
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 7_000, pending: 0 });
});

it('forfeits an active bonus on withdrawal where the jurisdiction says so', async () => {
  const playerId = await newPlayer(db, { fundsMinor: 10_000 });
  await grantBonus(db, { bonusId: `test-${randomUUID()}`, playerId, amountMinor: 1_500, currency: 'EUR' });
  const { id } = await approvedWithdrawal(playerId, 1_000);

  const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));

  expect(result.status).toBe('PAID');
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 9_000, bonus: 0, pending: 0 });
  const { rows } = await db.query(
    `SELECT detail FROM payment_events WHERE payment_id = $1 AND type = 'BONUS_FORFEITED'`,
    [id],
  );
  expect(rows).toEqual([{ detail: { amountMinor: 1_500 } }]);
});

describe('the circuit breaker', () => {
  const request = {
    kind: 'WITHDRAWAL' as const,
    method: 'EWALLET' as const,
    country: 'GB',
    currency: 'EUR',
    amountMinor: 1_000,
  };
  let paymentId: string;

  beforeAll(async () => {
    const playerId = await newPlayer(db);
    paymentId = newBusinessId('wd');
    await db.query(
      `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                             client_key, request_hash, requested_by, workflow_id)
       VALUES ($1, 'WITHDRAWAL', $2, 'luckyspin', 1000, 'EUR', 'EWALLET', 'GB', 'FAILED', $1, '-', $2, $3)`,
      [paymentId, playerId, `test:circuit:${paymentId}`],
    );
  });
  afterAll(async () => {
    await db.query(`DELETE FROM payment_attempts WHERE payment_id = $1`, [paymentId]);
    await db.query(`DELETE FROM payment_events WHERE payment_id = $1`, [paymentId]);
    await db.query(`DELETE FROM payments WHERE payment_id = $1`, [paymentId]);
  });

  async function recordAttempts(outcome: 'OUTAGE' | 'SUCCESS', count: number, finishedAgoMs = 0) {
    for (let i = 0; i < count; i += 1) {
      await db.query(
        `INSERT INTO payment_attempts (attempt_id, payment_id, seq, psp, operation, status, outcome_class, latency_ms,
                                       started_at, finished_at)
         VALUES ($1, $2, (SELECT COALESCE(max(seq), 0) + 1 FROM payment_attempts WHERE payment_id = $2), 'paywallet',
                 'PAYOUT', $3, $4, 10, now() - make_interval(secs => $5 / 1000.0), now() - make_interval(secs => $5 / 1000.0))`,
        [
          `${paymentId}-t${randomUUID()}`,
          paymentId,
          outcome === 'OUTAGE' ? 'OUTAGE' : 'SUCCEEDED',
          outcome,
          finishedAgoMs,
        ],
      );
    }
  }

  it('opens after five outages in a row, and lets a trial through after the cool-down', async () => {
    await recordAttempts('SUCCESS', 1, 60_000);
    expect((await routePayment(db, request))[0]).toMatchObject({ psp: 'paywallet', circuit: 'CLOSED' });

    await recordAttempts('OUTAGE', 5);
    expect((await routePayment(db, request))[0]).toMatchObject({ psp: 'paywallet', circuit: 'OPEN' });
    const later = new Date(Date.now() + 31_000);
    expect((await routePayment(db, request, later))[0]).toMatchObject({ psp: 'paywallet', circuit: 'CLOSED' });

    await recordAttempts('SUCCESS', 1);
    expect((await routePayment(db, request))[0]).toMatchObject({ psp: 'paywallet', circuit: 'CLOSED' });
  });
});
