import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { PaymentsActivities } from '../../activities/payments';
import type { createWalletActivities } from '../../activities/wallet';
import { internalDbWrite, readModelWrite } from '../activity-presets';
import { WALLET_TASK_QUEUE } from '../../contracts/wallet';
import { StaffRole } from '../../contracts/admin';
import {
  PaymentsErrorType,
  WithdrawalStatus,
  type DecisionInput,
  type WithdrawalInput,
  type WithdrawalState,
} from '../../contracts/payments';
import {
  approveWithdrawalUpdate,
  cancelWithdrawalUpdate,
  getWithdrawalStatusQuery,
  pspResultSignal,
  rejectWithdrawalUpdate,
  retryPayoutUpdate,
} from './messages';
import { paymentStory } from './payment-story';
import { pspAttempts, type RouteOutcome } from './psp-attempts';

const { checkWithdrawal, routePayment } = proxyActivities<PaymentsActivities>(internalDbWrite);
const { recordDecision } = proxyLocalActivities<PaymentsActivities>(readModelWrite);
const wallet = proxyActivities<ReturnType<typeof createWalletActivities>>({
  ...internalDbWrite,
  taskQueue: WALLET_TASK_QUEUE,
});

const DECIDING_ROLES: readonly StaffRole[] = [StaffRole.COMPLIANCE_OFFICER, StaffRole.SENIOR_COMPLIANCE];
const AWAITING: readonly WithdrawalStatus[] = [
  WithdrawalStatus.AWAITING_APPROVAL,
  WithdrawalStatus.AWAITING_SECOND_APPROVAL,
];

const refuse = (type: PaymentsErrorType, message: string) =>
  ApplicationFailure.create({ type, message, nonRetryable: true });

/**
 * A withdrawal: check the player may withdraw, forfeit an active bonus where the jurisdiction says so, reserve
 * the funds (two-phase), then a risk decision: paid out automatically, after one officer's approval, or after
 * two distinct officers' (four-eyes). An undecided request escalates to senior compliance when its SLA runs
 * out. The payout walks the route with failover; the reservation is posted when a PSP pays and voided on
 * rejection, cancellation or a final failure. A payout whose outcome is unknown waits for payments ops.
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
  let cancelled = false;
  let retryRequested = false;
  const approvals = () => state.decisions.filter((d) => d.decision === 'APPROVE');
  const rejected = () => state.decisions.some((d) => d.decision === 'REJECT');
  const decided = () => cancelled || rejected() || approvals().length >= state.approvalsNeeded;

  setHandler(getWithdrawalStatusQuery, () => state);
  setHandler(pspResultSignal, (result) => psps.onWebhook(result));

  /** The rules every decision passes before it is accepted; a refused one leaves no trace in the history. */
  const validateDecision = (d: DecisionInput) => {
    if (!AWAITING.includes(state.status) || [...deciding.values()].some((x) => x.decision === 'REJECT')) {
      throw refuse(PaymentsErrorType.NotAwaitingDecision, `withdrawal is ${state.status}, not awaiting a decision`);
    }
    if (!d.roles.some((r) => DECIDING_ROLES.includes(r))) {
      throw refuse(PaymentsErrorType.NotAuthorised, 'only compliance officers decide withdrawals');
    }
    if (d.staffId === input.requestedBy) {
      throw refuse(PaymentsErrorType.MakerCannotApprove, 'the maker of a request cannot decide it');
    }
    if (deciding.has(d.staffId)) {
      throw refuse(PaymentsErrorType.AlreadyDecided, `${d.staffId} has already decided this withdrawal`);
    }
    const senior = d.roles.includes(StaffRole.SENIOR_COMPLIANCE);
    if (state.escalated && !senior) {
      throw refuse(PaymentsErrorType.SeniorApprovalRequired, 'escalated: only senior compliance may decide it now');
    }
  };
  // A decision is recorded before it counts, so the timeline shows it before what it caused; officers whose
  // decision is being recorded are already held against deciding twice.
  const deciding = new Map<string, { decision: 'APPROVE' | 'REJECT'; senior: boolean }>();
  const decide = async (d: DecisionInput, decision: 'APPROVE' | 'REJECT') => {
    const senior = d.roles.includes(StaffRole.SENIOR_COMPLIANCE);
    deciding.set(d.staffId, { decision, senior });
    const role = senior ? StaffRole.SENIOR_COMPLIANCE : StaffRole.COMPLIANCE_OFFICER;
    const at = new Date().toISOString();
    await recordDecision({ paymentId: input.paymentId, staffId: d.staffId, decision, role, reason: d.reason });
    await story.note(decision === 'APPROVE' ? 'APPROVAL' : 'REJECTION', { reason: d.reason, role }, d.staffId);
    state.decisions.push({ staffId: d.staffId, role, decision, reason: d.reason, at });
    if (decision === 'APPROVE' && !decided()) {
      await story.moveTo(
        WithdrawalStatus.AWAITING_SECOND_APPROVAL,
        'AWAITING_SECOND_APPROVAL',
        {},
        { actor: d.staffId },
      );
    }
    return state;
  };
  setHandler(approveWithdrawalUpdate, (d) => decide(d, 'APPROVE'), {
    validator: (d) => {
      validateDecision(d);
      const approving = [...deciding.values()].filter((x) => x.decision === 'APPROVE');
      if (approving.length >= state.approvalsNeeded) {
        throw refuse(PaymentsErrorType.NotAwaitingDecision, 'this withdrawal already has every approval it needs');
      }
      const last = approving.length + 1 >= state.approvalsNeeded;
      const seniorAmong = approving.some((x) => x.senior);
      if (state.seniorRequired && last && !seniorAmong && !d.roles.includes(StaffRole.SENIOR_COMPLIANCE)) {
        throw refuse(PaymentsErrorType.SeniorApprovalRequired, 'the second approval must come from senior compliance');
      }
    },
  });
  setHandler(rejectWithdrawalUpdate, (d) => decide(d, 'REJECT'), {
    validator: (d) => {
      validateDecision(d);
      if (!d.reason?.trim()) throw refuse(PaymentsErrorType.ReasonRequired, 'a rejection needs a reason');
    },
  });
  setHandler(
    cancelWithdrawalUpdate,
    () => {
      cancelled = true;
      return state;
    },
    {
      validator: ({ playerId }) => {
        if (playerId !== input.playerId) throw refuse(PaymentsErrorType.NotAuthorised, 'not this player’s withdrawal');
        if (!state.cancellable) {
          throw refuse(
            PaymentsErrorType.CancellationNotAllowed,
            'reverse withdrawals are not allowed in this jurisdiction',
          );
        }
        if (!AWAITING.includes(state.status)) {
          throw refuse(PaymentsErrorType.CancellationNotAllowed, `withdrawal is ${state.status}: too late to cancel`);
        }
      },
    },
  );
  setHandler(
    retryPayoutUpdate,
    () => {
      retryRequested = true;
      return state;
    },
    {
      validator: (actor) => {
        if (!actor.roles.includes(StaffRole.PAYMENTS_OPS)) {
          throw refuse(PaymentsErrorType.NotAuthorised, 'only payments ops retry payouts');
        }
        if (state.status !== WithdrawalStatus.NEEDS_ATTENTION) {
          throw refuse(PaymentsErrorType.NotRetryable, `withdrawal is ${state.status}, not NEEDS_ATTENTION`);
        }
      },
    },
  );

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
  const context = await checkWithdrawal({ withdrawalId: input.paymentId, ...input });
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
    if (!(await condition(decided, input.policy.approvalSlaMs))) {
      state.escalated = true;
      await story.note('ESCALATED', { slaMs: input.policy.approvalSlaMs, to: StaffRole.SENIOR_COMPLIANCE });
      await story.moveTo(state.status, 'ESCALATED_STATUS', {}, { escalated: true });
      await condition(decided);
    }
    if (cancelled)
      return voidAndFinish(WithdrawalStatus.CANCELLED, 'CANCELLED', 'cancelled by the player', input.playerId);
    const rejection = state.decisions.find((d) => d.decision === 'REJECT');
    if (rejection)
      return voidAndFinish(WithdrawalStatus.REJECTED, 'REJECTED', rejection.reason ?? 'rejected', rejection.staffId);
  }
  await story.moveTo(WithdrawalStatus.APPROVED, 'APPROVED', { automatically: state.approvalsNeeded === 0 });

  // 3. The payout, with failover; an unknown outcome waits for payments ops, who may retry.
  const payOut = async (): Promise<RouteOutcome> => {
    state.route = (await routePayment({ kind: 'WITHDRAWAL', ...input })).map((c) => c.psp);
    await story.note('ROUTED', { route: state.route });
    return psps.walk(state.route, 'PAYOUT', input.payoutConfirmationTimeoutMs, (psp) =>
      story.moveTo(WithdrawalStatus.PAYING_OUT, 'PAYING_OUT', { psp }, { psp }),
    );
  };
  let outcome = await payOut();
  for (;;) {
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
    retryRequested = false;
    await story.moveTo(WithdrawalStatus.NEEDS_ATTENTION, 'NEEDS_ATTENTION', { reason: why }, { failureReason: why });
    await condition(() => retryRequested);
    await story.note('RETRY_REQUESTED', {});
    // A pending order is asked about first: trying another PSP before it is final could pay twice.
    if (outcome.result === 'UNKNOWN') outcome = await psps.recheck(outcome.attempt);
    if (outcome.result === 'EXHAUSTED') outcome = await payOut();
  }
}
