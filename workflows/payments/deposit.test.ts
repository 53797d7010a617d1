import type { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { businessFailure, scriptedPaymentsActivities, type PspReply } from '../../test/support/payment-saga-activities';
import { timeSkippingServer, useTimeSkippingTemporal } from '../../test/support/time-skipping';
import { depositWorkflow } from './deposit';
import { DepositStatus, PAYMENT_NOT_RECORDED, type DepositInput } from '../../contracts/payments';
import { getDepositStatusQuery, pspResultSignal } from './messages';

// Every branch of the deposit saga on Temporal's time-skipping test server, with the payments activities as
// plain functions over scripted PSPs: confirmation timeouts and refund back-offs pass in milliseconds.
const temporal = useTimeSkippingTemporal(async () =>
  TestWorkflowEnvironment.createTimeSkipping(await timeSkippingServer()),
);

const FIFTEEN_MINUTES = 15 * 60_000;
const ok: PspReply = { outcome: 'SUCCESS' };
const pending: PspReply = { outcome: 'PENDING' };
const soft: PspReply = { outcome: 'SOFT_DECLINE', code: 'do_not_honour' };
const outage: PspReply = { outcome: 'OUTAGE', code: 'http_503' };
const hard: PspReply = { outcome: 'HARD_DECLINE', code: 'insufficient_funds' };

function deposit(): DepositInput {
  return {
    paymentId: `dp_test_${randomUUID()}`,
    playerId: 'pl_test',
    amountMinor: 2_500,
    currency: 'EUR',
    method: 'CARD',
    country: 'MT',
    confirmationTimeoutMs: FIFTEEN_MINUTES,
  };
}

type Payments = ReturnType<typeof scriptedPaymentsActivities>;

/** Runs a deposit to its end with these activities; `during` may act on the running workflow first. */
async function runDeposit(
  payments: Payments,
  during: (handle: Awaited<ReturnType<typeof startDeposit>>) => Promise<void> = async () => undefined,
) {
  const taskQueue = `deposit-test-${randomUUID()}`;
  return temporal.withWorkers({ [taskQueue]: payments.activities }, async () => {
    const handle = await startDeposit(taskQueue);
    await during(handle);
    return handle.result();
  });
}

function startDeposit(taskQueue: string) {
  const input = deposit();
  return temporal.env.client.workflow.start(depositWorkflow, {
    taskQueue,
    workflowId: `payments:deposit:${input.paymentId}`,
    args: [input],
  });
}

async function untilStatus(handle: Awaited<ReturnType<typeof startDeposit>>, status: DepositStatus) {
  for (let i = 0; i < 400; i++) {
    if ((await handle.query(getDepositStatusQuery)).status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the deposit never reached ${status}`);
}

describe('depositWorkflow', () => {
  it('credits the wallet once when the first PSP captures', async () => {
    const payments = scriptedPaymentsActivities({ route: ['acq-a', 'acq-b'], psps: { 'acq-a': [ok] } });
    const state = await runDeposit(payments);
    expect(state).toMatchObject({
      status: DepositStatus.CREDITED,
      route: ['acq-a', 'acq-b'],
      ledgerTransactionId: 4242,
    });
    expect(payments.orders()).toEqual(['DEPOSIT acq-a']);
    expect(payments.activities.creditCapturedDeposit).toHaveBeenCalledTimes(1);
    expect(payments.activities.creditCapturedDeposit).toHaveBeenCalledWith(expect.objectContaining({ psp: 'acq-a' }));
    expect(payments.statuses()).toEqual([DepositStatus.AUTHORISING, DepositStatus.CREDITING, DepositStatus.CREDITED]);
  });

  it.each([
    ['a soft decline', soft],
    ['an outage', outage],
  ])('fails over to the next PSP after %s', async (_what, first) => {
    const payments = scriptedPaymentsActivities({
      route: ['acq-a', 'acq-b'],
      psps: { 'acq-a': [first], 'acq-b': [ok] },
    });
    const state = await runDeposit(payments);
    expect(state.status).toBe(DepositStatus.CREDITED);
    expect(state.attempts.map((a) => [a.psp, a.outcome])).toEqual([
      ['acq-a', first.outcome],
      ['acq-b', 'SUCCESS'],
    ]);
    expect(payments.activities.creditCapturedDeposit).toHaveBeenCalledWith(expect.objectContaining({ psp: 'acq-b' }));
  });

  it('stops at a hard decline: no other PSP is tried and nothing is credited', async () => {
    const payments = scriptedPaymentsActivities({
      route: ['acq-a', 'acq-b'],
      psps: { 'acq-a': [hard], 'acq-b': [ok] },
    });
    const state = await runDeposit(payments);
    expect(state).toMatchObject({ status: DepositStatus.DECLINED, failure: 'declined (acq-a insufficient_funds)' });
    expect(payments.orders()).toEqual(['DEPOSIT acq-a']);
    expect(payments.activities.creditCapturedDeposit).not.toHaveBeenCalled();
  });

  it('declines when every PSP on the route fails', async () => {
    const payments = scriptedPaymentsActivities({
      route: ['acq-a', 'acq-b'],
      psps: { 'acq-a': [soft], 'acq-b': [outage] },
    });
    const state = await runDeposit(payments);
    expect(state).toMatchObject({ status: DepositStatus.DECLINED, failure: 'declined (acq-b http_503)' });
    expect(payments.activities.creditCapturedDeposit).not.toHaveBeenCalled();
  });

  it('credits a pending capture when the PSP webhook confirms it', async () => {
    const payments = scriptedPaymentsActivities({ route: ['acq-a'], psps: { 'acq-a': [pending] } });
    const state = await runDeposit(payments, async (handle) => {
      await untilStatus(handle, DepositStatus.AUTHORISING);
      await waitForOrder(payments);
      const attemptId = payments.steps.find((s) => s.type === 'PSP_ATTEMPT')?.detail?.attemptId as string;
      await handle.signal(pspResultSignal, { attemptId, outcome: 'SUCCESS', pspReference: 'acq-a-ref-1' });
      // A late, contradicting duplicate changes nothing: the first final word counts.
      await handle.signal(pspResultSignal, { attemptId, outcome: 'HARD_DECLINE', pspReference: 'acq-a-ref-1' });
    });
    expect(state.status).toBe(DepositStatus.CREDITED);
    expect(payments.activities.lookupPspAttempt).not.toHaveBeenCalled();
    expect(payments.steps.find((s) => s.type === 'PSP_FINAL_STATUS')?.detail).toMatchObject({ via: 'webhook' });
  });

  it('asks the PSP after the confirmation timeout and credits what it confirms', async () => {
    const payments = scriptedPaymentsActivities({ route: ['acq-a'], psps: { 'acq-a': [pending] } });
    payments.activities.lookupPspAttempt.mockResolvedValue({ outcome: 'SUCCESS', latencyMs: 1 });
    const state = await runDeposit(payments);
    expect(state.status).toBe(DepositStatus.CREDITED);
    expect(payments.activities.lookupPspAttempt).toHaveBeenCalledTimes(1);
    expect(payments.steps.find((s) => s.type === 'PSP_FINAL_STATUS')?.detail).toMatchObject({ via: 'status lookup' });
  });

  it('gives up with an unknown outcome when no confirmation comes, without trying another PSP', async () => {
    const payments = scriptedPaymentsActivities({
      route: ['acq-a', 'acq-b'],
      psps: { 'acq-a': [pending], 'acq-b': [ok] },
    });
    const state = await runDeposit(payments);
    expect(state.status).toBe(DepositStatus.DECLINED);
    expect(state.failure).toMatch(/^no confirmation from acq-a within 900000 ms$/);
    expect(payments.orders()).toEqual(['DEPOSIT acq-a']);
    expect(payments.activities.creditCapturedDeposit).not.toHaveBeenCalled();
  });

  it('is refused by the checks before any PSP is asked', async () => {
    const payments = scriptedPaymentsActivities({
      route: ['acq-a'],
      psps: {},
      depositRefusal: 'player is self-excluded',
    });
    const state = await runDeposit(payments);
    expect(state).toMatchObject({ status: DepositStatus.REFUSED, failure: 'player is self-excluded' });
    expect(payments.activities.routePayment).not.toHaveBeenCalled();
    expect(payments.orders()).toEqual([]);
  });

  it('ends at once, writing nothing, when its payment was never recorded (the request rolled back)', async () => {
    const payments = scriptedPaymentsActivities({ route: ['acq-a'], psps: { 'acq-a': [ok] } });
    payments.activities.checkDeposit.mockRejectedValue(businessFailure(PAYMENT_NOT_RECORDED, 'never recorded'));
    const failure = await runDeposit(payments).then(
      () => undefined,
      (err: WorkflowFailedError) => err.cause,
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).type).toBe(PAYMENT_NOT_RECORDED);
    expect(payments.activities.checkDeposit).toHaveBeenCalledWith(
      expect.objectContaining({ depositId: expect.any(String) }),
    );
    expect(payments.steps).toEqual([]);
    expect(payments.activities.routePayment).not.toHaveBeenCalled();
    expect(payments.orders()).toEqual([]);
    expect(payments.activities.creditCapturedDeposit).not.toHaveBeenCalled();
  });

  it('is refused when no PSP can take the payment', async () => {
    const payments = scriptedPaymentsActivities({ route: [], psps: {} });
    const state = await runDeposit(payments);
    expect(state).toMatchObject({ status: DepositStatus.REFUSED, failure: 'no PSP can take this payment' });
  });

  it('refunds through the capturing PSP when the wallet can no longer take the money', async () => {
    const payments = scriptedPaymentsActivities({
      route: ['acq-a', 'acq-b'],
      psps: { 'acq-a': [soft], 'acq-b': [ok, ok] },
      creditFailure: businessFailure('DEPOSIT_NOT_CREDITABLE', 'player self-excluded meanwhile'),
    });
    const state = await runDeposit(payments);
    expect(state).toMatchObject({ status: DepositStatus.REFUNDED, failure: 'player self-excluded meanwhile' });
    expect(payments.orders()).toEqual(['DEPOSIT acq-a', 'DEPOSIT acq-b', 'REFUND acq-b']);
    expect(state.ledgerTransactionId).toBeUndefined();
    expect(payments.statuses()).toEqual([
      DepositStatus.AUTHORISING,
      DepositStatus.AUTHORISING,
      DepositStatus.CREDITING,
      DepositStatus.REFUNDING,
      DepositStatus.REFUNDED,
    ]);
  });

  it('keeps retrying a failing refund as NEEDS_ATTENTION until the PSP takes it', async () => {
    const psps = { 'acq-a': [ok, outage, outage, outage] };
    const payments = scriptedPaymentsActivities({
      route: ['acq-a'],
      psps,
      creditFailure: businessFailure('DEPOSIT_NOT_CREDITABLE', 'account closed meanwhile'),
    });
    const state = await runDeposit(payments, async (handle) => {
      await untilStatus(handle, DepositStatus.NEEDS_ATTENTION);
      // Hours of back-off pass; the refund still fails, and the deposit stays with a human.
      await temporal.env.sleep('3 hours');
      expect((await handle.query(getDepositStatusQuery)).status).toBe(DepositStatus.NEEDS_ATTENTION);
      psps['acq-a'].push(ok);
    });
    expect(state.status).toBe(DepositStatus.REFUNDED);
    const refunds = payments.orders().filter((o) => o.startsWith('REFUND'));
    expect(refunds.length).toBeGreaterThanOrEqual(4);
    expect(payments.steps.filter((s) => s.type === 'REFUND_FAILING')).toHaveLength(1);
    expect(payments.statuses().slice(-3)).toEqual([
      DepositStatus.REFUNDING,
      DepositStatus.NEEDS_ATTENTION,
      DepositStatus.REFUNDED,
    ]);
  });
});

/** Waits until the saga has recorded its first PSP order. */
async function waitForOrder(payments: Payments) {
  for (let i = 0; i < 400; i++) {
    if (payments.steps.some((s) => s.type === 'PSP_ATTEMPT')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the deposit never sent its order');
}
