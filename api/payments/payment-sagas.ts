import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
  type WorkflowStartOptions,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { PaymentRuleError, type PaymentRuleType } from '../../domain/payments/errors';
import { createPayment, type NewPayment, type Payment } from '../../domain/payments/payments-repository';
import type { Db } from '../../platform/db';
import { HttpProblemError } from '../../platform/http-errors';
import type { Logger } from '../../platform/logger';
import { PaymentsErrorType, PAYMENTS_TASK_QUEUE } from '../../contracts/payments';
import { formatMoney } from '../../contracts/wallet';
import {
  AmountMinorSearchAttribute,
  BrandSearchAttribute,
  BusinessIdSearchAttribute,
  BusinessStatusSearchAttribute,
  CurrencySearchAttribute,
  PlayerIdSearchAttribute,
} from '../../workflows/search-attributes';

/** How every payment saga starts: its task queue, id, reuse policy, summary and search attributes. */
export type PaymentSagaOptions = Omit<WorkflowStartOptions, 'args'>;

/** How long a saga's start may take inside the payment's transaction: the request still answers within its 5 s. */
export const SAGA_START_TIMEOUT_MS = 4_000;
/** Tries of the best-effort terminate of a saga whose payment was not kept, and the wait before each. */
const ORPHAN_TERMINATE_DELAYS_MS = [0, 2_000, 8_000];

/**
 * Records a payment request and starts its saga, all or nothing: the saga is started inside the transaction that
 * records the payment, so a start that fails (Temporal down: a 503) rolls the request back and leaves no row, no
 * event and no audit entry, and the same request with the same key later does it all once. Two cases stay
 * ambiguous: a start that timed out may have happened, and a COMMIT may fail after the start. Each gets a
 * best-effort terminate of that saga; whatever it misses, the saga's first activity finds no payment row and ends
 * without doing anything (activities/payments). A repeat of a recorded request starts nothing new (the workflow id
 * is the payment's, duplicates rejected even after the first run closed). `start` starts the saga by typed
 * reference (`client.workflow.start<typeof depositWorkflow>(...)`) with these options and the saga's input.
 */
export async function startPaymentSaga(
  deps: { db: Db; temporal: Client; logger?: Logger },
  request: NewPayment,
  start: (payment: Payment, options: PaymentSagaOptions) => Promise<unknown>,
): Promise<{ payment: Payment; created: boolean }> {
  let attempted: string | undefined;
  try {
    return await createPayment(deps.db, request, async ({ payment, created }) => {
      // Only a saga of this request's own new payment may be terminated, never the running saga of a repeat's first.
      if (created) attempted = payment.workflowId;
      try {
        await deps.temporal.withDeadline(Date.now() + SAGA_START_TIMEOUT_MS, () =>
          start(payment, sagaOptions(payment, request)),
        );
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    });
  } catch (err) {
    if (err instanceof PaymentRuleError) throw paymentRuleProblem(err);
    if (attempted) terminateOrphanSaga(deps, attempted, err);
    throw err;
  }
}

function sagaOptions(payment: Payment, request: NewPayment): PaymentSagaOptions {
  return {
    taskQueue: PAYMENTS_TASK_QUEUE,
    workflowId: payment.workflowId,
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    staticSummary: `${payment.kind === 'DEPOSIT' ? 'Deposit' : 'Withdrawal'} ${payment.paymentId} of ${formatMoney(payment.amountMinor, payment.currency)} for player ${payment.playerId} by ${payment.method}, ${payment.country}`,
    staticDetails: `Requested by ${payment.requestedBy}; client key ${request.clientKey}`,
    typedSearchAttributes: [
      { key: BusinessIdSearchAttribute, value: payment.paymentId },
      { key: PlayerIdSearchAttribute, value: payment.playerId },
      { key: BrandSearchAttribute, value: payment.brand },
      { key: AmountMinorSearchAttribute, value: payment.amountMinor },
      { key: CurrencySearchAttribute, value: payment.currency },
      { key: BusinessStatusSearchAttribute, value: payment.status },
    ],
  };
}

/**
 * In the background (the request answers now): terminates a saga whose payment was rolled back, in case its start
 * reached Temporal after all. A saga that never started is not found, which is as good; a Temporal still down is
 * left to the saga's own check of its payment row.
 */
function terminateOrphanSaga(deps: { temporal: Client; logger?: Logger }, workflowId: string, cause: unknown): void {
  const reason = `its payment was not recorded (the request failed: ${(cause as Error).message ?? String(cause)})`;
  void (async () => {
    for (const delayMs of ORPHAN_TERMINATE_DELAYS_MS) {
      await new Promise((resolve) => setTimeout(resolve, delayMs).unref());
      try {
        await deps.temporal.workflow.getHandle(workflowId).terminate(reason);
        deps.logger?.warn({ workflowId }, 'terminated a saga whose payment was not recorded');
        return;
      } catch (err) {
        if (err instanceof WorkflowNotFoundError) return;
      }
    }
    deps.logger?.warn({ workflowId }, 'could not terminate a saga whose payment was not recorded; it will end itself');
  })();
}

/** The HTTP status of each payment rule a request can break: one status per code. */
export const paymentRuleStatus: Record<PaymentRuleType, number> = {
  IDEMPOTENCY_KEY_REUSED: 409,
  UNKNOWN_PLAYER: 404,
  CURRENCY_MISMATCH: 422,
  PLAYER_MAY_NOT_DEPOSIT: 422,
  PLAYER_MAY_NOT_WITHDRAW: 422,
  NO_ROUTE: 422,
  PSP_REQUEST_REJECTED: 422,
  UNKNOWN_INSTRUMENT: 404,
  INSTRUMENT_METHOD_MISMATCH: 422,
  INSTRUMENT_CANNOT_RECEIVE_PAYOUTS: 422,
  INSTRUMENT_NOT_USED_FOR_DEPOSIT: 422,
  NO_PAYOUT_INSTRUMENT: 422,
  KYC_NOT_VERIFIED: 403,
  KYC_REJECTED: 403,
  KYC_RESTRICTED: 403,
};

export function paymentRuleProblem(err: PaymentRuleError): HttpProblemError {
  return new HttpProblemError(paymentRuleStatus[err.type], 'Payment refused', err.message, {
    code: err.type,
    ...err.context,
  });
}

/** The HTTP status of each refusal of a saga's Update validator (and of the route's own check of the same rule). */
export const decisionStatus: Record<PaymentsErrorType, number> = {
  [PaymentsErrorType.NotAuthorised]: 403,
  [PaymentsErrorType.MakerCannotApprove]: 403,
  [PaymentsErrorType.SeniorApprovalRequired]: 403,
  [PaymentsErrorType.AlreadyDecided]: 409,
  [PaymentsErrorType.NotAwaitingDecision]: 409,
  [PaymentsErrorType.CancellationNotAllowed]: 409,
  [PaymentsErrorType.NotRetryable]: 409,
  [PaymentsErrorType.ReasonRequired]: 400,
};

/**
 * Runs a Workflow Update; a decision its validator refuses becomes a problem that says why. So does an Update sent
 * to a saga that has already finished (Temporal answers WorkflowNotFoundError: "workflow execution already
 * completed"), which the payment's status in Postgres may not show yet: it is refused with `whenFinished`.
 */
export async function updateOrProblem<T>(run: () => Promise<T>, whenFinished: PaymentsErrorType): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) {
      throw new HttpProblemError(
        decisionStatus[whenFinished],
        'Decision refused',
        'the payment is no longer in progress',
        {
          code: whenFinished,
        },
      );
    }
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type && cause.type in decisionStatus) {
      const code = cause.type as PaymentsErrorType;
      throw new HttpProblemError(decisionStatus[code], 'Decision refused', cause.message, { code });
    }
    throw err;
  }
}
