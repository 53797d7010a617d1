import type { DbClient, Queryable } from '../../platform/db';
import { WalletErrorType, WalletRuleError } from './errors';
import type { Currency } from '../../contracts/wallet';

/** Kinds of ledger transactions; the seamless-wallet ones (BET, WIN, ROLLBACK) are posted by SQL functions. */
export const LedgerTransactionKind = {
  BET: 'BET',
  WIN: 'WIN',
  ROLLBACK: 'ROLLBACK',
  DEPOSIT: 'DEPOSIT',
  WITHDRAWAL_RESERVE: 'WITHDRAWAL_RESERVE',
  WITHDRAWAL_POST: 'WITHDRAWAL_POST',
  WITHDRAWAL_VOID: 'WITHDRAWAL_VOID',
  BONUS_GRANT: 'BONUS_GRANT',
  BONUS_CONVERT: 'BONUS_CONVERT',
  BONUS_FORFEIT: 'BONUS_FORFEIT',
} as const;
export type LedgerTransactionKind = (typeof LedgerTransactionKind)[keyof typeof LedgerTransactionKind];

export interface Posting {
  accountId: number;
  amountMinor: number;
}

/** A player's accounts in their currency, locked for the rest of the transaction. */
export interface PlayerAccounts {
  currency: Currency;
  cash: { accountId: number; balanceMinor: number };
  bonus: { accountId: number; balanceMinor: number };
  withdrawalPending: { accountId: number; balanceMinor: number };
}

/** Locks a player's accounts (in id order, like the SQL functions, so the two never deadlock). */
export async function lockPlayerAccounts(tx: DbClient, playerId: string): Promise<PlayerAccounts> {
  const { rows } = await tx.query<{ account_id: number; kind: string; currency: Currency; balance_minor: number }>(
    `SELECT account_id, kind, currency, balance_minor FROM ledger_accounts WHERE player_id = $1
     ORDER BY account_id FOR UPDATE`,
    [playerId],
  );
  const byKind = (kind: string) => {
    const row = rows.find((r) => r.kind === kind);
    if (!row)
      throw new WalletRuleError(WalletErrorType.UnknownPlayer, `player ${playerId} has no wallet`, { playerId });
    return { accountId: row.account_id, balanceMinor: row.balance_minor };
  };
  return {
    currency: rows[0]?.currency as Currency,
    cash: byKind('PLAYER_CASH'),
    bonus: byKind('PLAYER_BONUS'),
    withdrawalPending: byKind('PLAYER_WITHDRAWAL_PENDING'),
  };
}

/** The account of an operator-side ledger (PSP clearing, bonus cost, ...), created on first use. */
export async function operatorAccountId(
  tx: Queryable,
  code: string,
  kind: 'PSP_CLEARING' | 'GAME_REVENUE' | 'BONUS_COST' | 'GAME_PRIZE_COST',
  currency: Currency,
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    'SELECT ledger_operator_account(p_code => $1, p_kind => $2, p_currency => $3) AS id',
    [code, kind, currency],
  );
  return rows[0]!.id;
}

export const pspClearingCode = (psp: string, currency: Currency) => `psp:${psp}:clearing:${currency}`;
export const bonusCostCode = (currency: Currency) => `bonus:cost:${currency}`;

/** The first transaction recorded under `idempotencyKey`, if there is one. */
export async function findByIdempotencyKey(
  tx: Queryable,
  idempotencyKey: string,
): Promise<{ transactionId: number; details: Record<string, unknown> } | undefined> {
  const { rows } = await tx.query(
    'SELECT transaction_id AS "transactionId", details FROM ledger_transactions WHERE idempotency_key = $1',
    [idempotencyKey],
  );
  return rows[0];
}

/**
 * Posts a balanced transaction through `ledger_post_postings`, the single SQL function every money move goes
 * through (it also writes the `wallet.transactions` outbox event). Returns the first transaction's id on a repeat.
 */
export async function postLedgerTransaction(
  tx: Queryable,
  input: {
    idempotencyKey: string;
    kind: LedgerTransactionKind;
    playerId: string | null;
    currency: Currency;
    details: Record<string, unknown>;
    postings: Posting[];
  },
): Promise<{ transactionId: number; created: boolean }> {
  const postings = input.postings.filter((p) => p.amountMinor !== 0);
  if (postings.reduce((sum, p) => sum + p.amountMinor, 0) !== 0) {
    throw new Error(`unbalanced ${input.kind} transaction ${input.idempotencyKey}`);
  }
  const { rows } = await tx.query<{ id: number | null }>('SELECT ledger_post_postings($1) AS id', [
    JSON.stringify({ ...input, postings }),
  ]);
  if (rows[0]!.id !== null) return { transactionId: rows[0]!.id, created: true };
  const first = await findByIdempotencyKey(tx, input.idempotencyKey);
  return { transactionId: first!.transactionId, created: false };
}

/** A player's wallet as the player API and the seamless wallet show it. */
export interface WalletBalance {
  playerId: string;
  currency: Currency;
  cashMinor: number;
  bonusMinor: number;
  withdrawalPendingMinor: number;
  /** What the player can stake: cash plus bonus. */
  playableMinor: number;
}

export async function getWalletBalance(db: Queryable, playerId: string): Promise<WalletBalance | undefined> {
  const { rows } = await db.query<{ kind: string; currency: Currency; balance_minor: number }>(
    'SELECT kind, currency, balance_minor FROM ledger_accounts WHERE player_id = $1',
    [playerId],
  );
  if (rows.length === 0) return undefined;
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.balance_minor ?? 0;
  return {
    playerId,
    currency: rows[0]!.currency,
    cashMinor: of('PLAYER_CASH'),
    bonusMinor: of('PLAYER_BONUS'),
    withdrawalPendingMinor: of('PLAYER_WITHDRAWAL_PENDING'),
    playableMinor: of('PLAYER_CASH') + of('PLAYER_BONUS'),
  };
}
