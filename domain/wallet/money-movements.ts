import { withTransaction, type Db, type DbClient } from '../../platform/db';
import { WalletErrorType, WalletRuleError } from './errors';
import {
  bonusCostCode,
  findByIdempotencyKey,
  lockPlayerAccounts,
  operatorAccountId,
  postLedgerTransaction,
  pspClearingCode,
  type LedgerTransactionKind,
  type PlayerAccounts,
  type Posting,
} from './ledger';
import type { Currency } from '../../contracts/wallet';

/** The outcome of a money movement; `replayed` is true when the idempotency key had already been used. */
export interface MovementResult {
  transactionId: number | null;
  replayed: boolean;
  amountMinor: number;
}

interface Movement {
  idempotencyKey: string;
  kind: LedgerTransactionKind;
  playerId: string;
  currency: Currency;
  details: Record<string, unknown>;
  /** Builds the postings from the locked accounts; returns the amount moved (0 moves nothing). */
  plan: (accounts: PlayerAccounts, tx: DbClient) => Promise<{ amountMinor: number; postings: Posting[] }>;
}

/**
 * Runs one idempotent money movement: a repeat of the key returns the first result (and refuses different
 * parameters); otherwise the player's accounts are locked, the plan checked and the transaction posted.
 */
async function move(db: Db, movement: Movement): Promise<MovementResult> {
  return withTransaction(db, async (tx) => {
    const accounts = await lockPlayerAccounts(tx, movement.playerId);
    const first = await findByIdempotencyKey(tx, movement.idempotencyKey);
    if (first) return replay(movement, first);
    if (accounts.currency !== movement.currency) {
      throw new WalletRuleError(
        WalletErrorType.CurrencyMismatch,
        `player ${movement.playerId} has a ${accounts.currency} wallet, not ${movement.currency}`,
        { playerId: movement.playerId, walletCurrency: accounts.currency, currency: movement.currency },
      );
    }
    const { amountMinor, postings } = await movement.plan(accounts, tx);
    if (amountMinor === 0) return { transactionId: null, replayed: false, amountMinor };
    const { transactionId } = await postLedgerTransaction(tx, {
      idempotencyKey: movement.idempotencyKey,
      kind: movement.kind,
      playerId: movement.playerId,
      currency: movement.currency,
      details: { ...movement.details, amountMinor, currency: movement.currency },
      postings,
    });
    return { transactionId, replayed: false, amountMinor };
  });
}

function replay(movement: Movement, first: { transactionId: number; details: Record<string, unknown> }) {
  const asked = movement.details.requestedAmountMinor;
  if (asked !== undefined && first.details.requestedAmountMinor !== asked) {
    throw new WalletRuleError(
      WalletErrorType.IdempotencyKeyReused,
      `idempotency key ${movement.idempotencyKey} was first used for a different amount`,
      { idempotencyKey: movement.idempotencyKey },
    );
  }
  return { transactionId: first.transactionId, replayed: true, amountMinor: Number(first.details.amountMinor) };
}

function insufficient(playerId: string, account: string, balanceMinor: number, amountMinor: number) {
  return new WalletRuleError(
    WalletErrorType.InsufficientFunds,
    `player ${playerId} has ${balanceMinor} in ${account}, needs ${amountMinor}`,
    { playerId, account, balanceMinor, amountMinor },
  );
}

/** Credits a captured deposit: the PSP's clearing account owes us, the player's cash grows. */
export function creditDeposit(
  db: Db,
  input: { depositId: string; playerId: string; psp: string; amountMinor: number; currency: Currency },
): Promise<MovementResult> {
  return move(db, {
    idempotencyKey: `deposit:${input.depositId}:credit`,
    kind: 'DEPOSIT',
    playerId: input.playerId,
    currency: input.currency,
    details: { depositId: input.depositId, psp: input.psp, requestedAmountMinor: input.amountMinor },
    plan: async (accounts, tx) => ({
      amountMinor: input.amountMinor,
      postings: [
        {
          accountId: await operatorAccountId(
            tx,
            pspClearingCode(input.psp, input.currency),
            'PSP_CLEARING',
            input.currency,
          ),
          amountMinor: -input.amountMinor,
        },
        { accountId: accounts.cash.accountId, amountMinor: input.amountMinor },
      ],
    }),
  });
}

/** Grants bonus money, charged to the operator's bonus cost. */
export function grantBonus(
  db: Db,
  input: { bonusId: string; playerId: string; amountMinor: number; currency: Currency },
): Promise<MovementResult> {
  return move(db, {
    idempotencyKey: `bonus:${input.bonusId}:grant`,
    kind: 'BONUS_GRANT',
    playerId: input.playerId,
    currency: input.currency,
    details: { bonusId: input.bonusId, requestedAmountMinor: input.amountMinor },
    plan: async (accounts, tx) => ({
      amountMinor: input.amountMinor,
      postings: [
        {
          accountId: await operatorAccountId(tx, bonusCostCode(input.currency), 'BONUS_COST', input.currency),
          amountMinor: -input.amountMinor,
        },
        { accountId: accounts.bonus.accountId, amountMinor: input.amountMinor },
      ],
    }),
  });
}

/** Converts bonus money into withdrawable cash once its wagering is complete. */
export function convertBonus(
  db: Db,
  input: { bonusId: string; playerId: string; amountMinor: number; currency: Currency },
): Promise<MovementResult> {
  return move(db, {
    idempotencyKey: `bonus:${input.bonusId}:convert`,
    kind: 'BONUS_CONVERT',
    playerId: input.playerId,
    currency: input.currency,
    details: { bonusId: input.bonusId, requestedAmountMinor: input.amountMinor },
    plan: async (accounts) => {
      if (accounts.bonus.balanceMinor < input.amountMinor) {
        throw insufficient(input.playerId, 'bonus', accounts.bonus.balanceMinor, input.amountMinor);
      }
      return {
        amountMinor: input.amountMinor,
        postings: [
          { accountId: accounts.bonus.accountId, amountMinor: -input.amountMinor },
          { accountId: accounts.cash.accountId, amountMinor: input.amountMinor },
        ],
      };
    },
  });
}

/** Forfeits what is left of the player's bonus money (or at most `amountMinor` of it) back to bonus cost. */
export function forfeitBonus(
  db: Db,
  input: { bonusId: string; playerId: string; currency: Currency; amountMinor?: number },
): Promise<MovementResult> {
  return move(db, {
    idempotencyKey: `bonus:${input.bonusId}:forfeit`,
    kind: 'BONUS_FORFEIT',
    playerId: input.playerId,
    currency: input.currency,
    details: { bonusId: input.bonusId },
    plan: async (accounts, tx) => {
      const amountMinor = Math.min(input.amountMinor ?? accounts.bonus.balanceMinor, accounts.bonus.balanceMinor);
      return {
        amountMinor,
        postings: [
          { accountId: accounts.bonus.accountId, amountMinor: -amountMinor },
          {
            accountId: await operatorAccountId(tx, bonusCostCode(input.currency), 'BONUS_COST', input.currency),
            amountMinor,
          },
        ],
      };
    },
  });
}
