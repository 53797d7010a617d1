import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { exposeSloMetrics } from '../../platform/slo-metrics';
import { amountMinorSchema, currencySchema } from '../../contracts/wallet';
import {
  WalletCallBatcher,
  walletBatchFallbacks,
  WinKind,
  type WalletCall,
  type WalletOutcome,
} from './wallet-call-batcher';

const providerId = z.string().min(1).max(100);
const common = {
  transactionId: z.string().min(1).max(100),
  playerId: z.string().min(1).max(64),
  currency: currencySchema,
  roundId: z.string().min(1).max(100),
  gameId: z.string().min(1).max(100),
};

/**
 * The launch token of the game session (`POST /player/v1/game-sessions`) the provider carries from the game launch.
 * Checked on bets only; wins and rollbacks may carry it too, unchecked: they are owed whatever became of the session.
 */
const sessionToken = z.string().min(1).max(200);

const stake = {
  ...common,
  amountMinor: amountMinorSchema,
  /** Closes the round: later bets and wins on it are refused (ROUND_FINISHED). */
  roundFinished: z.boolean().default(false),
};
/** A debit for a stake, in the game session that `sessionToken` names. */
export const betRequestSchema = z
  .object({
    ...stake,
    sessionToken: sessionToken.meta({
      description:
        'The launch token of the game session the player opened (`POST /player/v1/game-sessions`), carried by the ' +
        'provider from the game launch; the bet is refused unless it names a live session of this player, provider ' +
        'and game.',
    }),
  })
  .strict();
/**
 * A credit for a payout (0 for a lost round that the provider closes). A ROUND win is paid only against a live
 * bet of the same player and round; FREE_ROUND, JACKPOT and PROMO wins need no bet and are paid in cash from the
 * provider's prize-cost account.
 */
export const winRequestSchema = z
  .object({
    ...stake,
    winKind: z.enum([WinKind.ROUND, WinKind.FREE_ROUND, WinKind.JACKPOT, WinKind.PROMO]).default(WinKind.ROUND),
    sessionToken: sessionToken.optional().meta({ description: 'Accepted and not checked: a win is owed anyway.' }),
  })
  .strict();
/** Reverses a bet, named by the provider's transaction id for it and by its round. */
export const rollbackRequestSchema = z
  .object({
    ...common,
    referenceTransactionId: providerId,
    sessionToken: sessionToken.optional().meta({ description: 'Accepted and not checked: a rollback is owed anyway.' }),
  })
  .strict()
  .refine((r) => r.referenceTransactionId !== r.transactionId, {
    message: 'a rollback names its bet, not itself',
    path: ['referenceTransactionId'],
  });
export const balanceRequestSchema = z.object({ playerId: common.playerId, currency: currencySchema }).strict();

export type BetRequest = z.infer<typeof betRequestSchema>;
export type WinRequest = z.infer<typeof winRequestSchema>;
export type RollbackRequest = z.infer<typeof rollbackRequestSchema>;
export type BalanceRequest = z.infer<typeof balanceRequestSchema>;

/** A bet as wallet_apply_batch reads it: with the session token, which only its bet gate reads. */
type BetCall = Extract<WalletCall, { kind: 'BET' }> & { sessionToken: string };

/** An HTTP answer, rendered only from stored facts so that a repeated call gets the same bytes. */
export interface WalletAnswer {
  status: number;
  contentType: 'application/json' | 'application/problem+json';
  body: string;
}

interface ProviderTransactionRow extends WalletOutcome {
  provider_id: string;
  provider_tx_id: string;
  kind: 'BET' | 'WIN' | 'ROLLBACK';
  request_hash: string | null;
  player_id: string;
  currency: string;
  round_id: string;
  status: 'OK' | 'FAILED' | 'TOMBSTONE' | 'REJECTED';
  error_code: string | null;
  cash_minor: number;
  bonus_minor: number;
  cash_balance_minor: number;
  bonus_balance_minor: number;
  ledger_transaction_id: number | null;
  processed_at: Date;
}

/**
 * Every code a seamless-wallet call can be refused with, and its HTTP status: one status per code. The
 * OpenAPI document lists them (api/openapi/operations.ts).
 */
export const walletRefusalStatus = {
  INSUFFICIENT_FUNDS: 422,
  PLAYER_BLOCKED: 403,
  PLAYER_SELF_EXCLUDED: 403,
  PLAYER_TIMED_OUT: 403,
  PLAYER_CLOSED: 403,
  KYC_NOT_VERIFIED: 403,
  KYC_REJECTED: 403,
  KYC_RESTRICTED: 403,
  STAKE_LIMIT_EXCEEDED: 403,
  WAGER_LIMIT_EXCEEDED: 403,
  LOSS_LIMIT_EXCEEDED: 403,
  SESSION_TIME_LIMIT_REACHED: 403,
  PROVIDER_NOT_IN_BRAND: 403,
  GAME_NOT_OFFERED: 403,
  GAME_SESSION_TOKEN_INVALID: 403,
  GAME_SESSION_EXPIRED: 403,
  GAME_SESSION_ENDED: 403,
  ROUND_FINISHED: 409,
  ROUND_NOT_FOUND: 404,
  ROUND_ROLLED_BACK: 409,
  ROUND_MISMATCH: 422,
  UNKNOWN_TRANSACTION: 404,
  ROUND_ALREADY_SETTLED: 409,
  TRANSACTION_ROLLED_BACK: 409,
  NOT_A_BET_OF_THIS_PLAYER: 422,
  DUPLICATE_TRANSACTION_ID: 409,
  UNKNOWN_PLAYER: 404,
  CURRENCY_MISMATCH: 422,
} as const;
export type WalletRefusalCode = keyof typeof walletRefusalStatus;

const errorText: Record<WalletRefusalCode, string> = {
  INSUFFICIENT_FUNDS: 'The stake exceeds the playable balance (cash plus bonus).',
  STAKE_LIMIT_EXCEEDED: "The stake exceeds the player's stake cap.",
  WAGER_LIMIT_EXCEEDED: "The stake exceeds what the player's wager limit still allows.",
  LOSS_LIMIT_EXCEEDED: "The stake exceeds what the player's loss limit still allows.",
  SESSION_TIME_LIMIT_REACHED:
    "The game session has lasted the player's session-time limit; no more bets are accepted in it.",
  PROVIDER_NOT_IN_BRAND: "This game provider does not serve the player's brand.",
  GAME_NOT_OFFERED: 'This game provider does not offer this game.',
  GAME_SESSION_TOKEN_INVALID: 'The session token names no game session of this player, provider and game.',
  GAME_SESSION_EXPIRED: 'The game session expired (idle or absolute time-out); the player must launch the game again.',
  GAME_SESSION_ENDED: 'The game session was ended (logout or responsible gambling); no more bets are accepted in it.',
  ROUND_FINISHED: 'The round was finished (roundFinished); it takes no more bets or wins.',
  ROUND_NOT_FOUND: 'This player has no bet in this round; a win without a bet needs an explicit winKind.',
  ROUND_ROLLED_BACK: "Every bet of this player's round was rolled back; there is nothing to pay a win against.",
  ROUND_MISMATCH: 'The referenced bet belongs to another round than the one named.',
  DUPLICATE_TRANSACTION_ID: 'This transaction id was already used with a different request.',
  UNKNOWN_PLAYER: 'No such player.',
  CURRENCY_MISMATCH: "The request's currency is not the wallet's.",
  PLAYER_BLOCKED: 'The player is blocked; no bet is accepted.',
  PLAYER_SELF_EXCLUDED: 'The player is self-excluded; no bet is accepted.',
  PLAYER_TIMED_OUT: 'The player has taken a time-out from gambling; no bet is accepted until it ends.',
  PLAYER_CLOSED: 'The player account is closed; no bet is accepted.',
  KYC_NOT_VERIFIED: "The player's jurisdiction requires identity verification before play, and it is not done.",
  KYC_REJECTED: "The player's identity verification was refused; no bet is accepted.",
  KYC_RESTRICTED:
    "The player's money movements are restricted (enhanced due diligence overdue) until an officer clears it.",
  UNKNOWN_TRANSACTION: 'The referenced bet was never received; a late arrival of it will be refused.',
  ROUND_ALREADY_SETTLED: 'The round already has a win; its bets can no longer be rolled back.',
  TRANSACTION_ROLLED_BACK: 'A rollback for this bet arrived before the bet; the bet is refused.',
  NOT_A_BET_OF_THIS_PLAYER: "The referenced transaction is not a bet of this player's.",
};

function problem(status: number, title: string, detail: string, extensions: Record<string, unknown>): WalletAnswer {
  const body = JSON.stringify({ type: 'about:blank', status, title, detail, ...extensions });
  return { status, contentType: 'application/problem+json', body };
}

function balanceOf(cashMinor: number, bonusMinor: number) {
  return { cashMinor, bonusMinor, playableMinor: cashMinor + bonusMinor };
}

/** A refusal: the code, its status and text, and the player's balance as it is now (not as it was on a first try). */
function refusal(code: WalletRefusalCode, row: ProviderTransactionRow): WalletAnswer {
  const status = walletRefusalStatus[code];
  const balance =
    row.cash_now_minor === null || row.bonus_now_minor === null
      ? {}
      : { balance: balanceOf(row.cash_now_minor, row.bonus_now_minor) };
  return problem(status, code.replaceAll('_', ' ').toLowerCase(), errorText[code], {
    code,
    transactionId: row.provider_tx_id,
    playerId: row.player_id,
    currency: row.currency,
    ...balance,
  });
}

/** Renders a call's outcome: an accepted call's stored first answer (byte for byte on every repeat), or a refusal. */
function renderOutcome(row: ProviderTransactionRow): WalletAnswer {
  if (row.status === 'REJECTED') {
    const [code, walletCurrency] = (row.error_code ?? '').split(':');
    if (code === 'CURRENCY_MISMATCH') return renderCurrencyMismatch(row.player_id, row.currency, walletCurrency!);
    if (code === 'UNKNOWN_PLAYER') return renderUnknownPlayer(row.player_id);
    return refusal(code as WalletRefusalCode, row);
  }
  if (row.status === 'TOMBSTONE') return refusal('TRANSACTION_ROLLED_BACK', row);
  if (row.status === 'FAILED') return refusal((row.error_code ?? 'UNKNOWN_TRANSACTION') as WalletRefusalCode, row);
  const body = JSON.stringify({
    status: 'OK',
    kind: row.kind,
    transactionId: row.provider_tx_id,
    walletTransactionId: row.ledger_transaction_id,
    playerId: row.player_id,
    currency: row.currency,
    roundId: row.round_id,
    split: { cashMinor: row.cash_minor, bonusMinor: row.bonus_minor },
    balance: balanceOf(row.cash_balance_minor, row.bonus_balance_minor),
    processedAt: row.processed_at.toISOString(),
  });
  return { status: 200, contentType: 'application/json', body };
}

function renderCurrencyMismatch(playerId: string, currency: string, walletCurrency: string): WalletAnswer {
  return problem(
    walletRefusalStatus.CURRENCY_MISMATCH,
    'Currency mismatch',
    `The player's wallet is in ${walletCurrency}, not ${currency}`,
    {
      code: 'CURRENCY_MISMATCH',
      playerId,
      walletCurrency,
    },
  );
}

function renderUnknownPlayer(playerId: string): WalletAnswer {
  return problem(404, 'Unknown player', `No player ${playerId}`, { code: 'UNKNOWN_PLAYER', playerId });
}

/** The fingerprint of a request's meaning; the same transaction id with another fingerprint is refused. */
function fingerprint(kind: string, request: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.entries({ kind, ...request }).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The seamless wallet that game providers call synchronously for every bet and win. Every call goes through the
 * one bet path, `wallet_apply_batch` (sql/functions/wallet_apply_batch.sql): look up the player, lock their
 * accounts, replay or refuse a known transaction id, apply the bet gate and the round rules, post through the
 * ledger with its outbox event, record the outcome. Concurrent calls share a transaction (WalletCallBatcher); a
 * lone call is a batch of one. No workflow on this path.
 */
export class SeamlessWallet {
  private readonly batcher: WalletCallBatcher;

  constructor(
    private readonly db: Queryable,
    logger: Logger,
  ) {
    this.batcher = new WalletCallBatcher(db, logger);
    exposeSloMetrics(walletBatchFallbacks);
  }

  async balance(_provider: string, request: BalanceRequest): Promise<WalletAnswer> {
    const { rows } = await this.db.query<{ currency: string; cash_balance_minor: number; bonus_balance_minor: number }>(
      `SELECT p.currency,
              max(a.balance_minor) FILTER (WHERE a.kind = 'PLAYER_CASH') AS cash_balance_minor,
              max(a.balance_minor) FILTER (WHERE a.kind = 'PLAYER_BONUS') AS bonus_balance_minor
       FROM players p JOIN ledger_accounts a USING (player_id) WHERE p.player_id = $1 GROUP BY p.currency`,
      [request.playerId],
    );
    const wallet = rows[0];
    if (!wallet) return renderUnknownPlayer(request.playerId);
    if (wallet.currency !== request.currency) {
      return renderCurrencyMismatch(request.playerId, request.currency, wallet.currency);
    }
    const body = JSON.stringify({
      status: 'OK',
      playerId: request.playerId,
      currency: request.currency,
      balance: balanceOf(wallet.cash_balance_minor, wallet.bonus_balance_minor),
    });
    return { status: 200, contentType: 'application/json', body };
  }

  bet(providerId: string, request: BetRequest): Promise<WalletAnswer> {
    // The token authorises the bet but is not part of its meaning: a retry under a refreshed token replays.
    const { sessionToken, ...stake } = request;
    const call: BetCall = { kind: 'BET', providerId, requestHash: fingerprint('BET', stake), ...stake, sessionToken };
    return this.call(call);
  }

  win(providerId: string, request: WinRequest): Promise<WalletAnswer> {
    // A ROUND win is fingerprinted without its (default) winKind, as it was before wins had kinds, so that a
    // provider's retry of a win sent before then still replays instead of meeting a 409.
    // A win's session token is not checked, nor part of its meaning (see bet).
    const { sessionToken: _unchecked, ...win } = request;
    const { winKind, ...roundWin } = win;
    const requestHash = fingerprint('WIN', winKind === WinKind.ROUND ? roundWin : win);
    return this.call({ kind: 'WIN', providerId, requestHash, ...win });
  }

  rollback(providerId: string, request: RollbackRequest): Promise<WalletAnswer> {
    const { sessionToken: _unchecked, ...rollback } = request;
    return this.call({ kind: 'ROLLBACK', providerId, requestHash: fingerprint('ROLLBACK', rollback), ...rollback });
  }

  private async call(call: WalletCall): Promise<WalletAnswer> {
    return renderOutcome((await this.batcher.apply(call)) as ProviderTransactionRow);
  }
}
