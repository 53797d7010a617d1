import type { Client } from '@temporalio/client';
import { HEALTH_SAMPLE, routePayment } from '../domain/payments/psp-routing';
import { verifyLedger } from '../domain/wallet/ledger-verification';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { newBusinessId } from '../platform/ids';
import { connectTemporalClient } from '../platform/temporal';
import {
  depositWorkflowId,
  PaymentsWorkflowType,
  PAYMENTS_TASK_QUEUE,
  withdrawalWorkflowId,
  type DepositState,
  type WithdrawalState,
} from '../contracts/payments';
import type { withdrawalWorkflow } from '../workflows/payments/withdrawal';
import {
  api,
  balancesOf,
  newPlayer,
  requestPayment,
  sagaResult,
  setPspFor,
  waitForStatus,
} from './support/payments-client';
import { playerAuthorization } from './support/player-tokens';
import { loginAs, stepUpCode, type StaffLogin } from './support/staff-login';
import { BusinessIdSearchAttribute } from '../workflows/search-attributes';
import { waitFor } from '../stack/progress';

// Deposits and withdrawals end to end on the real stack: player API → Temporal saga → PSP simulator → signed
// webhook → ledger, with failover, four-eyes approvals and rejections.
let db: Db;
let temporal: Client;
// Real staff users, logged in through the API: the session is the only source of who is acting.
let officerA: StaffLogin;
let officerB: StaffLogin;
let seniorC: StaffLogin;

beforeAll(async () => {
  db = createPool(loadConfig().databaseUrl, 5);
  temporal = await connectTemporalClient(loadConfig());
  officerA = await loginAs(db, 'officer-a', ['compliance_officer']);
  officerB = await loginAs(db, 'officer-b', ['compliance_officer']);
  seniorC = await loginAs(db, 'senior-c', ['senior_compliance']);
});
afterAll(async () => {
  const report = await verifyLedger(db);
  expect(report.ok).toBe(true);
  await temporal.connection.close();
  await db.end();
});

/** The route the router would pick now: PSP health moves with every test, so tests ask rather than assume. */
async function routeFor(kind: 'DEPOSIT' | 'WITHDRAWAL', method: 'CARD' | 'BANK_TRANSFER') {
  const route = await routePayment(db, { kind, method, country: 'GB', currency: 'EUR', amountMinor: 2_500 });
  return route.map((c) => c.psp);
}

async function attemptsOf(paymentId: string) {
  const { rows } = await db.query<{ psp: string; status: string; outcome: string; code: string | null }>(
    `SELECT psp, status, outcome_class AS outcome, psp_code AS code FROM payment_attempts WHERE payment_id = $1 ORDER BY seq`,
    [paymentId],
  );
  return rows;
}

describe('deposits', () => {
  it('goes end to end: card authorised at the acquirer, confirmed by its webhook, credited once', async () => {
    const playerId = await newPlayer(db);
    await setPspFor(playerId, 'paywallet', { declineRates: { outage: 1 } }); // so the card goes to the acquirer, asynchronous
    const reply = await requestPayment('deposits', playerId, { amountMinor: 5_000 });
    expect(reply.status).toBe(202);

    const result = await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id));

    expect(result.status).toBe('CREDITED');
    expect(result.attempts.at(-1)).toMatchObject({ psp: 'cardpay', outcome: 'SUCCESS' });
    const { rows: confirmations } = await db.query(
      `SELECT detail->>'via' AS via FROM payment_events WHERE payment_id = $1 AND type = 'PSP_FINAL_STATUS'`,
      [reply.json.id],
    );
    expect(confirmations).toEqual([{ via: 'webhook' }]);
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 5_000 });
    await waitForStatus(db, reply.json.id, 'CREDITED');
    const { rows } = await db.query(`SELECT 1 FROM ledger_transactions WHERE idempotency_key = $1`, [
      `deposit:${reply.json.id}:credit`,
    ]);
    expect(rows).toHaveLength(1);

    // Temporal Web finds it by the id staff see, and its summary reads the amount as people do.
    const description = await temporal.workflow.getHandle(depositWorkflowId(reply.json.id)).describe();
    expect(description.typedSearchAttributes.get(BusinessIdSearchAttribute)).toBe(reply.json.id);
    expect(await description.staticSummary()).toContain(`Deposit ${reply.json.id} of EUR 50.00 for player ${playerId}`);
    // Visibility is eventually consistent: wait until a search by BusinessId finds exactly this deposit.
    await waitFor(`a search by BusinessId = ${reply.json.id}`, async () => {
      const found = await temporal.workflow.count(`BusinessId = '${reply.json.id}'`);
      return found.count === 1;
    });
  });

  it('answers a repeated request with the same deposit, and refuses the key reused for another amount', async () => {
    const playerId = await newPlayer(db);
    const first = await requestPayment('deposits', playerId, {}, 'repeat-key-0001');
    const again = await requestPayment('deposits', playerId, {}, 'repeat-key-0001');
    const other = await requestPayment('deposits', playerId, { amountMinor: 9_999 }, 'repeat-key-0001');

    expect(first.status).toBe(202);
    expect(again).toMatchObject({ status: 200, json: { id: first.json.id } });
    expect(other.status).toBe(409);
    expect(other.contentType).toContain('application/problem+json');
    await sagaResult(temporal, depositWorkflowId(first.json.id));
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 2_500 });
  });

  it('fails over to the next PSP after a soft decline', async () => {
    const [first, second] = await routeFor('DEPOSIT', 'CARD');
    const playerId = await newPlayer(db);
    await setPspFor(playerId, first!, { declineRates: { soft: 1 } });
    const reply = await requestPayment('deposits', playerId);

    const result = await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id));

    expect(result.status).toBe('CREDITED');
    expect(await attemptsOf(reply.json.id)).toEqual([
      expect.objectContaining({ psp: first, outcome: 'SOFT_DECLINE' }),
      expect.objectContaining({ psp: second, outcome: 'SUCCESS' }),
    ]);
  });

  it('never fails over after a hard decline', async () => {
    const [first] = await routeFor('DEPOSIT', 'CARD');
    const playerId = await newPlayer(db);
    await setPspFor(playerId, first!, { declineRates: { hard: 1 } });
    const reply = await requestPayment('deposits', playerId);

    const result = await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id));

    expect(result.status).toBe('DECLINED');
    expect(await attemptsOf(reply.json.id)).toEqual([expect.objectContaining({ psp: first, outcome: 'HARD_DECLINE' })]);
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 0 });
  });

  it('refunds a captured deposit through the PSP when the player self-excluded meanwhile', async () => {
    // The acquirer's capture is asynchronous: its webhook is held long enough for the exclusion to land first.
    const playerId = await newPlayer(db);
    await setPspFor(playerId, 'cardpay', { webhookDelayMs: 10_000 });
    await setPspFor(playerId, 'paywallet', { declineRates: { outage: 1 } });
    const reply = await requestPayment('deposits', playerId);
    await waitForStatus(db, reply.json.id, 'AUTHORISING');
    await db.query(`UPDATE players SET status = 'SELF_EXCLUDED' WHERE player_id = $1`, [playerId]);

    const result = await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id));

    expect(result.status).toBe('REFUNDED');
    const cardpay = result.attempts.filter((a) => a.psp === 'cardpay');
    expect(cardpay.map((a) => [a.attemptId.split('-').at(-1)?.[0], a.outcome])).toEqual([
      ['a', 'SUCCESS'],
      ['r', 'SUCCESS'],
    ]);
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 0 });
  });

  it('refuses bad input with a problem and records nothing', async () => {
    const playerId = await newPlayer(db);
    const before = await db.query('SELECT count(*)::INT AS n FROM payments');
    const cases = [
      await requestPayment('deposits', playerId, { amountMinor: -5 }),
      await requestPayment('deposits', playerId, { amountMinor: 10.5 }),
      await requestPayment('deposits', playerId, { amountMinor: '100' }),
      await requestPayment('deposits', playerId, { currency: 'XXX' }),
      await requestPayment('deposits', playerId, { method: 'CASH' }),
      await api(
        'POST',
        '/player/v1/deposits',
        { playerId, amountMinor: 100, currency: 'EUR', method: 'CARD', country: 'GB' },
        await playerAuthorization(playerId),
      ),
    ];
    for (const reply of cases) {
      expect(reply.status).toBe(400);
      expect(reply.contentType).toContain('application/problem+json');
    }
    // The token's player asking for another (here unknown) player: 404, as for any player not theirs.
    const unknown = await requestPayment('deposits', playerId, { playerId: 'pl_01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(unknown.json).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const mismatch = await requestPayment('deposits', playerId, { currency: 'GBP' });
    expect(mismatch).toMatchObject({ status: 422, json: { code: 'CURRENCY_MISMATCH', walletCurrency: 'EUR' } });
    const after = await db.query('SELECT count(*)::INT AS n FROM payments');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe('routing', () => {
  it("judges a PSP's health by its latest finished attempts of the window, however many it holds", async () => {
    const playerId = await newPlayer(db);
    const client = await db.connect();
    try {
      // A PSP of this test's own, rolled back with its attempts: no other test routes to it or sees its health.
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO psp_routing_rules (rule_id, kind, method, country, psp)
         VALUES ('health-test', 'DEPOSIT', 'EWALLET', 'ZZ', 'healthpay')`,
      );
      await client.query(
        `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                               client_key, request_hash, requested_by, workflow_id)
         VALUES ('pay-health-test', 'DEPOSIT', $1, 'test', 100, 'EUR', 'EWALLET', 'ZZ', 'FAILED', 'k', 'h', $1,
                 'wf-health-test')`,
        [playerId],
      );
      // Oldest first: 10 outages before the 15-minute window, 50 outages in it, then the latest 200 successes.
      await client.query(
        `INSERT INTO payment_attempts (attempt_id, payment_id, seq, psp, operation, status, outcome_class, latency_ms,
                                       started_at, finished_at)
         SELECT 'att-health-' || g, 'pay-health-test', g, 'healthpay', 'DEPOSIT',
                CASE WHEN g <= 60 THEN 'OUTAGE' ELSE 'SUCCEEDED' END,
                CASE WHEN g <= 60 THEN 'OUTAGE' ELSE 'SUCCESS' END,
                CASE WHEN g <= 60 THEN 5000 ELSE 100 END, at, at
         FROM generate_series(1, 260) g,
              LATERAL (SELECT CASE WHEN g <= 10 THEN now() - interval '20 minutes' + g * interval '1 second'
                                   ELSE now() - interval '10 minutes' + g * interval '1 second' END AS at) t`,
      );
      const route = await routePayment(client, {
        kind: 'DEPOSIT',
        method: 'EWALLET',
        country: 'ZZ',
        currency: 'EUR',
        amountMinor: 100,
      });
      expect(route.find((candidate) => candidate.psp === 'healthpay')).toMatchObject({
        recentAttempts: HEALTH_SAMPLE,
        successRate: 1,
        p50LatencyMs: 100,
        circuit: 'CLOSED',
      });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});

describe('withdrawals', () => {
  async function requestWithdrawal(playerId: string, amountMinor: number, overrides: Record<string, unknown> = {}) {
    const reply = await requestPayment('withdrawals', playerId, { amountMinor, ...overrides });
    expect(reply.status).toBe(202);
    return reply.json.id as string;
  }

  it('goes end to end: funds reserved, one officer approves, paid out, reservation posted', async () => {
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    const id = await requestWithdrawal(playerId, 3_000);
    await waitForStatus(db, id, 'AWAITING_APPROVAL');
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 7_000, pending: 3_000 });

    const approval = await api(
      'POST',
      `/api/payments/withdrawals/${id}/approve`,
      { reason: 'documents fine' },
      officerA.headers,
    );
    expect(approval.status).toBe(200);

    const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
    expect(result).toMatchObject({ status: 'PAID', approvalsNeeded: 1 });
    expect(result.attempts).toEqual([expect.objectContaining({ psp: result.route[0], outcome: 'SUCCESS' })]);
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 7_000, pending: 0 });
    const { rows } = await db.query(`SELECT status FROM ledger_reservations WHERE reservation_id = $1`, [id]);
    expect(rows).toEqual([{ status: 'POSTED' }]);
  });

  it('pays only through the PSP that holds the destination token: down, it needs attention; retried, it pays', async () => {
    // The player's deposit instrument is a bank account tokenised by instantbank (newPlayer): no other PSP can pay it,
    // so an outage there is not a reason to send the money by another rail.
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    await setPspFor(playerId, 'instantbank', { declineRates: { outage: 1 } });
    const id = await requestWithdrawal(playerId, 3_000);
    await waitForStatus(db, id, 'AWAITING_APPROVAL');
    await api('POST', `/api/payments/withdrawals/${id}/approve`, {}, officerA.headers);
    await waitForStatus(db, id, 'NEEDS_ATTENTION');
    expect((await attemptsOf(id)).map((a) => [a.psp, a.outcome])).toEqual([['instantbank', 'OUTAGE']]);

    await setPspFor(playerId, 'instantbank', { declineRates: { outage: 0 } });
    const ops = await loginAs(db, 'payout-ops', ['payments_ops']);
    const retry = await api('POST', `/api/payments/withdrawals/${id}/retry-payout`, {}, ops.headers);
    expect(retry.status).toBe(200);

    const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
    expect(result.status).toBe('PAID');
    expect(result.attempts.map((a) => [a.psp, a.outcome])).toEqual([
      ['instantbank', 'OUTAGE'],
      ['instantbank', 'SUCCESS'],
    ]);
  });

  it('voids the reservation when an officer rejects, with a reason', async () => {
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    const id = await requestWithdrawal(playerId, 4_000);
    await waitForStatus(db, id, 'AWAITING_APPROVAL');

    const noReason = await api('POST', `/api/payments/withdrawals/${id}/reject`, {}, officerA.headers);
    expect(noReason.status).toBe(400);
    const rejection = await api(
      'POST',
      `/api/payments/withdrawals/${id}/reject`,
      { reason: 'source of funds unclear' },
      officerA.headers,
    );
    expect(rejection.status).toBe(200);

    const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
    expect(result).toMatchObject({ status: 'REJECTED', failure: 'source of funds unclear', attempts: [] });
    expect(await balancesOf(db, playerId)).toMatchObject({ cash: 10_000, pending: 0 });
    const { rows } = await db.query(`SELECT status FROM ledger_reservations WHERE reservation_id = $1`, [id]);
    expect(rows).toEqual([{ status: 'VOIDED' }]);
  });

  it('needs two distinct officers above the four-eyes threshold and refuses every shortcut', async () => {
    const playerId = await newPlayer(db, { fundsMinor: 1_000_000 });
    // Raised by a payments-ops colleague who also holds a compliance role: the maker.
    const maker = await loginAs(db, 'ops-maker', ['payments_ops', 'compliance_officer']);
    const agent = await loginAs(db, 'agent', ['cs_agent']);
    const raised = await api(
      'POST',
      '/api/payments/withdrawals',
      {
        playerId,
        amountMinor: 600_000,
        currency: 'EUR',
        method: 'BANK_TRANSFER',
        country: 'GB',
        clientKey: 'four-eyes-0001',
      },
      maker.headers,
    );
    expect(raised.status).toBe(202);
    const id = raised.json.paymentId as string;
    await waitForStatus(db, id, 'AWAITING_APPROVAL');
    const approve = (who: StaffLogin, body: { totp?: string } = {}) =>
      api('POST', `/api/payments/withdrawals/${id}/approve`, body, who.headers);
    // From the four-eyes threshold up, an accepted approval also needs a fresh TOTP code (step-up); the refusals
    // below come before that check.
    const withStepUp = async (who: StaffLogin) => approve(who, { totp: await stepUpCode(db, who) });

    expect((await approve(maker)).json).toMatchObject({ status: 403, code: 'MAKER_CANNOT_APPROVE' });
    expect((await approve(agent)).json).toMatchObject({ status: 403 });
    expect((await approve(officerA)).json).toMatchObject({ status: 401, code: 'STEP_UP_REQUIRED' });
    expect((await withStepUp(officerA)).json).toMatchObject({
      status: 'AWAITING_SECOND_APPROVAL',
      decisions: [{ staffId: officerA.staffId, staffName: 'Test officer-a', decision: 'APPROVE' }],
    });
    // The queue names who raised it and who approved so far, the ids beside the names (the UI compares ids).
    const queued = await api('GET', `/api/payments/withdrawals/queue?q=${id}`, undefined, seniorC.headers);
    expect(queued.json.items).toEqual([
      expect.objectContaining({
        paymentId: id,
        requestedBy: maker.staffId,
        requestedByName: 'Test ops-maker',
        decidedBy: [officerA.staffId],
        decidedByNames: ['Test officer-a'],
      }),
    ]);
    expect((await approve(officerA)).json).toMatchObject({ status: 409, code: 'ALREADY_DECIDED' });
    expect((await approve(officerB)).json).toMatchObject({ status: 403, code: 'SENIOR_APPROVAL_REQUIRED' });
    expect((await withStepUp(seniorC)).json.decisions).toHaveLength(2);

    const result = await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(id));
    expect(result).toMatchObject({ status: 'PAID', approvalsNeeded: 2 });
    expect(result.decisions.map((d) => d.staffId)).toEqual([officerA.staffId, seniorC.staffId]);

    // The payment's story shows staff by name, from the read model and from the saga's live state alike.
    const detail = (await api('GET', `/api/payments/${id}`, undefined, seniorC.headers)).json;
    const officers = [
      { staffId: officerA.staffId, staffName: 'Test officer-a' },
      { staffId: seniorC.staffId, staffName: 'Test senior-c' },
    ];
    const named = (decisions: { staffId: string; staffName: string | null }[]) =>
      decisions.map(({ staffId, staffName }) => ({ staffId, staffName }));
    expect(detail).toMatchObject({ requestedBy: maker.staffId, requestedByName: 'Test ops-maker' });
    expect(named(detail.decisions)).toEqual(officers);
    expect(named(detail.workflowState.decisions)).toEqual(officers);
    const actors = (detail.timeline as { type: string; actor: string; actorName: string | null }[]).map(
      ({ type, actor, actorName }) => ({ type, actor, actorName }),
    );
    expect(actors).toContainEqual({ type: 'APPROVAL', actor: officerA.staffId, actorName: 'Test officer-a' });
    expect(actors).toContainEqual({ type: 'APPROVAL', actor: seniorC.staffId, actorName: 'Test senior-c' });
    expect(actors).toContainEqual(expect.objectContaining({ actor: 'system', actorName: null }));
    const audit = await api('GET', `/api/audit?entityId=${id}&action=withdrawal.approve`, undefined, seniorC.headers);
    expect(
      (audit.json.items as { actor: string; actorName: string | null }[]).map(({ actor, actorName }) => ({
        actor,
        actorName,
      })),
    ).toEqual([
      { actor: seniorC.staffId, actorName: 'Test senior-c' }, // newest first
      { actor: officerA.staffId, actorName: 'Test officer-a' },
    ]);
  });

  it('lets a player cancel where the jurisdiction allows it, and not in Great Britain', async () => {
    const gb = await newPlayer(db, { fundsMinor: 10_000 });
    const mt = await newPlayer(db, { jurisdiction: 'MT', fundsMinor: 10_000 });
    const gbId = await requestWithdrawal(gb, 2_000);
    const mtId = await requestWithdrawal(mt, 2_000);
    await waitForStatus(db, gbId, 'AWAITING_APPROVAL');
    await waitForStatus(db, mtId, 'AWAITING_APPROVAL');

    const refused = await api(
      'POST',
      `/player/v1/withdrawals/${gbId}/cancel`,
      { playerId: gb },
      await playerAuthorization(gb),
    );
    expect(refused.json).toMatchObject({ status: 409, code: 'CANCELLATION_NOT_ALLOWED' });
    const cancelled = await api(
      'POST',
      `/player/v1/withdrawals/${mtId}/cancel`,
      { playerId: mt },
      await playerAuthorization(mt),
    );
    expect(cancelled.status).toBe(202);

    expect((await sagaResult<WithdrawalState>(temporal, withdrawalWorkflowId(mtId))).status).toBe('CANCELLED');
    expect(await balancesOf(db, mt)).toMatchObject({ cash: 10_000, pending: 0 });
    await api('POST', `/api/payments/withdrawals/${gbId}/reject`, { reason: 'test clean-up' }, officerA.headers);
  });

  it('escalates an undecided withdrawal to senior compliance when its SLA runs out', async () => {
    const playerId = await newPlayer(db, { fundsMinor: 10_000 });
    const paymentId = newBusinessId('wd');
    const workflowId = withdrawalWorkflowId(paymentId);
    await db.query(
      `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                             client_key, request_hash, requested_by, workflow_id)
       VALUES ($1, 'WITHDRAWAL', $2, 'luckyspin', 2000, 'EUR', 'BANK_TRANSFER', 'GB', 'REQUESTED', $1, '-', $2, $3)`,
      [paymentId, playerId, workflowId],
    );
    await temporal.workflow.start<typeof withdrawalWorkflow>(PaymentsWorkflowType.withdrawal, {
      taskQueue: PAYMENTS_TASK_QUEUE,
      workflowId,
      args: [
        {
          paymentId,
          playerId,
          amountMinor: 2_000,
          currency: 'EUR',
          method: 'BANK_TRANSFER',
          country: 'GB',
          requestedBy: playerId,
          policy: { autoApproveMaxMinor: 0, fourEyesMinMinor: 1_000_000, approvalSlaMs: 1_500 },
          payoutConfirmationTimeoutMs: 60_000,
        },
      ],
    });
    await waitForStatus(db, paymentId, 'AWAITING_APPROVAL');
    const deadline = Date.now() + 20_000;
    while (!(await db.query(`SELECT escalated FROM payments WHERE payment_id = $1`, [paymentId])).rows[0].escalated) {
      if (Date.now() > deadline) throw new Error('not escalated');
      await new Promise((r) => setTimeout(r, 200));
    }

    const byOfficer = await api('POST', `/api/payments/withdrawals/${paymentId}/approve`, {}, officerA.headers);
    expect(byOfficer.json).toMatchObject({ status: 403, code: 'SENIOR_APPROVAL_REQUIRED' });
    const bySenior = await api('POST', `/api/payments/withdrawals/${paymentId}/approve`, {}, seniorC.headers);
    expect(bySenior.status).toBe(200);
    expect(await sagaResult<WithdrawalState>(temporal, workflowId)).toMatchObject({ status: 'PAID', escalated: true });
  });
});
