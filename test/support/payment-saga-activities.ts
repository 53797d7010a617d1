import { ApplicationFailure } from '@temporalio/common';
import type { PaymentsActivities, PspAttemptInput } from '../../activities/payments';
import { PAYOUT_AML_HELD } from '../../contracts/payments';
import type { createWalletActivities } from '../../activities/wallet';
import type { PaymentStep } from '../../domain/payments/payments-repository';
import type { PspAnswer } from '../../domain/payments/psp-adapter';
import type { RouteCandidate } from '../../domain/payments/psp-routing';
import type { MovementResult } from '../../domain/wallet/money-movements';
import type { Reservation } from '../../domain/wallet/withdrawal-reservations';

type WalletActivities = ReturnType<typeof createWalletActivities>;

/** A PSP's answer to one order, as the scripted PSPs give it. */
export interface PspReply {
  outcome: PspAnswer['outcome'];
  code?: string;
}

/**
 * What each PSP answers, order after order (deposits, payouts and refunds alike); the last answer repeats. Tests
 * may change a script mid-run (a PSP that recovers).
 */
export type PspScript = Record<string, PspReply[]>;

/** A business failure as the real activities raise it: final, with its type. */
export const businessFailure = (type: string, message: string) =>
  ApplicationFailure.create({ type, message, nonRetryable: true });

/**
 * The payments activities as plain functions over scripted PSPs, recording every call: routing gives the route
 * asked for, `sendToPsp` answers from the script, `lookupPspAttempt` from `lookups` (null: the PSP never saw it).
 */
export function scriptedPaymentsActivities(options: {
  route: string[];
  psps: PspScript;
  lookups?: Record<string, PspReply | null>;
  depositRefusal?: string | null;
  creditFailure?: ApplicationFailure;
  withdrawal?: Partial<Awaited<ReturnType<PaymentsActivities['checkWithdrawal']>>>;
  /** The player's active AML hold as the gate finds it at each check (none unless given). */
  amlHold?: () => { caseId: string } | null;
}) {
  const steps: PaymentStep[] = [];
  const sent: PspAttemptInput[] = [];
  const answered = new Map<string, number>();
  const activities = {
    checkDeposit: jest.fn(async (_input: Parameters<PaymentsActivities['checkDeposit']>[0]) => {
      return options.depositRefusal ?? null;
    }),
    checkWithdrawal: jest.fn(
      async (
        _input: Parameters<PaymentsActivities['checkWithdrawal']>[0],
      ): ReturnType<PaymentsActivities['checkWithdrawal']> => ({
        cancellable: false,
        forfeitBonusOnWithdrawal: false,
        bonusBalanceMinor: 0,
        riskFacts: { amountMinor: 0, netDepositsMinor: 0, previousPaidWithdrawals: 3, accountAgeDays: 400 },
        risk: { level: 'LOW', reasons: [] },
        approvalsNeeded: 0,
        seniorRequired: false,
        ...options.withdrawal,
      }),
    ),
    findActiveAmlHold: jest.fn(
      async (_input: Parameters<PaymentsActivities['findActiveAmlHold']>[0]) => options.amlHold?.() ?? null,
    ),
    routePayment: jest.fn(
      async (_request: Parameters<PaymentsActivities['routePayment']>[0]): Promise<RouteCandidate[]> =>
        options.route.map((psp) => ({
          psp,
          ruleId: 'test',
          costMinor: 0,
          successRate: null,
          p50LatencyMs: null,
          recentAttempts: 0,
          circuit: 'CLOSED',
        })),
    ),
    sendToPsp: jest.fn(async (input: PspAttemptInput): ReturnType<PaymentsActivities['sendToPsp']> => {
      // As the real activity does: a payout is not sent while the player is under a hold (placed after the gate).
      const hold = input.purpose === 'PAYOUT' ? options.amlHold?.() : null;
      if (hold) throw businessFailure(PAYOUT_AML_HELD, `AML case ${hold.caseId} holds the player's payouts`);
      sent.push(input);
      const script = options.psps[input.psp];
      if (!script?.length) throw businessFailure('UNKNOWN_PSP', `no script for ${input.psp}`);
      const n = answered.get(input.psp) ?? 0;
      answered.set(input.psp, n + 1);
      const reply = script[Math.min(n, script.length - 1)]!;
      const attemptId = `${input.paymentId}-${input.purpose === 'REFUND' ? 'r' : 'a'}${input.seq}`;
      return { ...reply, attemptId, pspReference: `${input.psp}-ref-${input.seq}`, latencyMs: 1 };
    }),
    lookupPspAttempt: jest.fn(
      async (input: { psp: string; attemptId: string }): ReturnType<PaymentsActivities['lookupPspAttempt']> => {
        const reply = options.lookups?.[input.attemptId];
        return reply ? { ...reply, latencyMs: 1 } : null;
      },
    ),
    creditCapturedDeposit: jest.fn(
      async (input: Parameters<PaymentsActivities['creditCapturedDeposit']>[0]): Promise<MovementResult> => {
        if (options.creditFailure) throw options.creditFailure;
        return { transactionId: 4242, replayed: false, amountMinor: input.amountMinor };
      },
    ),
    recordPaymentStep: jest.fn(async (step: PaymentStep): Promise<void> => {
      steps.push(step);
    }),
    recordDecision: jest.fn(async (_decision: Parameters<PaymentsActivities['recordDecision']>[0]) => undefined),
  } satisfies Partial<PaymentsActivities>;
  return {
    activities,
    /** Every timeline step the saga recorded, in order. */
    steps,
    /** The statuses the saga moved through, in order. */
    statuses: () => steps.filter((s) => s.status).map((s) => s.status),
    /** The PSPs that got an order, in order, with its purpose. */
    orders: () => sent.map((o) => `${o.purpose} ${o.psp}`),
  };
}

/** The wallet activities a withdrawal uses, recording which reservation moves happened. */
export function recordingWalletActivities(options: { reserveFailure?: ApplicationFailure } = {}) {
  const reservation = (withdrawalId: string, status: Reservation['status']): Reservation => ({
    reservationId: withdrawalId,
    playerId: 'pl_test',
    amountMinor: 0,
    currency: 'EUR',
    status,
    reserveTransactionId: 1,
    settleTransactionId: status === 'PENDING' ? null : 2,
  });
  const activities = {
    reserveWithdrawalFunds: jest.fn(async (input: Parameters<WalletActivities['reserveWithdrawalFunds']>[0]) => {
      if (options.reserveFailure) throw options.reserveFailure;
      return reservation(input.withdrawalId, 'PENDING');
    }),
    postReservedWithdrawal: jest.fn(async (input: Parameters<WalletActivities['postReservedWithdrawal']>[0]) =>
      reservation(input.withdrawalId, 'POSTED'),
    ),
    voidReservedWithdrawal: jest.fn(async (input: Parameters<WalletActivities['voidReservedWithdrawal']>[0]) =>
      reservation(input.withdrawalId, 'VOIDED'),
    ),
    forfeitBonus: jest.fn(async (input: Parameters<WalletActivities['forfeitBonus']>[0]): Promise<MovementResult> => ({
      transactionId: 7,
      replayed: false,
      amountMinor: input.amountMinor ?? 0,
    })),
  } satisfies Partial<WalletActivities>;
  return {
    activities,
    /** The reservation's moves after it was made: `post`, `void`, or neither. */
    settlements: () => [
      ...activities.postReservedWithdrawal.mock.calls.map(() => 'post'),
      ...activities.voidReservedWithdrawal.mock.calls.map(() => 'void'),
    ],
  };
}
