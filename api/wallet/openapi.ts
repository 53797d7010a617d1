import type { z } from 'zod';
import { Tag, type DomainOpenApi, type OperationSpec } from '../openapi/operation-spec';
import { string, dateTime, minor, ref, object } from '../openapi/schema-helpers';
import {
  balanceRequestSchema,
  betRequestSchema,
  rollbackRequestSchema,
  winRequestSchema,
} from '../../domain/wallet/seamless-wallet';

const walletBalance = object({
  playerId: string,
  currency: ref('Currency'),
  cashMinor: minor,
  bonusMinor: minor,
  withdrawalPendingMinor: minor,
  playableMinor: { ...minor, description: 'What the player can stake: cash plus bonus.' },
});

const walletTransactionBalance = object({ cashMinor: minor, bonusMinor: minor, playableMinor: minor });

const signedWalletCall = (
  path: string,
  operationId: string,
  summary: string,
  description: string,
  body: z.ZodType,
  errors: number[],
): OperationSpec => ({
  method: 'post',
  path: `/wallet/v1${path}`,
  operationId,
  tag: Tag.SeamlessWallet,
  summary,
  description,
  caller: 'game provider',
  body,
  success: {
    status: 200,
    description: 'The outcome; a repeat of the same transaction id and body gets the first answer byte for byte.',
    schema: path === '/balance' ? 'WalletBalanceResult' : 'WalletTransactionResult',
  },
  errors,
});

/** The seamless wallet that game providers call for every bet, win and rollback, signed. */
export const walletOpenApi: DomainOpenApi = {
  requestSchemas: [
    [balanceRequestSchema, 'WalletBalanceRequest'],
    [betRequestSchema, 'WalletBetOrWinRequest'],
    [rollbackRequestSchema, 'WalletRollbackRequest'],
  ],
  responseSchemas: {
    WalletBalance: walletBalance,
    WalletTransactionResult: object(
      {
        status: { const: 'OK' },
        kind: { type: 'string', enum: ['BET', 'WIN', 'ROLLBACK'] },
        transactionId: { type: 'string', description: "The provider's transaction id." },
        walletTransactionId: { type: ['integer', 'null'] },
        playerId: string,
        currency: ref('Currency'),
        roundId: string,
        split: object({ cashMinor: minor, bonusMinor: minor }, 'How much of the amount was cash and how much bonus.'),
        balance: walletTransactionBalance,
        processedAt: dateTime,
      },
      'The first answer for this transaction id; every repeat of the same request gets the same bytes.',
    ),
    WalletBalanceResult: {
      type: 'object',
      description: "The player's playable balance in the wallet's currency.",
      properties: {
        status: { const: 'OK' },
        playerId: string,
        currency: ref('Currency'),
        balance: walletTransactionBalance,
      },
      required: ['status', 'playerId', 'currency', 'balance'],
    },
  },
  operations: [
    signedWalletCall(
      '/balance',
      'walletBalance',
      "Read a player's balance",
      "The playable balance (cash plus bonus) in the currency of the request, which must be the wallet's.",
      balanceRequestSchema,
      [404],
    ),
    signedWalletCall(
      '/bet',
      'walletBet',
      'Debit a stake',
      'Spends cash before bonus money. Refused (and refused for good) for blocked, self-excluded and closed players, ' +
        'for insufficient funds (422 `INSUFFICIENT_FUNDS` with the balance), and after a rollback of the same id.',
      betRequestSchema,
      [403, 404, 409, 422],
    ),
    signedWalletCall(
      '/win',
      'walletWin',
      'Credit a payout',
      "Pays back in the stake's cash/bonus proportion; always paid, whatever the player's status.",
      winRequestSchema,
      [404, 409, 422],
    ),
    signedWalletCall(
      '/rollback',
      'walletRollback',
      'Reverse a bet',
      'A rollback of an unseen bet answers 404 `UNKNOWN_TRANSACTION` and leaves a tombstone that refuses the late ' +
        'bet; a bet of a round that already has a win cannot be rolled back (409 `ROUND_ALREADY_SETTLED`).',
      rollbackRequestSchema,
      [404, 409, 422],
    ),
  ],
};
