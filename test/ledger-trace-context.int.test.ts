import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../platform/config';
import { createPool, withTransaction, type Db } from '../platform/db';
import { connectTemporalClient } from '../platform/temporal';
import { TRACE_ID_HEADER } from '../platform/telemetry-http';
import {
  depositWorkflowId,
  withdrawalWorkflowId,
  type DepositState,
  type WithdrawalState,
} from '../contracts/payments';
import { fetchApi } from './support/openapi-conformance';
import { api, newPlayer, sagaResult, waitForStatus } from './support/payments-client';
import { apiUrl } from './support/run-probe';
import { loginAs, type StaffLogin } from './support/staff-login';
import { playerAuthorization } from './support/player-tokens';

// Money events in the trace of the request that moved the money, on the real stack: the ledger's outbox events
// are written by the SQL function ledger_post_postings, which takes the trace context from the transaction's
// backoffice.trace_context setting (withTransaction sets it inside a span; read by outbox_write, sql/functions/outbox_write.sql).
// The stack's payments and wallet workers must run the current platform/db.ts (restart them after pulling).
let db: Db;
let temporal: Client;
let officer: StaffLogin;

beforeAll(async () => {
  db = createPool(loadConfig().databaseUrl, 3);
  temporal = await connectTemporalClient(loadConfig());
  officer = await loginAs(db, 'officer-a', ['compliance_officer']);
});
afterAll(async () => {
  await temporal.connection.close();
  await db.end();
});

/** Asks for a payment through the player API and returns its id and the trace id the API answered with. */
async function requestTraced(kind: 'deposits' | 'withdrawals', playerId: string, amountMinor: number) {
  const response = await fetchApi(`${apiUrl}/player/v1/${kind}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `test-${randomUUID()}`,
      ...(await playerAuthorization(playerId)),
    },
    body: JSON.stringify({
      playerId,
      amountMinor,
      currency: 'EUR',
      method: kind === 'deposits' ? 'CARD' : 'BANK_TRANSFER',
      country: 'GB',
    }),
  });
  expect(response.status).toBe(202);
  const traceId = response.headers.get(TRACE_ID_HEADER);
  expect(traceId).toMatch(/^[0-9a-f]{32}$/);
  return { id: ((await response.json()) as { id: string }).id, traceId: traceId! };
}

/** The trace context stored with the `wallet.transactions` outbox event of the ledger transaction `key`. */
async function traceContextOfLedgerEvent(key: string): Promise<{ traceparent?: string } | null> {
  const { rows } = await db.query<{ trace_context: { traceparent?: string } | null }>(
    `SELECT trace_context FROM outbox_events
      WHERE topic = 'wallet.transactions' AND payload->'payload'->>'idempotencyKey' = $1`,
    [key],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.trace_context;
}

/** A W3C traceparent of trace `traceId`: version 00, any parent span, sampled. */
const traceparentOf = (traceId: string) => expect.stringMatching(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

it("writes a deposit's credit event with the trace context of the deposit request", async () => {
  const playerId = await newPlayer(db);
  const { id, traceId } = await requestTraced('deposits', playerId, 4_000);

  const result = await sagaResult<DepositState>(temporal, depositWorkflowId(id));

  expect(result.status).toBe('CREDITED');
  expect(await traceContextOfLedgerEvent(`deposit:${id}:credit`)).toEqual({ traceparent: traceparentOf(traceId) });
});

it("writes a withdrawal's reserve and post events with the trace context of the withdrawal request", async () => {
  const playerId = await newPlayer(db, { fundsMinor: 10_000 });
  const { id, traceId } = await requestTraced('withdrawals', playerId, 3_000);
  await waitForStatus(db, id, 'AWAITING_APPROVAL');
  const approval = await api('POST', `/api/payments/withdrawals/${id}/approve`, { reason: 'fine' }, officer.headers);
  expect(approval.status).toBe(200);

  const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));

  expect(result.status).toBe('PAID');
  // The post runs in the saga's activities, which belong to the trace that started the saga.
  for (const step of ['reserve', 'post']) {
    expect(await traceContextOfLedgerEvent(`withdrawal:${id}:${step}`)).toEqual({
      traceparent: traceparentOf(traceId),
    });
  }
});

it('writes no trace context outside a span, even on a connection an earlier traced transaction used', async () => {
  const oneConnection = createPool(loadConfig().databaseUrl, 1);
  try {
    // What withTransaction does inside a span; the setting is transaction-local, and reads '' once it ends.
    await withTransaction(oneConnection, (tx) =>
      tx.query(`SELECT set_config('backoffice.trace_context', $1, true)`, [
        JSON.stringify({ traceparent: `00-${'1'.repeat(32)}-${'2'.repeat(16)}-01` }),
      ]),
    );
    // The test process runs no tracing, so this deposit's transaction sets nothing.
    const playerId = await newPlayer(oneConnection, { fundsMinor: 1_000 });

    const { rows } = await db.query<{ trace_context: unknown }>(
      `SELECT trace_context FROM outbox_events
        WHERE topic = 'wallet.transactions' AND payload->'payload'->>'playerId' = $1`,
      [playerId],
    );
    expect(rows).toEqual([{ trace_context: null }]);
  } finally {
    await oneConnection.end();
  }
});
