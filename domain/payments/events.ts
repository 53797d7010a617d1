import { z } from 'zod';
import { currencySchema } from '../../contracts/wallet';
import { DepositStatus, WithdrawalStatus, PaymentMethod } from '../../contracts/payments';
import { defineEvent } from '../../platform/events';

const paymentFields = {
  paymentId: z.string().min(1),
  playerId: z.string().min(1),
  brand: z.string().min(1),
  /** The player's country (ISO 3166-1 alpha-2), which names the jurisdiction whose rules apply. */
  country: z.string().length(2),
  amountMinor: z.number().int().positive(),
  currency: currencySchema,
  method: z.enum(Object.values(PaymentMethod) as [PaymentMethod, ...PaymentMethod[]]),
  /** The payment instrument (a PSP token's record, `payment_instruments`): the deposit's source, the payout's destination. */
  instrumentId: z.string().nullable(),
  psp: z.string().nullable(),
  failureReason: z.string().nullable(),
};

/**
 * Published whenever a deposit's status changes (requested, credited, declined, refused, refunded), in the same
 * transaction as the change (domain/payments/payments-repository.ts recordPaymentStep). Ids, codes and amounts
 * only: no personal data travels on Kafka. AML monitoring and responsible gambling read it.
 */
export const depositStatusChangedEvent = defineEvent({
  topic: 'payments.deposits',
  type: 'payments.deposit.status-changed',
  version: 1,
  payload: z.object({
    ...paymentFields,
    status: z.enum(Object.values(DepositStatus) as [DepositStatus, ...DepositStatus[]]),
    previousStatus: z.enum(Object.values(DepositStatus) as [DepositStatus, ...DepositStatus[]]).nullable(),
  }),
});

/** The same for withdrawals (requested, approved, held, paid, rejected, cancelled, failed). */
export const withdrawalStatusChangedEvent = defineEvent({
  topic: 'payments.withdrawals',
  type: 'payments.withdrawal.status-changed',
  version: 1,
  payload: z.object({
    ...paymentFields,
    status: z.enum(Object.values(WithdrawalStatus) as [WithdrawalStatus, ...WithdrawalStatus[]]),
    previousStatus: z.enum(Object.values(WithdrawalStatus) as [WithdrawalStatus, ...WithdrawalStatus[]]).nullable(),
  }),
});
