import { ApplicationFailure, Context } from '@temporalio/activity';
import { PaymentRuleError } from '../../domain/payments/errors';
import type { PaymentGates } from '../../domain/payments/payment-gates';
import {
  depositCreditRefusal,
  depositRefusal,
  withdrawalContext,
  type WithdrawalContext,
} from '../../domain/payments/player-eligibility';
import {
  instrumentTokenFor,
  markInstrumentDeposited,
  recordTokenisedInstrument,
} from '../../domain/payments/payment-instruments';
import {
  recordAttemptOutcome,
  findFinalAttemptOutcome,
  paymentRecorded,
  recordAttemptSent,
  recordDecision,
  recordPaymentStep,
  type PaymentStep,
} from '../../domain/payments/payments-repository';
import {
  PspRequestRejectedError,
  type PspAdapter,
  type PspAnswer,
  type PspOrder,
} from '../../domain/payments/psp-adapter';
import { routePayment, type RouteCandidate, type RoutingRequest } from '../../domain/payments/psp-routing';
import { reconcilePsp } from '../../domain/payments/reconciliation';
import { assessWithdrawalRisk, requiredApprovals, type WithdrawalRisk } from '../../domain/payments/withdrawal-risk';
import { creditDeposit, type MovementResult } from '../../domain/wallet/money-movements';
import { raiseForCumulativeDeposits, riskRuleRequiresEdd } from '../../domain/kyc/due-diligence';
import { DueDiligenceTrigger } from '../../contracts/kyc';
import { currencySchema } from '../../contracts/wallet';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { PAYMENT_NOT_RECORDED, PAYOUT_AML_HELD, PspOutcomeClass, type ApprovalPolicy } from '../../contracts/payments';
import { exposePaymentSlos, observePaymentSlo } from './payment-slos';

/** Dependencies of the payments activities, injected by the worker that hosts them (or a test). */
export interface PaymentsActivityDeps {
  db: Db;
  psps: ReadonlyMap<string, PspAdapter>;
  gates: PaymentGates;
  logger: Logger;
  /**
   * Opens enhanced due diligence for a player (the KYC domain's activity, createDueDiligenceActivities), for the
   * withdrawal risk rule. Without it (tests of other rules) the rule is not applied.
   */
  requireEnhancedDueDiligence?: (input: { playerId: string; trigger: DueDiligenceTrigger }) => Promise<unknown>;
}

/** A broken business rule is final: retrying it cannot make it pass. */
async function asActivity<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof PaymentRuleError) {
      throw ApplicationFailure.create({
        type: err.type,
        message: err.message,
        details: [err.context],
        nonRetryable: true,
      });
    }
    if (err instanceof PspRequestRejectedError) {
      throw ApplicationFailure.create({ type: 'PSP_REQUEST_REJECTED', message: err.message, nonRetryable: true });
    }
    throw err;
  }
}

/** A PSP answer as the saga keeps it: the instrument's token and display data stay out of workflow histories. */
function withoutInstrument({ instrument: _instrument, ...answer }: PspAnswer): Omit<PspAnswer, 'instrument'> {
  return answer;
}

/** Heartbeats every second while `work` runs, so a killed worker's PSP call is retried elsewhere within seconds. */
async function heartbeating<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => Context.current().heartbeat(), 1000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

/** One PSP order as the saga asks for it: which payment, which try, through which PSP. */
export interface PspAttemptInput extends Omit<PspOrder, 'attemptId'> {
  paymentId: string;
  seq: number;
  psp: string;
  /** REFUND sends a PAYOUT back to the player's instrument for a captured deposit. */
  purpose: 'DEPOSIT' | 'PAYOUT' | 'REFUND';
}

/** The attempt id is the PSP idempotency key: derived from the payment and the try, so a retry resends the same. */
export const attemptIdOf = (paymentId: string, seq: number, purpose: PspAttemptInput['purpose']) =>
  `${paymentId}-${purpose === 'REFUND' ? 'r' : 'a'}${seq}`;

// ── CHAOS FAULT INJECTION (game-day drill only) ─────────────────────────────────────────────────────────────
// `npm run chaos -- --fault no-payout-idempotency` starts its own payments worker with this variable, to prove
// that the drill's checks catch a payout paid twice. It is read once, here, and is deliberately not part of
// platform/config.ts: no deployment's configuration can reach it. With it, a payout activity that is retried
// (its worker was killed mid-call) skips the crash-safe resend and goes to the PSP under a new idempotency key,
// as if there were neither.
const CHAOS_FAULT_INJECTION = process.env.CHAOS_FAULT_INJECTION;

/** The key a PSP order goes out under: the attempt id, unless the drill's fault injection breaks it. */
function idempotencyDisabledByChaosDrill(purpose: PspAttemptInput['purpose']): boolean {
  return CHAOS_FAULT_INJECTION === 'no-payout-idempotency' && purpose === 'PAYOUT';
}

function pspKeyOf(attemptId: string, purpose: PspAttemptInput['purpose']): string {
  const activityAttempt = Context.current().info.attempt;
  if (idempotencyDisabledByChaosDrill(purpose) && activityAttempt > 1) {
    return `${attemptId}.retry${activityAttempt}`;
  }
  return attemptId;
}
// ── end of CHAOS FAULT INJECTION ────────────────────────────────────────────────────────────────────────────

/**
 * The payments activities: routing, PSP calls, the read model, eligibility and reconciliation. Each is
 * idempotent: PSP calls by attempt id (the PSP's idempotency key), read-model steps by step key.
 */
export function createPaymentsActivities({
  db,
  psps,
  gates,
  logger,
  requireEnhancedDueDiligence,
}: PaymentsActivityDeps) {
  exposePaymentSlos();
  const adapter = (psp: string) => {
    const found = psps.get(psp);
    if (!found)
      throw ApplicationFailure.create({ type: 'UNKNOWN_PSP', message: `no adapter for ${psp}`, nonRetryable: true });
    return found;
  };

  /**
   * Sends the order of `input` to its PSP under `pspKey`, the PSP's idempotency key, with the token of the payment's
   * instrument where that PSP issued it (a payout's destination, a saved deposit instrument).
   */
  const sendOrder = async (pspKey: string, input: PspAttemptInput): Promise<PspAnswer> => {
    // A refund reverses the deposit's capture at its PSP, which knows the card: it is not a payout to a token (a
    // card that takes no payouts is still refunded).
    const instrumentToken =
      input.purpose === 'REFUND' ? undefined : await instrumentTokenFor(db, input.paymentId, input.psp);
    return adapter(input.psp).send({
      attemptId: pspKey,
      operation: input.operation,
      playerId: input.playerId,
      amountMinor: input.amountMinor,
      currency: input.currency,
      country: input.country,
      method: input.method,
      ...(instrumentToken !== undefined && { instrumentToken }),
    });
  };

  /**
   * Keeps the instrument a PSP tokenised for a deposit; it becomes the deposit's instrument once that PSP has the
   * money or may still take it (a declined try's instrument is kept, unlinked: it never funded the account).
   */
  async function keepDepositInstrument(input: PspAttemptInput, answer: PspAnswer): Promise<void> {
    if (input.purpose !== 'DEPOSIT' || !answer.instrument) return;
    const mayHoldMoney = answer.outcome === PspOutcomeClass.SUCCESS || answer.outcome === PspOutcomeClass.PENDING;
    await recordTokenisedInstrument(
      db,
      {
        playerId: input.playerId,
        psp: input.psp,
        instrument: answer.instrument,
        ...(mayHoldMoney && { linkToPayment: input.paymentId }),
      },
      logger,
    );
  }

  /**
   * A retried PSP call: the try before may have reached the PSP before its worker died. What is already known
   * wins (a final outcome recorded by that try or by a webhook; the order as the PSP has it); only an order the
   * PSP never saw is sent again. No answer at all from the PSP is not an outage here but an unknown outcome:
   * the activity fails and retries, so nobody fails over while the first order may stand.
   */
  async function resendAfterCrash(attemptId: string, input: PspAttemptInput): Promise<PspAnswer> {
    const known = (await findFinalAttemptOutcome(db, attemptId)) ?? (await adapter(input.psp).lookup(attemptId));
    if (known) return known;
    const answer = await sendOrder(attemptId, input);
    if (answer.outcome === PspOutcomeClass.OUTAGE || answer.outcome === PspOutcomeClass.TIMEOUT) {
      throw ApplicationFailure.create({
        type: 'PSP_OUTCOME_UNKNOWN',
        message: `${input.psp} did not answer the resent order ${attemptId}; its first try may stand, so it is asked again`,
      });
    }
    return answer;
  }

  /**
   * A saga's first step: its payment must have been recorded by the request that started it (that request starts
   * the saga before its COMMIT, and may still roll back). Otherwise the saga must end without doing anything.
   */
  async function requireRecorded(paymentId: string): Promise<void> {
    if (await paymentRecorded(db, paymentId)) return;
    throw ApplicationFailure.create({
      type: PAYMENT_NOT_RECORDED,
      message: `payment ${paymentId} was never recorded: the request that started this saga was rolled back`,
      nonRetryable: true,
    });
  }

  return {
    recordPaymentStep: async (step: PaymentStep): Promise<void> =>
      observePaymentSlo(step, await recordPaymentStep(db, step)),

    /** The deposit's refusal, or null; fails PAYMENT_NOT_RECORDED if its request never recorded it. */
    checkDeposit: (input: {
      /** Absent in sagas started before the check existed: their payments were recorded before the start. */
      depositId?: string;
      playerId: string;
      amountMinor: number;
      currency: string;
    }): Promise<string | null> =>
      asActivity(async () => {
        if (input.depositId !== undefined) await requireRecorded(input.depositId);
        return (await depositRefusal(db, gates, input)) ?? null;
      }),

    checkWithdrawal: (input: {
      withdrawalId: string;
      playerId: string;
      amountMinor: number;
      currency: string;
      policy: ApprovalPolicy;
    }): Promise<WithdrawalContext & { risk: WithdrawalRisk; approvalsNeeded: number; seniorRequired: boolean }> =>
      asActivity(async () => {
        await requireRecorded(input.withdrawalId);
        const context = await withdrawalContext(db, gates, input);
        const risk = assessWithdrawalRisk(context.riskFacts);
        if (
          !context.refusal &&
          requireEnhancedDueDiligence &&
          (await riskRuleRequiresEdd(db, input.playerId, input, risk.level))
        ) {
          await requireEnhancedDueDiligence({ playerId: input.playerId, trigger: DueDiligenceTrigger.RISK_RULE });
        }
        return { ...context, risk, ...requiredApprovals(input.amountMinor, risk, input.policy) };
      }),

    /** The case of the player's active AML hold, or null when their payouts may go (the withdrawal's AML gate). */
    findActiveAmlHold: async (input: { playerId: string }): Promise<{ caseId: string } | null> =>
      (await gates.activeAmlHold(db, input.playerId)) ?? null,

    routePayment: (request: RoutingRequest): Promise<RouteCandidate[]> => routePayment(db, request),

    /** Sends one order to a PSP and records the attempt and its classified answer. */
    /**
     * Sends one attempt to a PSP. A payout whose player came under an AML hold after the saga's AML gate is not
     * sent: it fails, not to be retried, as AML_HELD with the case id (the saga waits for the release, then sends).
     */
    sendToPsp: (input: PspAttemptInput): Promise<Omit<PspAnswer, 'instrument'> & { attemptId: string }> =>
      asActivity(async () => {
        const attemptId = attemptIdOf(input.paymentId, input.seq, input.purpose);
        const { heldByAmlCase } = await recordAttemptSent(db, {
          attemptId,
          paymentId: input.paymentId,
          playerId: input.playerId,
          seq: input.seq,
          psp: input.psp,
          operation: input.purpose,
        });
        if (heldByAmlCase) {
          throw ApplicationFailure.create({
            type: PAYOUT_AML_HELD,
            message: `payout not sent: AML case ${heldByAmlCase} holds the player's payouts`,
            details: [heldByAmlCase],
            nonRetryable: true,
          });
        }
        const retried = Context.current().info.attempt > 1 && !idempotencyDisabledByChaosDrill(input.purpose);
        const answer = await heartbeating(
          retried ? resendAfterCrash(attemptId, input) : sendOrder(pspKeyOf(attemptId, input.purpose), input),
        );
        if (answer.codeKnown === false) {
          logger.warn(
            { psp: input.psp, code: answer.code },
            'PSP decline code missing from the taxonomy: counted as soft',
          );
        }
        await keepDepositInstrument(input, answer);
        await recordAttemptOutcome(db, attemptId, answer);
        return { ...withoutInstrument(answer), attemptId };
      }),

    /** Asks a PSP where an attempt stands (a pending payout whose webhook did not come); null if it never saw it. */
    lookupPspAttempt: async (input: {
      psp: string;
      attemptId: string;
    }): Promise<Omit<PspAnswer, 'instrument'> | null> => {
      const answer = await adapter(input.psp).lookup(input.attemptId);
      if (answer && answer.outcome !== 'PENDING') await recordAttemptOutcome(db, input.attemptId, answer);
      return answer ? withoutInstrument(answer) : null;
    },

    /** Credits a captured deposit, unless the player self-excluded or closed meanwhile (then the saga refunds). */
    creditCapturedDeposit: (input: {
      depositId: string;
      playerId: string;
      psp: string;
      amountMinor: number;
      currency: string;
    }): Promise<MovementResult> =>
      asActivity(async () => {
        const refusal = await depositCreditRefusal(db, input.playerId);
        if (refusal) {
          throw ApplicationFailure.create({
            type: 'DEPOSIT_NOT_CREDITABLE',
            message: `captured deposit ${input.depositId} cannot be credited: ${refusal}`,
            nonRetryable: true,
          });
        }
        const credited = await creditDeposit(db, { ...input, currency: currencySchema.parse(input.currency) });
        // After the credit, so an instrument counts as a deposit instrument only once its money is in the account.
        await markInstrumentDeposited(db, input.depositId);
        // Here, in the step that credits, rather than in a consumer of wallet.transactions: the level is raised
        // before the saga reports the deposit credited, and a retry raises nothing twice (levels never go down).
        await raiseForCumulativeDeposits(db, input.playerId);
        return credited;
      }),

    recordDecision: (decision: {
      paymentId: string;
      staffId: string;
      decision: 'APPROVE' | 'REJECT';
      role: string;
      reason?: string;
    }): Promise<void> => recordDecision(db, decision),

    reconcilePsp: (input: { runId: string; psp: string; from: string; to: string }) =>
      reconcilePsp(db, adapter(input.psp), input.runId, new Date(input.from), new Date(input.to)),
  };
}

export type PaymentsActivities = ReturnType<typeof createPaymentsActivities>;
