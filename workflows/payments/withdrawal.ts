import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';
import type { PaymentsActivities } from '../../activities/payments';
import type { createWalletActivities } from '../../activities/wallet';
import { internalDbWrite, readModelWrite } from '../activity-presets';
import { WALLET_TASK_QUEUE } from '../../contracts/wallet';
import {
  PAYOUT_AML_HELD,
  WithdrawalStatus,
  type WithdrawalInput,
  type WithdrawalState,
} from '../../contracts/payments';
import { amlHoldReleasedSignal } from '../aml/messages';
import { getWithdrawalStatusQuery, pspResultSignal } from './messages';
import { paymentStory } from './payment-story';
import { endIfPaymentNotRecorded } from './unrecorded-payment';
import { pspAttempts, type RouteOutcome } from './psp-attempts';
import { WithdrawalApprovals } from './withdrawal-approvals';

const { checkWithdrawal, routePayment, findActiveAmlHold } = proxyActivities<PaymentsActivities>(internalDbWrite);
const { recordDecision } = proxyLocalActivities<PaymentsActivities>(readModelWrite);
/** The patch that keeps an officer's decision durable in Temporal before the read model records it. */
const DECISION_KEPT_BEFORE_RECORDED = 'decision-kept-before-recorded';
/** The patch that makes an approved payout wait while its player has an active AML hold. */
const AML_HOLD_GATE = 'aml-hold-gate';
/** A held payout asks again this often, so that a lost release Signal cannot strand it. */
const AML_HOLD_RECHECK_MS = 15 * 60_000;
const wallet = proxyActivities<ReturnType<typeof createWalletActivities>>({
  ...internalDbWrite,
  taskQueue: WALLET_TASK_QUEUE,
});

/**
 * A withdrawal: check the player may withdraw, forfeit an active bonus where the jurisdiction says so, reserve
 * the funds (two-phase), then a risk decision: paid out automatically, after one officer's approval, or after
 * two distinct officers' (four-eyes). An undecided request escalates to senior compliance when its SLA runs
 * out. The payout walks the route with failover; the reservation is posted when a PSP pays and voided on
 * rejection, cancellation or a final failure. A payout whose outcome is unknown waits for payments ops. An approved
 * payout of a player under an AML hold waits in AML_HOLD, funds reserved, until the hold is released.
 */
export async function withdrawalWorkflow(input: WithdrawalInput): Promise<WithdrawalState> {
  const state: WithdrawalState = {
    withdrawalId: input.paymentId,
    status: WithdrawalStatus.REQUESTED,
    requestedBy: input.requestedBy,
    approvalsNeeded: 0,
    seniorRequired: false,
    escalated: false,
    decisions: [],
    cancellable: false,
    route: [],
    attempts: [],
  };
  const story = paymentStory<WithdrawalStatus>(input, state);
  const psps = pspAttempts(input, state.attempts, (type, detail) => story.note(type, detail));
  const approvals = new WithdrawalApprovals(input, state, {
    // A 1 ms timer completes the task that accepted the decision; histories from before it replay without it.
    keepAccepted: async () => {
      if (patched(DECISION_KEPT_BEFORE_RECORDED)) await sleep(1);
    },
    recordDecision: (decision) => recordDecision({ paymentId: input.paymentId, ...decision }),
    note: story.note,
    moveTo: story.moveTo,
  });
  setHandler(getWithdrawalStatusQuery, () => state);
  setHandler(pspResultSignal, (result) => psps.onWebhook(result));
  let amlHoldReleased = false;
  setHandler(amlHoldReleasedSignal, () => {
    amlHoldReleased = true;
  });
  approvals.register();

  const finish = async (status: WithdrawalStatus, type: string, failure?: string, actor?: string) => {
    state.failure = failure;
    await story.moveTo(status, type, failure ? { reason: failure } : {}, { failureReason: failure, actor });
    await condition(allHandlersFinished);
    return state;
  };
  const voidAndFinish = async (status: WithdrawalStatus, type: string, reason: string, actor?: string) => {
    await wallet.voidReservedWithdrawal({ withdrawalId: input.paymentId, reason });
    return finish(status, type, reason, actor);
  };

  // 1. Checks, bonus policy, and the two-phase reservation.
  const context = await checkWithdrawal({ withdrawalId: input.paymentId, ...input }).catch(endIfPaymentNotRecorded);
  if (context.refusal) return finish(WithdrawalStatus.REFUSED, 'REFUSED', context.refusal);
  state.cancellable = context.cancellable;
  state.risk = context.risk;
  if (context.forfeitBonusOnWithdrawal && context.bonusBalanceMinor > 0) {
    await wallet.forfeitBonus({
      bonusId: `withdrawal-${input.paymentId}`,
      playerId: input.playerId,
      amountMinor: context.bonusBalanceMinor,
      currency: input.currency,
    });
    await story.note('BONUS_FORFEITED', { amountMinor: context.bonusBalanceMinor });
  }
  try {
    await wallet.reserveWithdrawalFunds({
      withdrawalId: input.paymentId,
      playerId: input.playerId,
      amountMinor: input.amountMinor,
      currency: input.currency,
    });
  } catch (err) {
    if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.nonRetryable) {
      return finish(WithdrawalStatus.REFUSED, 'REFUSED', err.cause.message);
    }
    throw err;
  }
  await story.moveTo(WithdrawalStatus.FUNDS_RESERVED, 'FUNDS_RESERVED', { risk: context.risk });

  // 2. The risk decision, and the officers' approvals with an SLA.
  state.approvalsNeeded = context.approvalsNeeded;
  state.seniorRequired = context.seniorRequired;
  if (state.approvalsNeeded > 0) {
    await story.moveTo(
      WithdrawalStatus.AWAITING_APPROVAL,
      'AWAITING_APPROVAL',
      { risk: context.risk },
      {
        approvalsNeeded: state.approvalsNeeded,
      },
    );
    if (!(await condition(() => approvals.decided, input.policy.approvalSlaMs))) {
      await approvals.escalate(input.policy.approvalSlaMs);
      await condition(() => approvals.decided);
    }
    if (approvals.cancelled)
      return voidAndFinish(WithdrawalStatus.CANCELLED, 'CANCELLED', 'cancelled by the player', input.playerId);
    const { rejection } = approvals;
    if (rejection)
      return voidAndFinish(WithdrawalStatus.REJECTED, 'REJECTED', rejection.reason ?? 'rejected', rejection.staffId);
  }
  await story.moveTo(WithdrawalStatus.APPROVED, 'APPROVED', { automatically: state.approvalsNeeded === 0 });

  // 3. The AML gate: an approved payout of a held player waits, funds reserved, until the hold is released.
  /**
   * Waits while the player has an active AML hold; answers whether the player cancelled meanwhile. The hold is asked
   * again after AML_HOLD is written: a closing case releases its hold, then signals the withdrawals it finds in
   * AML_HOLD, so a release racing this wait is either seen by that second check or signalled. The flag is cleared
   * before each check for the same reason; a periodic check covers a Signal that was lost all the same.
   */
  const waitWhileAmlHeld = async (): Promise<'CLEARED' | 'CANCELLED'> => {
    const hold = await findActiveAmlHold({ playerId: input.playerId });
    if (!hold) return 'CLEARED';
    await story.moveTo(WithdrawalStatus.AML_HOLD, 'AML_HOLD', {
      reason: `AML case ${hold.caseId}`,
      caseId: hold.caseId,
    });
    for (;;) {
      amlHoldReleased = false;
      if (!(await findActiveAmlHold({ playerId: input.playerId }))) {
        await story.note('AML_HOLD_RELEASED', { caseId: hold.caseId });
        return 'CLEARED';
      }
      await condition(() => amlHoldReleased || approvals.cancelled, AML_HOLD_RECHECK_MS);
      if (approvals.cancelled) return 'CANCELLED';
    }
  };
  if (patched(AML_HOLD_GATE) && (await waitWhileAmlHeld()) === 'CANCELLED') {
    return voidAndFinish(WithdrawalStatus.CANCELLED, 'CANCELLED', 'cancelled by the player', input.playerId);
  }

  // 4. The payout, with failover; an unknown outcome waits for payments ops, who may retry.
  const payOut = async (): Promise<RouteOutcome | { result: 'AML_HELD' }> => {
    state.route = (await routePayment({ kind: 'WITHDRAWAL', ...input })).map((c) => c.psp);
    await story.note('ROUTED', { route: state.route });
    try {
      return await psps.walk(state.route, 'PAYOUT', input.payoutConfirmationTimeoutMs, (psp) =>
        story.moveTo(WithdrawalStatus.PAYING_OUT, 'PAYING_OUT', { psp }, { psp }),
      );
    } catch (err) {
      if (err instanceof ActivityFailure && (err.cause as ApplicationFailure | undefined)?.type === PAYOUT_AML_HELD) {
        return { result: 'AML_HELD' };
      }
      throw err;
    }
  };
  let outcome = await payOut();
  for (;;) {
    // A hold placed between the AML gate and the payout: nothing was sent; wait for the release, then pay out.
    if (outcome.result === 'AML_HELD') {
      if ((await waitWhileAmlHeld()) === 'CANCELLED') {
        return voidAndFinish(WithdrawalStatus.CANCELLED, 'CANCELLED', 'cancelled by the player', input.playerId);
      }
      outcome = await payOut();
      continue;
    }
    if (outcome.result === 'SUCCEEDED') {
      await wallet.postReservedWithdrawal({ withdrawalId: input.paymentId, psp: outcome.attempt.psp });
      return finish(WithdrawalStatus.PAID, 'PAID');
    }
    if (outcome.result === 'HARD_DECLINED') {
      const { psp, code } = outcome.attempt;
      return voidAndFinish(WithdrawalStatus.FAILED, 'FAILED', `hard decline from ${psp}: ${code}`);
    }
    const why =
      outcome.result === 'UNKNOWN'
        ? `${outcome.attempt.psp} has not confirmed payout ${outcome.attempt.attemptId}`
        : 'every PSP on the route declined or failed';
    approvals.retryRequested = false;
    state.failure = why; // so the status query says why it needs attention, as the timeline does
    await story.moveTo(WithdrawalStatus.NEEDS_ATTENTION, 'NEEDS_ATTENTION', { reason: why }, { failureReason: why });
    await condition(() => approvals.retryRequested);
    state.failure = undefined;
    await story.note('RETRY_REQUESTED', {});
    // A pending order is asked about first: trying another PSP before it is final could pay twice.
    if (outcome.result === 'UNKNOWN') outcome = await psps.recheck(outcome.attempt);
    if (outcome.result === 'EXHAUSTED') outcome = await payOut();
  }
}
