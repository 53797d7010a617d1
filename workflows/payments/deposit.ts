import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';
import type { PaymentsActivities } from '../../activities/payments';
import { internalDbWrite } from '../activity-presets';
import { DepositStatus, type DepositInput, type DepositState } from '../../contracts/payments';
import { getDepositStatusQuery, pspResultSignal } from './messages';
import { paymentStory } from './payment-story';
import { pspAttempts } from './psp-attempts';
import { endIfPaymentNotRecorded } from './unrecorded-payment';

const { checkDeposit, routePayment, creditCapturedDeposit } = proxyActivities<PaymentsActivities>(internalDbWrite);

/** A refund that keeps failing is retried at this pace, for as long as it takes, while a human is told. */
const REFUND_RETRY_BACKOFF_MS = [5_000, 30_000, 120_000, 600_000, 3_600_000];

/**
 * A deposit: check the player may deposit, route it, authorise it with one PSP after another until one
 * captures (or a hard decline ends it), wait for the PSP's confirmation, then credit the wallet exactly once. If
 * the credit can no longer be made after the PSP captured, the money goes back through the PSP; a refund that
 * keeps failing is retried until it succeeds and shows as NEEDS_ATTENTION meanwhile.
 */
export async function depositWorkflow(input: DepositInput): Promise<DepositState> {
  const state: DepositState = { depositId: input.paymentId, status: DepositStatus.REQUESTED, route: [], attempts: [] };
  const story = paymentStory<DepositStatus>(input, state);
  const psps = pspAttempts(input, state.attempts, (type, detail) => story.note(type, detail));
  setHandler(getDepositStatusQuery, () => state);
  setHandler(pspResultSignal, (result) => psps.onWebhook(result));

  const finish = async (
    status: DepositStatus,
    type: string,
    failure?: string,
    detail: Record<string, unknown> = {},
  ) => {
    state.failure = failure;
    await story.moveTo(
      status,
      type,
      { ...detail, ...(failure ? { reason: failure } : {}) },
      { failureReason: failure },
    );
    await condition(allHandlersFinished);
    return state;
  };

  const refusal = await checkDeposit({
    depositId: input.paymentId,
    playerId: input.playerId,
    amountMinor: input.amountMinor,
    currency: input.currency,
  }).catch(endIfPaymentNotRecorded);
  if (refusal) return finish(DepositStatus.REFUSED, 'REFUSED', refusal);

  state.route = (await routePayment({ kind: 'DEPOSIT', ...input })).map((c) => c.psp);
  await story.note('ROUTED', { route: state.route });
  if (state.route.length === 0) return finish(DepositStatus.REFUSED, 'REFUSED', 'no PSP can take this payment');

  const outcome = await psps.walk(state.route, 'DEPOSIT', input.confirmationTimeoutMs, (psp) =>
    story.moveTo(DepositStatus.AUTHORISING, 'AUTHORISING', { psp }, { psp }),
  );
  if (outcome.result !== 'SUCCEEDED') {
    const why =
      outcome.result === 'UNKNOWN'
        ? `no confirmation from ${outcome.attempt.psp} within ${input.confirmationTimeoutMs} ms`
        : `declined (${outcome.attempt?.psp ?? 'no PSP'} ${outcome.attempt?.code ?? outcome.attempt?.outcome ?? ''})`.trim();
    return finish(DepositStatus.DECLINED, 'DECLINED', why);
  }
  const psp = outcome.attempt.psp;

  await story.moveTo(DepositStatus.CREDITING, 'CAPTURED', { psp, pspReference: outcome.attempt.pspReference }, { psp });
  try {
    const credit = await creditCapturedDeposit({
      depositId: input.paymentId,
      playerId: input.playerId,
      psp,
      amountMinor: input.amountMinor,
      currency: input.currency,
    });
    state.ledgerTransactionId = credit.transactionId;
    return finish(DepositStatus.CREDITED, 'CREDITED', undefined, { ledgerTransactionId: credit.transactionId });
  } catch (err) {
    if (!(err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.nonRetryable))
      throw err;
    state.failure = err.cause.message;
  }

  // Compensation: the PSP holds the player's money and the wallet cannot take it, so it goes back.
  await story.moveTo(DepositStatus.REFUNDING, 'REFUNDING', { reason: state.failure });
  for (let round = 0; ; round += 1) {
    const refund = await psps.walk([psp], 'REFUND', input.confirmationTimeoutMs, async () => undefined);
    if (refund.result === 'SUCCEEDED') return finish(DepositStatus.REFUNDED, 'REFUNDED', state.failure);
    if (state.status !== DepositStatus.NEEDS_ATTENTION) {
      await story.moveTo(DepositStatus.NEEDS_ATTENTION, 'REFUND_FAILING', { attempt: refund.attempt });
    }
    await sleep(REFUND_RETRY_BACKOFF_MS[Math.min(round, REFUND_RETRY_BACKOFF_MS.length - 1)]!);
  }
}
