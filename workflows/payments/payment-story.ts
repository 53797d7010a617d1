import { proxyLocalActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { PaymentsActivities } from '../../activities/payments';
import { readModelWrite } from '../activity-presets';
import {
  AmountMinorSearchAttribute,
  BusinessStatusSearchAttribute,
  CurrencySearchAttribute,
  PlayerIdSearchAttribute,
  PspSearchAttribute,
} from '../search-attributes';
import type { PaymentRequest } from '../../contracts/payments';

const { recordPaymentStep } = proxyLocalActivities<PaymentsActivities>(readModelWrite);

/**
 * Tells a payment's story in both places people read it: the search attributes engineers filter on in Temporal
 * Web, and the read model's timeline the back office shows. Step keys are numbered in workflow order, so a
 * replayed or retried step is recorded once.
 */
export function paymentStory<S extends string>(request: PaymentRequest, state: { status: S }) {
  const { paymentId } = request;
  let step = 0;
  // Whoever started the saga, Temporal Web can find it by player, amount and currency.
  upsertSearchAttributes([
    { key: PlayerIdSearchAttribute, value: request.playerId },
    { key: AmountMinorSearchAttribute, value: request.amountMinor },
    { key: CurrencySearchAttribute, value: request.currency },
  ]);
  return {
    async moveTo(
      status: S,
      type: string,
      detail: Record<string, unknown> = {},
      extra: {
        actor?: string;
        psp?: string;
        failureReason?: string;
        approvalsNeeded?: number;
        escalated?: boolean;
      } = {},
    ): Promise<void> {
      state.status = status;
      upsertSearchAttributes([
        { key: BusinessStatusSearchAttribute, value: status },
        ...(extra.psp ? [{ key: PspSearchAttribute, value: extra.psp }] : []),
      ]);
      step += 1;
      await recordPaymentStep({
        paymentId,
        stepKey: `${step}-${type}`,
        type,
        actor: extra.actor ?? 'system',
        detail,
        status,
        psp: extra.psp,
        failureReason: extra.failureReason,
        approvalsNeeded: extra.approvalsNeeded,
        escalated: extra.escalated,
      });
    },
    /** A timeline entry that does not change the status (a PSP try, a decision, a forfeited bonus). */
    async note(type: string, detail: Record<string, unknown>, actor = 'system'): Promise<void> {
      step += 1;
      await recordPaymentStep({ paymentId, stepKey: `${step}-${type}`, type, actor, detail });
    },
  };
}
