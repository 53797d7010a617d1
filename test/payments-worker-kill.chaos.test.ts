import type { Client } from '@temporalio/client';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config';
import { waitFor } from '../stack/progress';
import { createPool, type Db } from '../platform/db';
import { connectTemporalClient } from '../platform/temporal';
import { withdrawalWorkflowId, type WithdrawalState } from '../contracts/payments';
import { isProcessAlive } from '../stack/process-alive';
import {
  api,
  balancesOf,
  newPlayer,
  requestPayment,
  sagaResult,
  setPspFor,
  simulator,
  waitForStatus,
} from './support/payments-client';
import { loginAs } from './support/staff-login';

// A game-day drill in miniature: the payments worker is SIGKILLed while a payout is at the PSP. The supervisor
// restarts it, the activity is retried under the same idempotency key, and exactly one payout and one ledger
// posting result.
const config = loadConfig();
const runDir = path.join(config.STACK_DATA_DIR, 'run');
const pidOf = (name: string) => Number(readFileSync(path.join(runDir, `${name}.pid`), 'utf8'));
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

/**
 * Waits for the payout order of withdrawal `id` to be on its way to the PSP: PAYING_OUT is recorded just before the
 * payout activity records its attempt, and the attempt just before the (3 s slow) call.
 */
async function payoutOrderSent(id: string): Promise<{ psp: string }> {
  await waitForStatus(db, id, 'PAYING_OUT', 30_000);
  let sent: { psp: string } | undefined;
  await waitFor(
    `the payout attempt of ${id}`,
    async () => {
      const { rows } = await db.query<{ psp: string }>(`SELECT psp FROM payment_attempts WHERE payment_id = $1`, [id]);
      sent = rows[0];
      return sent !== undefined;
    },
    30_000,
  );
  return sent!;
}

it('pays out exactly once when the payments worker is killed mid-payout', async () => {
  const playerId = await newPlayer(db, { fundsMinor: 10_000 });
  for (const psp of ['cardpay', 'instantbank', 'paywallet']) await setPspFor(playerId, psp, { latencyMs: 3_000 });
  const reply = await requestPayment('withdrawals', playerId, { amountMinor: 6_000 });
  const id = reply.json.id as string;
  await waitForStatus(db, id, 'AWAITING_APPROVAL', 60_000);
  const officer = await loginAs(db, 'officer-a', ['compliance_officer']);
  await api('POST', `/api/payments/withdrawals/${id}/approve`, {}, officer.headers);
  await payoutOrderSent(id);

  const victim = pidOf('payments-worker');
  process.kill(victim, 'SIGKILL');

  const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
  expect(isProcessAlive(victim)).toBe(false);
  expect(pidOf('payments-worker')).not.toBe(victim);
  expect(result.status).toBe('PAID');
  expect(result.attempts).toHaveLength(1);
  const { psp, attemptId } = result.attempts[0]!;

  const from = new Date(Date.now() - 10 * 60_000).toISOString();
  const to = new Date(Date.now() + 60_000).toISOString();
  const report = await simulator('GET', `/${psp}/v1/settlements?from=${from}&to=${to}`);
  const paidAtPsp = (report.json.items as { reference: string }[]).filter((i) => i.reference === attemptId);
  expect(paidAtPsp).toHaveLength(1);
  const { rows } = await db.query(`SELECT kind FROM ledger_transactions WHERE idempotency_key LIKE $1 ORDER BY 1`, [
    `withdrawal:${id}:%`,
  ]);
  expect(rows).toEqual([{ kind: 'WITHDRAWAL_POST' }, { kind: 'WITHDRAWAL_RESERVE' }]);
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 4_000, pending: 0 });
});

it('does not fail over when the retried payout meets an outage: the first order may stand', async () => {
  const playerId = await newPlayer(db, { fundsMinor: 10_000 });
  for (const psp of ['cardpay', 'instantbank', 'paywallet']) await setPspFor(playerId, psp, { latencyMs: 3_000 });
  const reply = await requestPayment('withdrawals', playerId, { amountMinor: 5_000 });
  const id = reply.json.id as string;
  await waitForStatus(db, id, 'AWAITING_APPROVAL', 60_000);
  const officer = await loginAs(db, 'officer-a', ['compliance_officer']);
  await api('POST', `/api/payments/withdrawals/${id}/approve`, {}, officer.headers);
  const sent = await payoutOrderSent(id);

  // The worker dies with the order at the PSP; the PSP then goes down before the retry can ask about it.
  process.kill(pidOf('payments-worker'), 'SIGKILL');
  await setPspFor(playerId, sent.psp, { latencyMs: 5, declineRates: { outage: 1 } });
  await new Promise((resolve) => setTimeout(resolve, 12_000));
  await setPspFor(playerId, sent.psp, { declineRates: { outage: 0 } });

  const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
  expect(result.status).toBe('PAID');
  expect(result.attempts).toEqual([expect.objectContaining({ psp: sent.psp, outcome: 'SUCCESS' })]);
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 5_000, pending: 0 });
}, 240_000); // a 12 s outage, a worker restart and activity retries backing off up to 30 s
