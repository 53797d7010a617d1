import type { Client } from '@temporalio/client';
import {
  depositWorkflowId,
  withdrawalWorkflowId,
  type DepositState,
  type WithdrawalState,
} from '../contracts/payments';
import { depositStatusChangedEvent, withdrawalStatusChangedEvent } from '../domain/payments/events';
import { recordPaymentStep } from '../domain/payments/payments-repository';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { eventEnvelopeSchema } from '../platform/events';
import { connectTemporalClient } from '../platform/temporal';
import { api, newPlayer, requestPayment, sagaResult, waitForStatus } from './support/payments-client';
import { loginAs, type StaffLogin } from './support/staff-login';

// Payment status events (issue 15): every change of a deposit's or a withdrawal's status, its creation included,
// is written to the outbox in the transaction of the change, with the instrument, the PSP and the failure reason;
// a retried step writes nothing twice. On the real stack: the player API, the sagas, the PSP simulator.

let db: Db;
let temporal: Client;
let officer: StaffLogin;

beforeAll(async () => {
  db = createPool(loadConfig().databaseUrl, 3);
  temporal = await connectTemporalClient(loadConfig());
  officer = await loginAs(db, 'payment-events-officer', ['compliance_officer']);
});
afterAll(async () => {
  await temporal.connection.close();
  await db.end();
});

/** The outbox's events of one payment on `topic`, in the order they were written. */
async function eventsOf(topic: string, paymentId: string) {
  const { rows } = await db.query<{ envelope: unknown; key: string; type: string }>(
    `SELECT payload AS envelope, message_key AS key, event_type AS type FROM outbox_events
     WHERE topic = $1 AND payload->'payload'->>'paymentId' = $2 ORDER BY id`,
    [topic, paymentId],
  );
  return rows;
}

describe('payment status events', () => {
  it("a deposit's journey: requested to credited, each change once, in order, with its instrument and PSP", async () => {
    const playerId = await newPlayer(db);
    const reply = await requestPayment('deposits', playerId, { amountMinor: 4_000 });
    expect(reply.status).toBe(202);
    const result = await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id));
    expect(result.status).toBe('CREDITED');

    const events = await eventsOf(depositStatusChangedEvent.topic, reply.json.id);
    const payloads = events.map((event) => {
      expect(event).toMatchObject({ key: playerId, type: depositStatusChangedEvent.type });
      const envelope = eventEnvelopeSchema.parse(event.envelope);
      return depositStatusChangedEvent.payload.parse(envelope.payload);
    });
    const statuses = payloads.map((p) => p.status);
    expect(statuses[0]).toBe('REQUESTED');
    expect(statuses.at(-1)).toBe('CREDITED');
    // A chain: each event's previous status is the status before it, and no change is announced twice.
    expect(payloads.map((p) => p.previousStatus)).toEqual([null, ...statuses.slice(0, -1)]);
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(payloads.at(-1)).toMatchObject({
      paymentId: reply.json.id,
      playerId,
      amountMinor: 4_000,
      currency: 'EUR',
      method: 'CARD',
      psp: result.attempts.at(-1)!.psp,
      instrumentId: expect.stringMatching(/^pi_/),
      failureReason: null,
    });
    // The statuses the read model went through, as its timeline recorded them.
    const { rows } = await db.query<{ status: string }>('SELECT status FROM payments WHERE payment_id = $1', [
      reply.json.id,
    ]);
    expect(rows[0]!.status).toBe(statuses.at(-1));
  });

  it("a withdrawal's journey: requested, reserved, awaiting approval, approved, paid; a retried step adds nothing", async () => {
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    const reply = await requestPayment('withdrawals', playerId, { amountMinor: 3_000 });
    expect(reply.status).toBe(202);
    const id = reply.json.id as string;
    await waitForStatus(db, id, 'AWAITING_APPROVAL');
    expect((await api('POST', `/api/payments/withdrawals/${id}/approve`, {}, officer.headers)).status).toBe(200);
    const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
    expect(result.status).toBe('PAID');

    const payloads = (await eventsOf(withdrawalStatusChangedEvent.topic, id)).map((event) =>
      withdrawalStatusChangedEvent.payload.parse(eventEnvelopeSchema.parse(event.envelope).payload),
    );
    const statuses = payloads.map((p) => p.status);
    expect(statuses[0]).toBe('REQUESTED');
    expect(statuses).toEqual(expect.arrayContaining(['AWAITING_APPROVAL', 'APPROVED', 'PAID']));
    expect(statuses.at(-1)).toBe('PAID');
    expect(payloads.map((p) => p.previousStatus)).toEqual([null, ...statuses.slice(0, -1)]);
    expect(new Set(statuses).size).toBe(statuses.length);
    // The destination is known from the request on (closed loop): every event names it.
    expect(new Set(payloads.map((p) => p.instrumentId)).size).toBe(1);
    expect(payloads[0]!.instrumentId).toMatch(/^pi_/);
    expect(payloads.at(-1)).toMatchObject({ psp: result.attempts.at(-1)!.psp, method: 'BANK_TRANSFER' });

    // A retried activity records a step it already recorded: no second status, no second event.
    const { rows } = await db.query<{ stepKey: string }>(
      `SELECT step_key AS "stepKey" FROM payment_events WHERE payment_id = $1 AND type = 'PAID'`,
      [id],
    );
    const retried = await recordPaymentStep(db, {
      paymentId: id,
      stepKey: rows[0]!.stepKey,
      type: 'PAID',
      actor: 'system',
      status: 'FAILED',
    });
    expect(retried).toBeUndefined();
    expect(await eventsOf(withdrawalStatusChangedEvent.topic, id)).toHaveLength(payloads.length);
  });

  it('announces a refusal with its reason', async () => {
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    const reply = await requestPayment('withdrawals', playerId, { amountMinor: 2_000 });
    const id = reply.json.id as string;
    await waitForStatus(db, id, 'AWAITING_APPROVAL');
    const rejected = await api(
      'POST',
      `/api/payments/withdrawals/${id}/reject`,
      { reason: 'source of funds unclear' },
      officer.headers,
    );
    expect(rejected.status).toBe(200);
    await waitForStatus(db, id, 'REJECTED');
    const last = (await eventsOf(withdrawalStatusChangedEvent.topic, id)).at(-1)!;
    const payload = withdrawalStatusChangedEvent.payload.parse(eventEnvelopeSchema.parse(last.envelope).payload);
    expect(payload).toMatchObject({ status: 'REJECTED', previousStatus: 'AWAITING_APPROVAL' });
  });
});
