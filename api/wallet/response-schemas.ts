import { z } from 'zod';
import { currencySchema, GameSessionEndReason } from '../../contracts/wallet';
import { GameSessionStatus } from '../../domain/wallet/game-sessions';
import { count, dateTime, minor, nullableDateTime } from '../openapi/common-schemas';
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

/** A game session as the player API shows it (never its launch token). */
export const gameSessionSchema = z
  .object({
    sessionId: z.string(),
    playerId: z.string(),
    providerId: z.string(),
    gameId: z.string(),
    currency: currencySchema,
    status: z.enum(Object.values(GameSessionStatus)),
    openedAt: dateTime,
    expiresAt: dateTime.meta({ description: 'Absolute expiry, however active the session is.' }),
    idleTimeoutSeconds: count.meta({ description: 'The session also expires after this long without a bet.' }),
    endedAt: nullableDateTime,
    endReason: z.enum(Object.values(GameSessionEndReason)).nullable(),
  })
  .meta({ id: 'GameSession', description: 'A game session of the player: one provider, one game, one currency.' });

/** An opened game session, with the launch token that only this answer carries. */
export const openedGameSessionSchema = z
  .object({
    ...gameSessionSchema.shape,
    launchToken: z.string().meta({
      description:
        'Hand it to the game provider (the game launch URL): it sends it as `sessionToken` with every bet. 256 ' +
        'random bits; the back office keeps only its hash, so it cannot be read again.',
    }),
  })
  .meta({ id: 'OpenedGameSession' });

/** What logging out of every game ended. */
export const endedSessionsSchema = z
  .object({ ended: count.meta({ description: 'How many open sessions were ended.' }) })
  .meta({ id: 'EndedGameSessions' });
