import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../../platform/db';
import { amountMinorSchema, currencySchema } from '../../contracts/wallet';
import { WalletCallBatcher, type WalletCall } from './wallet-call-batcher';

const providerId = z.string().min(1).max(100);
const common = {
  transactionId: z.string().min(1).max(100),
  playerId: z.string().min(1).max(64),
  currency: currencySchema,
  roundId: z.string().min(1).max(100),
  gameId: z.string().min(1).max(100),
};

/** A debit for a stake. */
export const betRequestSchema = z
  .object({ ...common, amountMinor: amountMinorSchema, roundFinished: z.boolean().default(false) })
  .strict();
/** A credit for a payout (0 for a lost round that the provider closes). */
export const winRequestSchema = betRequestSchema;
/** Reverses a bet, named by the provider's transaction id for it. */
export const rollbackRequestSchema = z.object({ ...common, referenceTransactionId: providerId }).strict();
export const balanceRequestSchema = z.object({ playerId: common.playerId, currency: currencySchema }).strict();

export type BetRequest = z.infer<typeof betRequestSchema>;
export type WinRequest = z.infer<typeof winRequestSchema>;
export type RollbackRequest = z.infer<typeof rollbackRequestSchema>;
export type BalanceRequest = z.infer<typeof balanceRequestSchema>;

/** An HTTP answer, rendered only from stored facts so that a repeated call gets the same bytes. */
export interface WalletAnswer {
  status: number;
  contentType: 'application/json' | 'application/problem+json';
  body: string;
}

interface ProviderTransactionRow {
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

const errorStatus: Record<string, number> = {
  INSUFFICIENT_FUNDS: 422,
  PLAYER_BLOCKED: 403,
  PLAYER_SELF_EXCLUDED: 403,
  PLAYER_CLOSED: 403,
  UNKNOWN_TRANSACTION: 404,
  ROUND_ALREADY_SETTLED: 409,
  TRANSACTION_ROLLED_BACK: 409,
  NOT_A_BET_OF_THIS_PLAYER: 422,
};

const errorText: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'The stake exceeds the playable balance (cash plus bonus).',
  PLAYER_BLOCKED: 'The player is blocked; no bet is accepted.',
  PLAYER_SELF_EXCLUDED: 'The player is self-excluded; no bet is accepted.',
  PLAYER_CLOSED: 'The player account is closed; no bet is accepted.',
  UNKNOWN_TRANSACTION: 'The referenced bet was never received; a late arrival of it will be refused.',
  ROUND_ALREADY_SETTLED: 'The round already has a win; its bets can no longer be rolled back.',
  TRANSACTION_ROLLED_BACK: 'A rollback for this bet arrived before the bet; the bet is refused.',
  NOT_A_BET_OF_THIS_PLAYER: "The referenced transaction is not a bet of this player's.",
};

function problem(status: number, title: string, detail: string, extensions: Record<string, unknown>): WalletAnswer {
  const body = JSON.stringify({ type: 'about:blank', status, title, detail, ...extensions });
  return { status, contentType: 'application/problem+json', body };
}

function balanceOf(row: { cash_balance_minor: number; bonus_balance_minor: number }) {
  return {
    cashMinor: row.cash_balance_minor,
    bonusMinor: row.bonus_balance_minor,
    playableMinor: row.cash_balance_minor + row.bonus_balance_minor,
  };
}

/** Renders a provider transaction's stored outcome (the first answer, and every repeat of it). */
function renderOutcome(row: ProviderTransactionRow): WalletAnswer {
  if (row.status === 'REJECTED') return renderRejection(row.player_id, row.currency, row.error_code ?? '');
  if (row.status === 'TOMBSTONE') {
    return problem(409, 'Transaction rolled back', errorText.TRANSACTION_ROLLED_BACK!, {
      code: 'TRANSACTION_ROLLED_BACK',
      transactionId: row.provider_tx_id,
    });
  }
  if (row.status === 'FAILED') {
    const code = row.error_code ?? 'FAILED';
    return problem(errorStatus[code] ?? 422, code.replaceAll('_', ' ').toLowerCase(), errorText[code] ?? code, {
      code,
      transactionId: row.provider_tx_id,
      playerId: row.player_id,
      currency: row.currency,
      balance: balanceOf(row),
    });
  }
  const body = JSON.stringify({
    status: 'OK',
    kind: row.kind,
    transactionId: row.provider_tx_id,
    walletTransactionId: row.ledger_transaction_id,
    playerId: row.player_id,
    currency: row.currency,
    roundId: row.round_id,
    split: { cashMinor: row.cash_minor, bonusMinor: row.bonus_minor },
    balance: balanceOf(row),
    processedAt: row.processed_at.toISOString(),
  });
  return { status: 200, contentType: 'application/json', body };
}

/** A call refused before anything was written: the player is unknown or their wallet is in another currency. */
function renderRejection(playerId: string, currency: string, reason: string): WalletAnswer {
  const [code, walletCurrency] = reason.split(':');
  if (code === 'CURRENCY_MISMATCH') {
    return problem(400, 'Currency mismatch', `The player's wallet is in ${walletCurrency}, not ${currency}`, {
      code,
      playerId,
      walletCurrency,
    });
  }
  return problem(404, 'Unknown player', `No player ${playerId}`, { code: 'UNKNOWN_PLAYER', playerId });
}

/** The fingerprint of a request's meaning; the same transaction id with another fingerprint is refused. */
function fingerprint(kind: string, request: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.entries({ kind, ...request }).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('hex');
}

/** The parameters of wallet_bet and wallet_win, which take the same ones. */
function stakeParams(provider: string, kind: 'BET' | 'WIN', request: BetRequest | WinRequest): unknown[] {
  const { transactionId, playerId, currency, amountMinor, roundId, gameId, roundFinished } = request;
  const hash = fingerprint(kind, request);
  return [provider, transactionId, hash, playerId, currency, amountMinor, roundId, gameId, roundFinished];
}

/**
 * The seamless wallet that game providers call synchronously for every bet and win. Each call is one Postgres
 * function call (see migrations/*_seamless-wallet.sql): look up the player, lock their accounts, replay or
 * refuse a known transaction id, apply the bet gate, post through the ledger with its outbox event, record the
 * outcome. Concurrent calls share a transaction (WalletCallBatcher). No workflow on this path.
 */
export class SeamlessWallet {
  private readonly batcher: WalletCallBatcher;

  constructor(private readonly db: Queryable) {
    this.batcher = new WalletCallBatcher(db);
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
    if (!wallet || wallet.currency !== request.currency) {
      const reason = wallet ? `CURRENCY_MISMATCH:${wallet.currency}` : 'UNKNOWN_PLAYER';
      return renderRejection(request.playerId, request.currency, reason);
    }
    const body = JSON.stringify({
      status: 'OK',
      playerId: request.playerId,
      currency: request.currency,
      balance: balanceOf(wallet),
    });
    return { status: 200, contentType: 'application/json', body };
  }

  bet(provider: string, request: BetRequest): Promise<WalletAnswer> {
    return this.call({ kind: 'BET', args: stakeParams(provider, 'BET', request) });
  }

  win(provider: string, request: WinRequest): Promise<WalletAnswer> {
    return this.call({ kind: 'WIN', args: stakeParams(provider, 'WIN', request) });
  }

  rollback(provider: string, request: RollbackRequest): Promise<WalletAnswer> {
    return this.call({
      kind: 'ROLLBACK',
      args: [
        provider,
        request.transactionId,
        fingerprint('ROLLBACK', request),
        request.playerId,
        request.currency,
        request.referenceTransactionId,
        request.roundId,
        request.gameId,
      ],
    });
  }

  private async call(call: WalletCall): Promise<WalletAnswer> {
    const hash = call.args[2] as string;
    const row = (await this.batcher.apply(call)) as unknown as ProviderTransactionRow;
    if (row.status !== 'TOMBSTONE' && row.status !== 'REJECTED' && row.request_hash !== hash) {
      return problem(409, 'Transaction id reused', 'This transaction id was already used with a different request.', {
        code: 'DUPLICATE_TRANSACTION_ID',
        transactionId: row.provider_tx_id,
      });
    }
    return renderOutcome(row);
  }
}
