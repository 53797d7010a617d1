import { z } from 'zod';
import { defineEvent } from '../../platform/events';
import { currencySchema } from './money';

/**
 * Published for every ledger transaction (bets, wins, rollbacks, deposits, withdrawals, bonus moves). Written by
 * the `ledger_post` SQL function in the same database transaction as the postings; this is its contract.
 */
export const walletTransactionPostedEvent = defineEvent({
  topic: 'wallet.transactions',
  type: 'wallet.transaction.posted',
  version: 1,
  payload: z.object({
    transactionId: z.number().int().positive(),
    idempotencyKey: z.string().min(1),
    kind: z.string().min(1),
    playerId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    postings: z
      .array(
        z.object({
          accountCode: z.string(),
          accountKind: z.string(),
          amountMinor: z.number().int(),
          currency: currencySchema,
        }),
      )
      .min(2),
  }),
});
