import { deviceHeader } from '../players/player-devices';
import type { z } from 'zod';
import {
  answeredWith,
  codesOf,
  NOT_FOUND,
  Tag,
  type DomainOpenApi,
  type OperationSpec,
} from '../openapi/operation-spec';
import { gameSessionRequestSchema } from '../../domain/wallet/game-sessions';
import {
  balanceRequestSchema,
  betRequestSchema,
  rollbackRequestSchema,
  walletRefusalStatus,
  winRequestSchema,
  type WalletRefusalCode,
} from '../../domain/wallet/seamless-wallet';
import {
  endedSessionsSchema,
  gameSessionSchema,
  openedGameSessionSchema,
  walletBalanceResultSchema,
  walletRefusalSchema,
  walletTransactionResultSchema,
} from './response-schemas';
import { gameSessionIdParam } from './game-session-router';
import { signatureDetail } from './seamless-router';

/** Refusal codes in a description, each with its one HTTP status: what a provider's developer reads first. */
const refusalText = (codes: readonly WalletRefusalCode[]) =>
  ' Refusal codes (problem+json `code`, with the current `balance`): ' +
  codes.map((code) => `\`${code}\` (${walletRefusalStatus[code]})`).join(', ') +
  '.';

const signedWalletCall = (
  path: string,
  operationId: string,
  summary: string,
  description: string,
  body: z.ZodType,
  refusals: readonly WalletRefusalCode[],
): OperationSpec => ({
  method: 'post',
  path: `/wallet/v1${path}`,
  operationId,
  tag: Tag.SeamlessWallet,
  summary,
  description: description + refusalText(refusals),
  caller: 'game provider',
  body,
  success: {
    status: 200,
    description: 'The outcome; a repeat of the same transaction id and body gets the first answer byte for byte.',
    schema: path === '/balance' ? walletBalanceResultSchema : walletTransactionResultSchema,
  },
  // The refusal codes of the operation, and the signature codes every signed call can answer.
  errors: { ...answeredWith(401, Object.keys(signatureDetail)), ...codesOf(walletRefusalStatus, ...refusals) },
  problemSchema: walletRefusalSchema,
});

// Until the player API authenticates players (its middleware sets the player), these answer 401.

/**
 * The seamless wallet that game providers call for every bet, win and rollback, signed; and the player API's game
 * sessions, whose launch token the provider carries on every bet.
 */
export const walletOpenApi: DomainOpenApi = {
  requestSchemas: [
    [gameSessionRequestSchema, 'GameSessionRequest'],
    [balanceRequestSchema, 'WalletBalanceRequest'],
    [betRequestSchema, 'WalletBetRequest'],
    [winRequestSchema, 'WalletWinRequest'],
    [rollbackRequestSchema, 'WalletRollbackRequest'],
  ],
  operations: [
    signedWalletCall(
      '/balance',
      'walletBalance',
      "Read a player's balance",
      "The playable balance (cash plus bonus) in the currency of the request, which must be the wallet's.",
      balanceRequestSchema,
      ['UNKNOWN_PLAYER', 'CURRENCY_MISMATCH'],
    ),
    signedWalletCall(
      '/bet',
      'walletBet',
      'Debit a stake',
      'Spends cash before bonus money. Carries the launch token of the game session the player opened ' +
        '(`sessionToken`). Refused (and refused for good: a repeat answers the same code) by the bet gate (player ' +
        "status; the player's KYC standing: `KYC_NOT_VERIFIED` where the jurisdiction requires verification before " +
        'play, `KYC_REJECTED`, `KYC_RESTRICTED` while enhanced due diligence is overdue; ' +
        "a provider outside the player's brand or a game it does not offer; a session token that is not this " +
        "player's, provider's and game's, an expired or ended session; responsible gambling: a time-out or " +
        'self-exclusion in force, the session-time limit, stake caps by jurisdiction, product and age, loss and wager ' +
        'limits over their rolling windows), on ' +
        'a round already finished, for insufficient funds, and after a rollback of the same id.',
      betRequestSchema,
      [
        'PLAYER_BLOCKED',
        'PLAYER_SELF_EXCLUDED',
        'PLAYER_TIMED_OUT',
        'PLAYER_CLOSED',
        'KYC_NOT_VERIFIED',
        'KYC_REJECTED',
        'KYC_RESTRICTED',
        'PROVIDER_NOT_IN_BRAND',
        'GAME_NOT_OFFERED',
        'GAME_SESSION_TOKEN_INVALID',
        'GAME_SESSION_EXPIRED',
        'GAME_SESSION_ENDED',
        'STAKE_LIMIT_EXCEEDED',
        'WAGER_LIMIT_EXCEEDED',
        'LOSS_LIMIT_EXCEEDED',
        'SESSION_TIME_LIMIT_REACHED',
        'ROUND_FINISHED',
        'INSUFFICIENT_FUNDS',
        'TRANSACTION_ROLLED_BACK',
        'DUPLICATE_TRANSACTION_ID',
        'UNKNOWN_PLAYER',
        'CURRENCY_MISMATCH',
      ],
    ),
    signedWalletCall(
      '/win',
      'walletWin',
      'Credit a payout',
      'A `ROUND` win (the default `winKind`) is paid only against a live bet (not rolled back) of the same player ' +
        "and round, before the round is finished, in the stake's cash/bonus proportion; `roundFinished` closes the " +
        'round. `FREE_ROUND`, `JACKPOT` and `PROMO` wins need no bet and are paid in cash from the provider prize ' +
        "account. Never refused for the player's status.",
      winRequestSchema,
      [
        'ROUND_NOT_FOUND',
        'ROUND_ROLLED_BACK',
        'ROUND_FINISHED',
        'TRANSACTION_ROLLED_BACK',
        'DUPLICATE_TRANSACTION_ID',
        'UNKNOWN_PLAYER',
        'CURRENCY_MISMATCH',
      ],
    ),
    signedWalletCall(
      '/rollback',
      'walletRollback',
      'Reverse a bet',
      'Names the bet and its round. A rollback of an unseen bet answers 404 `UNKNOWN_TRANSACTION` and leaves a ' +
        'tombstone that refuses the late bet; a bet of a round that already has a win cannot be rolled back.',
      rollbackRequestSchema,
      [
        'UNKNOWN_TRANSACTION',
        'NOT_A_BET_OF_THIS_PLAYER',
        'ROUND_MISMATCH',
        'ROUND_ALREADY_SETTLED',
        'TRANSACTION_ROLLED_BACK',
        'DUPLICATE_TRANSACTION_ID',
        'UNKNOWN_PLAYER',
        'CURRENCY_MISMATCH',
      ],
    ),
    {
      method: 'post',
      path: '/player/v1/game-sessions',
      operationId: 'openGameSession',
      tag: Tag.PlayerApi,
      summary: 'Open a game session',
      description:
        'Launches a game for the signed-in player: answers the launch token that the game provider sends as ' +
        "`sessionToken` with every bet. The provider must serve the player's brand and offer the game (configured " +
        "per provider), the player must be active, the currency must be the wallet's. The session expires after " +
        '`idleTimeoutSeconds` without a bet, and at `expiresAt` in any case.',
      caller: 'player',
      headers: deviceHeader,
      body: gameSessionRequestSchema,
      success: { status: 201, description: 'Opened; `Location` names the session.', schema: openedGameSessionSchema },
      errors: {
        ...NOT_FOUND,
        ...codesOf(
          walletRefusalStatus,
          'PLAYER_BLOCKED',
          'PLAYER_SELF_EXCLUDED',
          'PLAYER_CLOSED',
          'PROVIDER_NOT_IN_BRAND',
          'GAME_NOT_OFFERED',
          'CURRENCY_MISMATCH',
        ),
      },
    },
    {
      method: 'delete',
      path: '/player/v1/game-sessions/:sessionId',
      operationId: 'endGameSession',
      tag: Tag.PlayerApi,
      summary: 'End a game session',
      description:
        "The player closed the game: its bets are refused from now on (`GAME_SESSION_ENDED`), while the provider's wins " +
        'and rollbacks still settle. Ending an ended session answers it as it stands.',
      caller: 'player',
      params: gameSessionIdParam,
      success: { status: 200, description: 'The session, ended.', schema: gameSessionSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'delete',
      path: '/player/v1/game-sessions',
      operationId: 'endAllGameSessions',
      tag: Tag.PlayerApi,
      summary: 'Log out of every game',
      description: 'Ends every open game session of the player (logout).',
      caller: 'player',
      success: { status: 200, description: 'How many sessions were ended.', schema: endedSessionsSchema },
    },
  ],
};
