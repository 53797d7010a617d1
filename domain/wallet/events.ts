import { z } from 'zod';
import { defineEvent } from '../../platform/events';
import { currencySchema } from '../../contracts/wallet';

/**
 * Published for every ledger transaction (bets, wins, rollbacks, deposits, withdrawals, bonus moves). Written by
 * the `ledger_post_postings` SQL function in the same database transaction as the postings; this is its contract.
 */
export const walletTransactionPostedEvent = defineEvent({
  topic: 'wallet.transactions',
  type: 'wallet.transaction.posted',
  version: 2,
  payload: z.object({
    transactionId: z.number().int().positive(),
    idempotencyKey: z.string().min(1),
    kind: z.string().min(1),
    playerId: z.string().nullable(),
    currency: currencySchema,
    details: z.record(z.string(), z.unknown()),
    /** Postings as two parallel lists: the ledger account ids and their signed amounts in minor units. */
    accountIds: z.array(z.number().int().positive()).min(2),
    amountsMinor: z.array(z.number().int()).min(2),
  }),
});
