import {
  WorkflowExecutionAlreadyStartedError,
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

/**
 * Records a payment request and starts its saga. Both steps are idempotent (the player's key, the workflow id
 * with duplicates rejected even after the first run closed), so a client retrying after a crash between them
 * gets the same payment and the saga started exactly once. `start` starts the saga by typed reference
 * (`client.workflow.start<typeof depositWorkflow>(...)`) with these options and the saga's input.
 */
export async function startPaymentSaga(
  deps: { db: Db; temporal: Client },
  request: NewPayment,
  start: (payment: Payment, options: PaymentSagaOptions) => Promise<unknown>,
): Promise<{ payment: Payment; created: boolean }> {
  let recorded: { payment: Payment; created: boolean };
  try {
    recorded = await createPayment(deps.db, request);
  } catch (err) {
    if (err instanceof PaymentRuleError) throw paymentRuleProblem(err);
    throw err;
  }
  const { payment } = recorded;
  try {
    await start(payment, {
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
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return recorded;
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

/** Runs a Workflow Update; a decision its validator refuses becomes a problem that says why. */
export async function updateOrProblem<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type && cause.type in decisionStatus) {
      const code = cause.type as PaymentsErrorType;
      throw new HttpProblemError(decisionStatus[code], 'Decision refused', cause.message, { code });
    }
    throw err;
  }
}
