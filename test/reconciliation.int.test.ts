import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { connectTemporalClient } from '../platform/temporal';
import { depositWorkflowId, type DepositState } from '../contracts/payments';
import { api, newPlayer, requestPayment, sagaResult, setPspFor, simulator } from './support/payments-client';
import { loginAs, type StaffLogin } from './support/staff-login';

// Reconciliation on demand: a PSP's settlement report against the ledger, with one planted phantom settlement.
const config = loadConfig();
let db: Db;
let temporal: Client;
let ops: StaffLogin;

beforeAll(async () => {
  db = createPool(config.databaseUrl, 5);
  temporal = await connectTemporalClient(config);
  ops = await loginAs(db, 'ops-1', ['payments_ops']);
});
afterAll(async () => {
  await temporal.connection.close();
  await db.end();
});

it('matches real payments and records a planted mismatch', async () => {
  const from = new Date(Date.now() - 1_000);
  const playerId = await newPlayer(db);
  await setPspFor(playerId, 'cardpay', { declineRates: { outage: 1 } }); // cards go to the e-wallet
  const deposit = await requestPayment('deposits', playerId, { amountMinor: 3_300 });
  const result = await sagaResult<DepositState>(temporal, depositWorkflowId(deposit.json.id));
  expect(result).toMatchObject({ status: 'CREDITED' });
  const phantom = `phantom-${randomUUID()}`;
  const planted = await simulator('POST', '/control/paywallet/settlement-items', {
    pspReference: `pw_${randomUUID()}`,
    reference: phantom,
    kind: 'DEPOSIT',
    status: 'CAPTURED',
    amountMinor: 777,
    currency: 'EUR',
  });
  expect(planted.status).toBe(201);

  const run = await api(
    'POST',
    '/api/payments/reconciliations',
    { psp: 'paywallet', from: from.toISOString(), to: new Date(Date.now() + 1_000).toISOString() },
    ops.headers,
  );

  expect(run.status).toBe(200);
  expect(run.json.runs).toEqual([expect.objectContaining({ psp: 'paywallet', itemsChecked: expect.any(Number) })]);
  const mismatches = await api(
    'GET',
    `/api/payments/reconciliations/mismatches?runId=${run.json.runs[0].runId}`,
    undefined,
    ops.headers,
  );
  const found = mismatches.json.items as { kind: string; reference: string; paymentId: string | null }[];
  expect(found).toContainEqual(
    expect.objectContaining({ kind: 'MISSING_IN_LEDGER', reference: phantom, pspAmountMinor: 777 }),
  );
  expect(found.filter((m) => m.paymentId === deposit.json.id)).toEqual([]); // the real deposit matched
});

it('is refused to roles that do not operate payments', async () => {
  const reply = await api(
    'POST',
    '/api/payments/reconciliations',
    { from: new Date(Date.now() - 60_000).toISOString(), to: new Date().toISOString() },
    (await loginAs(db, 'agent', ['cs_agent'])).headers,
  );
  expect(reply.status).toBe(403);
});
