import { condition, proxyActivities } from '@temporalio/workflow';
import type { PaymentsActivities, PspAttemptInput } from '../../activities/payments';
import { externalPspCall } from '../activity-presets';
import {
  failsOver,
  PspOutcomeClass,
  type AttemptView,
  type PaymentRequest,
  type PspResult,
} from '../../contracts/payments';

const { sendToPsp, lookupPspAttempt } = proxyActivities<PaymentsActivities>(externalPspCall);

/** How a walk down the route ended. UNKNOWN: a PSP still has the order pending; nobody may try elsewhere yet. */
export type RouteOutcome =
  | { result: 'SUCCEEDED'; attempt: AttemptView }
  | { result: 'HARD_DECLINED'; attempt: AttemptView }
  | { result: 'UNKNOWN'; attempt: AttemptView }
  | { result: 'EXHAUSTED'; attempt?: AttemptView };

/** The PSP attempts of one payment: its tries so far and the webhook results the API signalled. */
export function pspAttempts(
  request: PaymentRequest,
  attempts: AttemptView[],
  note: (type: string, detail: Record<string, unknown>) => Promise<void>,
) {
  const webhookResults = new Map<string, PspResult>();

  /** Waits for a pending attempt's webhook, then asks the PSP itself; still pending means UNKNOWN. */
  async function settle(attempt: AttemptView, timeoutMs: number): Promise<AttemptView> {
    if (timeoutMs > 0) await condition(() => webhookResults.has(attempt.attemptId), timeoutMs);
    const signalled = webhookResults.get(attempt.attemptId);
    const final = signalled ?? (await lookupPspAttempt({ psp: attempt.psp, attemptId: attempt.attemptId }));
    if (final && final.outcome !== PspOutcomeClass.PENDING) {
      attempt.outcome = final.outcome;
      attempt.code = final.code;
      await note('PSP_FINAL_STATUS', { ...attempt, via: signalled ? 'webhook' : 'status lookup' });
    }
    return attempt;
  }

  return {
    /** Records a PSP's webhook result; the first final word per attempt counts (duplicates change nothing). */
    onWebhook(result: PspResult) {
      if (result.outcome !== PspOutcomeClass.PENDING && !webhookResults.has(result.attemptId)) {
        webhookResults.set(result.attemptId, result);
      }
    },

    /**
     * Tries the route's PSPs in order until one succeeds, a hard decline ends it, or a pending order leaves the
     * outcome unknown. Soft declines, timeouts and outages fail over to the next PSP.
     */
    async walk(
      route: string[],
      purpose: PspAttemptInput['purpose'],
      confirmationTimeoutMs: number,
      onAttempt: (psp: string) => Promise<void>,
    ): Promise<RouteOutcome> {
      let last: AttemptView | undefined;
      for (const psp of route) {
        await onAttempt(psp);
        const answer = await sendToPsp({
          paymentId: request.paymentId,
          seq: attempts.length + 1,
          psp,
          purpose,
          operation: purpose === 'DEPOSIT' ? 'DEPOSIT' : 'PAYOUT',
          playerId: request.playerId,
          amountMinor: request.amountMinor,
          currency: request.currency,
          country: request.country,
          method: request.method,
        });
        last = {
          attemptId: answer.attemptId,
          psp,
          outcome: answer.outcome,
          code: answer.code,
          pspReference: answer.pspReference,
        };
        attempts.push(last);
        await note('PSP_ATTEMPT', { ...last, latencyMs: answer.latencyMs });
        if (last.outcome === PspOutcomeClass.PENDING) await settle(last, confirmationTimeoutMs);
        if (last.outcome === PspOutcomeClass.PENDING) return { result: 'UNKNOWN', attempt: last };
        if (last.outcome === PspOutcomeClass.SUCCESS) return { result: 'SUCCEEDED', attempt: last };
        if (!failsOver(last.outcome)) return { result: 'HARD_DECLINED', attempt: last };
      }
      return { result: 'EXHAUSTED', attempt: last };
    },

    /** Asks again about an attempt whose outcome was unknown (a human retried it). */
    async recheck(attempt: AttemptView): Promise<RouteOutcome> {
      await settle(attempt, 0);
      if (attempt.outcome === PspOutcomeClass.SUCCESS) return { result: 'SUCCEEDED', attempt };
      if (attempt.outcome === PspOutcomeClass.PENDING) return { result: 'UNKNOWN', attempt };
      if (!failsOver(attempt.outcome)) return { result: 'HARD_DECLINED', attempt };
      return { result: 'EXHAUSTED', attempt };
    },
  };
}
