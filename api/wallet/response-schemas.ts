import { z } from 'zod';
import { currencySchema } from '../../contracts/wallet';
import { dateTime, minor } from '../openapi/common-schemas';
import { problemSchema } from '../openapi/response-schemas';

// What the seamless wallet answers, registered by id for the OpenAPI document (api/wallet/openapi.ts).

/** A player's wallet in one currency, as the player API shows it. */
export const walletBalanceSchema = z
  .object({
    playerId: z.string(),
    currency: currencySchema,
    cashMinor: minor,
    bonusMinor: minor,
    withdrawalPendingMinor: minor,
    playableMinor: minor.meta({ description: 'What the player can stake: cash plus bonus.' }),
  })
  .meta({ id: 'WalletBalance' });

const walletTransactionBalance = z.object({ cashMinor: minor, bonusMinor: minor, playableMinor: minor });

/** The first answer to a bet, win or rollback. */
export const walletTransactionResultSchema = z
  .object({
    status: z.literal('OK'),
    kind: z.enum(['BET', 'WIN', 'ROLLBACK']),
    transactionId: z.string().meta({ description: "The provider's transaction id." }),
    walletTransactionId: z.int().nullable(),
    playerId: z.string(),
    currency: currencySchema,
    roundId: z.string(),
    split: z
      .object({ cashMinor: minor, bonusMinor: minor })
      .meta({ description: 'How much of the amount was cash and how much bonus.' }),
    balance: walletTransactionBalance,
    processedAt: dateTime,
  })
  .meta({
    id: 'WalletTransactionResult',
    description: 'The first answer for this transaction id; every repeat of the same request gets the same bytes.',
  });

/** How the seamless wallet refuses a call: a problem with the player's balance. */
export const walletRefusalSchema = z
  .intersection(
    problemSchema,
    z.object({
      transactionId: z.string().optional(),
      playerId: z.string().optional(),
      currency: currencySchema.optional(),
      balance: walletTransactionBalance.optional(),
    }),
  )
  .meta({
    id: 'WalletRefusal',
    description:
      'How the seamless wallet refuses a call: problem+json with a `code` (each code has one HTTP status, listed ' +
      "on each operation) and the player's balance as it is now, also on a repeat of a refused call.",
  });

/** A player's playable balance, as the wallet's `/balance` answers it. */
export const walletBalanceResultSchema = z
  .object({
    status: z.literal('OK'),
    playerId: z.string(),
    currency: currencySchema,
    balance: walletTransactionBalance,
  })
  .meta({ id: 'WalletBalanceResult', description: "The player's playable balance in the wallet's currency." });
