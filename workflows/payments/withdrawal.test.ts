import type { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import {
  businessFailure,
  recordingWalletActivities,
  scriptedPaymentsActivities,
  type PspReply,
} from '../../test/support/payment-saga-activities';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import { WALLET_TASK_QUEUE } from '../../contracts/wallet';
import {
  PAYMENT_NOT_RECORDED,
  WithdrawalStatus,
  type DecisionInput,
  type StaffActor,
  type WithdrawalInput,
} from '../../contracts/payments';
import { amlHoldReleasedSignal } from '../aml/messages';
import {
  approveWithdrawalUpdate,
  cancelWithdrawalUpdate,
  getWithdrawalStatusQuery,
  pspResultSignal,
  rejectWithdrawalUpdate,
  retryPayoutUpdate,
} from './messages';
import { withdrawalWorkflow } from './withdrawal';

// Every branch of the withdrawal saga on Temporal's time-skipping test server: approvals and each refusal of the
// decision Updates, the SLA escalation after simulated hours, and the payout with its failover and unknown
// outcomes. The payments activities answer from scripted PSPs; the wallet's run on their own task queue, as in
// production, and record whether the reservation was posted or voided.
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const HOUR = 3_600_000;
const ok: PspReply = { outcome: 'SUCCESS' };
const pending: PspReply = { outcome: 'PENDING' };
const soft: PspReply = { outcome: 'SOFT_DECLINE', code: 'do_not_honour' };
const outage: PspReply = { outcome: 'OUTAGE', code: 'http_503' };
const hard: PspReply = { outcome: 'HARD_DECLINE', code: 'account_closed' };

const PLAYER = 'pl_test';
const officer = (staffId: string, reason?: string): DecisionInput => ({
  staffId,
  roles: ['compliance_officer'],
  reason,
});
const senior = (staffId: string, reason?: string): DecisionInput => ({
  staffId,
  roles: ['senior_compliance'],
  reason,
});
const paymentsOps: StaffActor = { staffId: 'st_ops', roles: ['payments_ops'] };

function withdrawal(overrides: Partial<WithdrawalInput> = {}): WithdrawalInput {
  return {
    paymentId: `wd_test_${randomUUID()}`,
    playerId: PLAYER,
    amountMinor: 50_000,
    currency: 'EUR',
    method: 'BANK_TRANSFER',
    country: 'MT',
    requestedBy: PLAYER,
    policy: { autoApproveMaxMinor: 10_000, fourEyesMinMinor: 100_000, approvalSlaMs: 4 * HOUR },
    payoutConfirmationTimeoutMs: HOUR / 2,
    ...overrides,
  };
}

type Payments = ReturnType<typeof scriptedPaymentsActivities>;
type Wallet = ReturnType<typeof recordingWalletActivities>;
type Handle = Awaited<ReturnType<typeof temporal.env.client.workflow.start<typeof withdrawalWorkflow>>>;

/** Runs a withdrawal to its end; `during` acts on the running workflow (decisions, retries) first. */
async function runWithdrawal(
  world: { payments: Payments; wallet: Wallet; input?: WithdrawalInput },
  during: (handle: Handle) => Promise<void> = async () => undefined,
) {
  const taskQueue = `withdrawal-test-${randomUUID()}`;
  const input = world.input ?? withdrawal();
  return temporal.withWorkers(
    { [taskQueue]: world.payments.activities, [WALLET_TASK_QUEUE]: world.wallet.activities },
    async () => {
      const handle = await temporal.env.client.workflow.start(withdrawalWorkflow, {
        taskQueue,
        workflowId: `payments:withdrawal:${input.paymentId}`,
        args: [input],
      });
      await during(handle);
      return handle.result();
    },
  );
}

/** Polls the status query until `status`; with `skip`, simulated time moves on that much between polls. */
async function untilStatus(handle: Handle, status: WithdrawalStatus, skip?: string) {
  for (let i = 0; i < 400; i++) {
    if ((await handle.query(getWithdrawalStatusQuery)).status === status) return;
    if (skip) await temporal.env.sleep(skip);
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the withdrawal never reached ${status}`);
}

/** Polls `check` (a query, the recorded calls) until it holds. */
async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} never happened`);
}

/** The error type an Update was refused with, or undefined if it was accepted. */
async function refusalOf(update: Promise<unknown>): Promise<string | undefined> {
  try {
    await update;
    return undefined;
  } catch (err) {
    return (err as { cause?: { type?: string } }).cause?.type ?? String(err);
  }
}

const approve = (handle: Handle, decision: DecisionInput) =>
  handle.executeUpdate(approveWithdrawalUpdate, { args: [decision] });
const reject = (handle: Handle, decision: DecisionInput) =>
  handle.executeUpdate(rejectWithdrawalUpdate, { args: [decision] });
const cancel = (handle: Handle, playerId = PLAYER) =>
  handle.executeUpdate(cancelWithdrawalUpdate, { args: [{ playerId }] });
const retryPayout = (handle: Handle, actor = paymentsOps) => handle.executeUpdate(retryPayoutUpdate, { args: [actor] });

function world(options: Partial<Parameters<typeof scriptedPaymentsActivities>[0]> = {}, wallet = {}) {
  return {
    payments: scriptedPaymentsActivities({ route: ['psp-a', 'psp-b'], psps: { 'psp-a': [ok] }, ...options }),
    wallet: recordingWalletActivities(wallet),
  };
}

describe('withdrawalWorkflow: checks and reservation', () => {
  it('ends at once, reserving nothing, when its payment was never recorded (the request rolled back)', async () => {
    const w = world();
    w.payments.activities.checkWithdrawal.mockRejectedValue(businessFailure(PAYMENT_NOT_RECORDED, 'never recorded'));
    const failure = await runWithdrawal(w).then(
      () => undefined,
      (err: WorkflowFailedError) => err.cause,
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).type).toBe(PAYMENT_NOT_RECORDED);
    expect(w.payments.steps).toEqual([]);
    expect(w.wallet.activities.reserveWithdrawalFunds).not.toHaveBeenCalled();
    expect(w.wallet.settlements()).toEqual([]);
    expect(w.payments.orders()).toEqual([]);
  });

  it('is refused by the checks before any money is reserved', async () => {
    const w = world({ withdrawal: { refusal: 'player is blocked' } });
    const state = await runWithdrawal(w);
    expect(state).toMatchObject({ status: WithdrawalStatus.REFUSED, failure: 'player is blocked' });
    expect(w.wallet.activities.reserveWithdrawalFunds).not.toHaveBeenCalled();
    expect(w.wallet.settlements()).toEqual([]);
  });

  it('is refused when the funds cannot be reserved', async () => {
    const w = world({}, { reserveFailure: businessFailure('INSUFFICIENT_FUNDS', 'balance 100 < 50000') });
    const state = await runWithdrawal(w);
    expect(state).toMatchObject({ status: WithdrawalStatus.REFUSED, failure: 'balance 100 < 50000' });
    expect(w.wallet.settlements()).toEqual([]);
    expect(w.payments.orders()).toEqual([]);
  });

  it('forfeits an active bonus before reserving where the jurisdiction says so', async () => {
    const w = world({ withdrawal: { forfeitBonusOnWithdrawal: true, bonusBalanceMinor: 1_500 } });
    const state = await runWithdrawal(w);
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.wallet.activities.forfeitBonus).toHaveBeenCalledWith(expect.objectContaining({ amountMinor: 1_500 }));
    expect(w.wallet.activities.forfeitBonus.mock.invocationCallOrder[0]).toBeLessThan(
      w.wallet.activities.reserveWithdrawalFunds.mock.invocationCallOrder[0]!,
    );
  });
});

describe('withdrawalWorkflow: approvals', () => {
  it('pays out at once when no approval is needed, posting the reservation', async () => {
    const w = world();
    const state = await runWithdrawal(w);
    expect(state).toMatchObject({ status: WithdrawalStatus.PAID, approvalsNeeded: 0, decisions: [] });
    expect(w.wallet.settlements()).toEqual(['post']);
    expect(w.wallet.activities.postReservedWithdrawal).toHaveBeenCalledWith(
      expect.objectContaining({ withdrawalId: state.withdrawalId, psp: 'psp-a' }),
    );
    expect(w.payments.statuses()).toEqual([
      WithdrawalStatus.FUNDS_RESERVED,
      WithdrawalStatus.APPROVED,
      WithdrawalStatus.PAYING_OUT,
      WithdrawalStatus.PAID,
    ]);
  });

  it("pays out after one officer's approval", async () => {
    const w = world({ withdrawal: { approvalsNeeded: 1 } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AWAITING_APPROVAL);
      expect(w.payments.orders()).toEqual([]);
      const answer = await approve(handle, officer('st_anna', 'documents checked'));
      expect(answer.decisions).toEqual([
        expect.objectContaining({ staffId: 'st_anna', decision: 'APPROVE', role: 'compliance_officer' }),
      ]);
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.activities.recordDecision).toHaveBeenCalledWith(
      expect.objectContaining({ staffId: 'st_anna', decision: 'APPROVE', reason: 'documents checked' }),
    );
    expect(w.wallet.settlements()).toEqual(['post']);
  });

  it('needs two distinct officers for four-eyes, and one officer cannot approve twice', async () => {
    const w = world({ withdrawal: { approvalsNeeded: 2 } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AWAITING_APPROVAL);
      expect((await approve(handle, officer('st_anna'))).status).toBe(WithdrawalStatus.AWAITING_SECOND_APPROVAL);
      expect(await refusalOf(approve(handle, officer('st_anna')))).toBe('ALREADY_DECIDED');
      expect(await refusalOf(reject(handle, officer('st_anna', 'changed my mind')))).toBe('ALREADY_DECIDED');
      expect(w.wallet.settlements()).toEqual([]);
      await approve(handle, officer('st_ben'));
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(state.decisions.map((d) => [d.staffId, d.decision])).toEqual([
      ['st_anna', 'APPROVE'],
      ['st_ben', 'APPROVE'],
    ]);
    expect(w.payments.activities.recordDecision).toHaveBeenCalledTimes(2);
    expect(w.wallet.settlements()).toEqual(['post']);
  });

  it('wants the second of four eyes from senior compliance when the risk requires it', async () => {
    const w = world({ withdrawal: { approvalsNeeded: 2, seniorRequired: true } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AWAITING_APPROVAL);
      await approve(handle, officer('st_anna'));
      expect(await refusalOf(approve(handle, officer('st_ben')))).toBe('SENIOR_APPROVAL_REQUIRED');
      await approve(handle, senior('st_sara'));
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(state.decisions.map((d) => d.role)).toEqual(['compliance_officer', 'senior_compliance']);
  });

  it('refuses decisions from the wrong people, and a refused decision leaves no trace', async () => {
    const w = world({ withdrawal: { approvalsNeeded: 1 } });
    const input = withdrawal({ requestedBy: 'st_maker' });
    const state = await runWithdrawal({ ...w, input }, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AWAITING_APPROVAL);
      const agent: DecisionInput = { staffId: 'st_cs', roles: ['cs_agent', 'payments_ops'], reason: 'looks fine' };
      expect(await refusalOf(approve(handle, agent))).toBe('NOT_AUTHORISED');
      expect(await refusalOf(reject(handle, agent))).toBe('NOT_AUTHORISED');
      expect(await refusalOf(approve(handle, officer('st_maker')))).toBe('MAKER_CANNOT_APPROVE');
      expect(await refusalOf(reject(handle, officer('st_anna')))).toBe('REASON_REQUIRED');
      expect(await refusalOf(reject(handle, officer('st_anna', '   ')))).toBe('REASON_REQUIRED');
      expect(await refusalOf(retryPayout(handle))).toBe('NOT_RETRYABLE');
      expect(await refusalOf(retryPayout(handle, { staffId: 'st_anna', roles: ['compliance_officer'] }))).toBe(
        'NOT_AUTHORISED',
      );
      expect(await refusalOf(cancel(handle))).toBe('CANCELLATION_NOT_ALLOWED');
      expect(await refusalOf(cancel(handle, 'pl_someone_else'))).toBe('NOT_AUTHORISED');
      const now = await handle.query(getWithdrawalStatusQuery);
      expect(now).toMatchObject({ status: WithdrawalStatus.AWAITING_APPROVAL, decisions: [] });
      await approve(handle, officer('st_anna'));
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.activities.recordDecision).toHaveBeenCalledTimes(1);
  });

  it('escalates to senior compliance when the approval SLA runs out', async () => {
    const w = world({ withdrawal: { approvalsNeeded: 1 } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AWAITING_APPROVAL);
      await temporal.env.sleep('3 hours');
      expect((await handle.query(getWithdrawalStatusQuery)).escalated).toBe(false);
      await temporal.env.sleep('2 hours');
      await until('the escalation', async () => (await handle.query(getWithdrawalStatusQuery)).escalated);
      expect(await handle.query(getWithdrawalStatusQuery)).toMatchObject({
        status: WithdrawalStatus.AWAITING_APPROVAL,
        escalated: true,
      });
      expect(await refusalOf(approve(handle, officer('st_anna')))).toBe('SENIOR_APPROVAL_REQUIRED');
      await approve(handle, senior('st_sara'));
    });
    expect(state).toMatchObject({ status: WithdrawalStatus.PAID, escalated: true });
    expect(w.payments.steps.find((s) => s.type === 'ESCALATED')?.detail).toMatchObject({
      slaMs: 4 * HOUR,
      to: 'senior_compliance',
    });
    expect(w.payments.steps.find((s) => s.type === 'ESCALATED_STATUS')).toMatchObject({ escalated: true });
  });

  it('voids the reservation when an officer rejects', async () => {
    const w = world({ withdrawal: { approvalsNeeded: 2 } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AWAITING_APPROVAL);
      await approve(handle, officer('st_anna'));
      await reject(handle, officer('st_ben', 'source of funds unclear'));
    });
    expect(state).toMatchObject({ status: WithdrawalStatus.REJECTED, failure: 'source of funds unclear' });
    expect(w.wallet.settlements()).toEqual(['void']);
    expect(w.payments.orders()).toEqual([]);
  });

  it('lets the player cancel while it awaits a decision, where reverse withdrawals are allowed', async () => {
    const w = world({ withdrawal: { approvalsNeeded: 1, cancellable: true } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AWAITING_APPROVAL);
      expect(await refusalOf(cancel(handle, 'pl_someone_else'))).toBe('NOT_AUTHORISED');
      await cancel(handle);
    });
    expect(state).toMatchObject({ status: WithdrawalStatus.CANCELLED, failure: 'cancelled by the player' });
    expect(w.wallet.settlements()).toEqual(['void']);
    expect(w.payments.orders()).toEqual([]);
  });
});

describe('withdrawalWorkflow: payout', () => {
  it.each([
    ['a soft decline', soft],
    ['an outage', outage],
  ])('fails over to the next PSP after %s', async (_what, first) => {
    const w = world({ psps: { 'psp-a': [first], 'psp-b': [ok] } });
    const state = await runWithdrawal(w);
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.orders()).toEqual(['PAYOUT psp-a', 'PAYOUT psp-b']);
    expect(w.wallet.activities.postReservedWithdrawal).toHaveBeenCalledWith(expect.objectContaining({ psp: 'psp-b' }));
    expect(w.wallet.settlements()).toEqual(['post']);
  });

  it('fails at a hard decline and voids the reservation, trying no other PSP', async () => {
    const w = world({ psps: { 'psp-a': [hard], 'psp-b': [ok] } });
    const state = await runWithdrawal(w);
    expect(state).toMatchObject({
      status: WithdrawalStatus.FAILED,
      failure: 'hard decline from psp-a: account_closed',
    });
    expect(w.payments.orders()).toEqual(['PAYOUT psp-a']);
    expect(w.wallet.settlements()).toEqual(['void']);
  });

  it('pays a pending payout that the PSP webhook confirms', async () => {
    const w = world({ psps: { 'psp-a': [pending] } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.PAYING_OUT);
      await until('the payout order', () => w.payments.steps.some((s) => s.type === 'PSP_ATTEMPT'));
      const attemptId = String(w.payments.steps.find((s) => s.type === 'PSP_ATTEMPT')?.detail?.attemptId);
      await handle.signal(pspResultSignal, { attemptId, outcome: 'SUCCESS', pspReference: 'psp-a-ref-1' });
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.wallet.settlements()).toEqual(['post']);
  });

  it('waits for payments ops when every PSP failed, and pays on their retry', async () => {
    const psps = { 'psp-a': [soft], 'psp-b': [outage] };
    const w = world({ psps, withdrawal: { cancellable: true } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.NEEDS_ATTENTION);
      expect(await refusalOf(approve(handle, officer('st_anna')))).toBe('NOT_AWAITING_DECISION');
      expect(await refusalOf(cancel(handle))).toBe('CANCELLATION_NOT_ALLOWED');
      expect(await refusalOf(retryPayout(handle, { staffId: 'st_cs', roles: ['cs_agent'] }))).toBe('NOT_AUTHORISED');
      expect(w.wallet.settlements()).toEqual([]);
      psps['psp-a'].push(ok);
      await retryPayout(handle);
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.activities.routePayment).toHaveBeenCalledTimes(2);
    expect(w.payments.orders()).toEqual(['PAYOUT psp-a', 'PAYOUT psp-b', 'PAYOUT psp-a']);
    expect(w.payments.steps.filter((s) => s.type === 'RETRY_REQUESTED')).toHaveLength(1);
    expect(w.wallet.settlements()).toEqual(['post']);
  });

  it('holds an unconfirmed payout for payments ops and asks the same PSP again on retry, never another', async () => {
    const w = world({ psps: { 'psp-a': [pending], 'psp-b': [ok] } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.NEEDS_ATTENTION, '10 minutes');
      expect(w.payments.steps.find((s) => s.status === WithdrawalStatus.NEEDS_ATTENTION)?.failureReason).toMatch(
        /^psp-a has not confirmed payout /,
      );
      // Still unknown on the first retry: it goes back to payments ops.
      await retryPayout(handle);
      await until(
        'the second NEEDS_ATTENTION',
        () => w.payments.steps.filter((s) => s.status === WithdrawalStatus.NEEDS_ATTENTION).length === 2,
      );
      expect(w.payments.activities.lookupPspAttempt).toHaveBeenCalledTimes(2);
      w.payments.activities.lookupPspAttempt.mockResolvedValue({ outcome: 'SUCCESS', latencyMs: 1 });
      await retryPayout(handle);
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.orders()).toEqual(['PAYOUT psp-a']);
    expect(w.wallet.settlements()).toEqual(['post']);
  });

  it('says why it needs attention, and refuses a second retry while the first asks the PSP again', async () => {
    const w = world({ psps: { 'psp-a': [pending], 'psp-b': [ok] } });
    let answerRecheck: (answer: { outcome: 'SUCCESS'; latencyMs: number }) => void = () => undefined;
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.NEEDS_ATTENTION, '10 minutes');
      expect((await handle.query(getWithdrawalStatusQuery)).failure).toMatch(/^psp-a has not confirmed payout /);
      const asked = w.payments.activities.lookupPspAttempt.mock.calls.length;
      w.payments.activities.lookupPspAttempt.mockImplementation(
        () => new Promise((resolve) => (answerRecheck = resolve)),
      );
      await retryPayout(handle);
      await until('the recheck', () => w.payments.activities.lookupPspAttempt.mock.calls.length > asked);
      expect((await handle.query(getWithdrawalStatusQuery)).failure).toBeUndefined();
      expect(await refusalOf(retryPayout(handle))).toBe('NOT_RETRYABLE');
      answerRecheck({ outcome: 'SUCCESS', latencyMs: 1 });
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.steps.filter((s) => s.type === 'RETRY_REQUESTED')).toHaveLength(1);
    expect(w.wallet.settlements()).toEqual(['post']);
  });

  it('fails and voids when the unconfirmed payout turns out declined', async () => {
    const w = world({ psps: { 'psp-a': [pending], 'psp-b': [ok] } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.NEEDS_ATTENTION, '10 minutes');
      w.payments.activities.lookupPspAttempt.mockResolvedValue({ ...hard, latencyMs: 1 });
      await retryPayout(handle);
    });
    expect(state).toMatchObject({
      status: WithdrawalStatus.FAILED,
      failure: 'hard decline from psp-a: account_closed',
    });
    expect(w.payments.orders()).toEqual(['PAYOUT psp-a']);
    expect(w.wallet.settlements()).toEqual(['void']);
  });
});

describe('withdrawalWorkflow: the AML gate', () => {
  it('waits in AML_HOLD after approval, funds reserved, and pays out once the hold is released', async () => {
    let hold: { caseId: string } | null = { caseId: 'case_test' };
    const w = world({ amlHold: () => hold });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AML_HOLD);
      await temporal.env.sleep('2 days'); // a hold outlasts many periodic checks without paying
      expect((await handle.query(getWithdrawalStatusQuery)).status).toBe(WithdrawalStatus.AML_HOLD);
      expect(w.payments.orders()).toEqual([]);
      expect(w.wallet.settlements()).toEqual([]);
      hold = null;
      await handle.signal(amlHoldReleasedSignal);
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.wallet.settlements()).toEqual(['post']);
    expect(w.payments.statuses()).toEqual([
      WithdrawalStatus.FUNDS_RESERVED,
      WithdrawalStatus.APPROVED,
      WithdrawalStatus.AML_HOLD,
      WithdrawalStatus.PAYING_OUT,
      WithdrawalStatus.PAID,
    ]);
    expect(w.payments.steps.find((s) => s.type === 'AML_HOLD')?.detail).toMatchObject({ reason: 'AML case case_test' });
  });

  it('goes on by its periodic check when the release signal is lost', async () => {
    let hold: { caseId: string } | null = { caseId: 'case_test' };
    const w = world({ amlHold: () => hold });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AML_HOLD);
      hold = null; // released, but nobody signals
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
  });

  it('keeps waiting when one of two holds is released', async () => {
    let holds = ['case_a', 'case_b'];
    const w = world({ amlHold: () => (holds[0] ? { caseId: holds[0] } : null) });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AML_HOLD);
      holds = ['case_b'];
      await handle.signal(amlHoldReleasedSignal);
      await temporal.env.sleep('1 hour');
      expect((await handle.query(getWithdrawalStatusQuery)).status).toBe(WithdrawalStatus.AML_HOLD);
      expect(w.payments.orders()).toEqual([]);
      holds = [];
      await handle.signal(amlHoldReleasedSignal);
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
  });

  it('lets the player cancel while held, where reverse withdrawals are allowed, voiding the reservation', async () => {
    const w = world({ amlHold: () => ({ caseId: 'case_test' }), withdrawal: { cancellable: true } });
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AML_HOLD);
      await cancel(handle);
    });
    expect(state).toMatchObject({ status: WithdrawalStatus.CANCELLED, failure: 'cancelled by the player' });
    expect(w.wallet.settlements()).toEqual(['void']);
    expect(w.payments.orders()).toEqual([]);
  });

  it('does not send a payout when a hold is placed after the gate: it waits in AML_HOLD, then pays', async () => {
    let hold: { caseId: string } | null = null;
    let gateChecks = 0;
    // The gate finds no hold; the case's hold lands before the payout is sent (the activity sees it).
    const w = world({ amlHold: () => (gateChecks++ === 0 ? null : hold) });
    hold = { caseId: 'case_late' };
    const state = await runWithdrawal(w, async (handle) => {
      await untilStatus(handle, WithdrawalStatus.AML_HOLD);
      expect(w.payments.orders()).toEqual([]);
      hold = null;
      await handle.signal(amlHoldReleasedSignal);
    });
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.orders()).toEqual(['PAYOUT psp-a']);
    expect(w.wallet.settlements()).toEqual(['post']);
    expect(w.payments.statuses()).toEqual([
      WithdrawalStatus.FUNDS_RESERVED,
      WithdrawalStatus.APPROVED,
      WithdrawalStatus.PAYING_OUT,
      WithdrawalStatus.AML_HOLD,
      WithdrawalStatus.PAYING_OUT,
      WithdrawalStatus.PAID,
    ]);
  });

  it('pays out without a stop when the player has no hold', async () => {
    const w = world();
    const state = await runWithdrawal(w);
    expect(state.status).toBe(WithdrawalStatus.PAID);
    expect(w.payments.statuses()).not.toContain(WithdrawalStatus.AML_HOLD);
  });
});
