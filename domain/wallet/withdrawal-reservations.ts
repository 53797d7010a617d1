import { withTransaction, type Db, type DbClient } from '../../platform/db';
import { WalletErrorType, WalletRuleError } from './errors';
import { lockPlayerAccounts, operatorAccountId, postLedgerTransaction, pspClearingCode } from './ledger';
import type { Currency } from '../../contracts/wallet';

/** A two-phase withdrawal: funds reserved (PENDING), then exactly one of POSTED (paid out) or VOIDED (returned). */
export const ReservationStatus = { PENDING: 'PENDING', POSTED: 'POSTED', VOIDED: 'VOIDED' } as const;
export type ReservationStatus = (typeof ReservationStatus)[keyof typeof ReservationStatus];

export interface Reservation {
  reservationId: string;
  playerId: string;
  amountMinor: number;
  currency: Currency;
  status: ReservationStatus;
  reserveTransactionId: number;
  settleTransactionId: number | null;
}

const columns = `reservation_id AS "reservationId", player_id AS "playerId", amount_minor AS "amountMinor", currency,
  status, reserve_tx_id AS "reserveTransactionId", settle_tx_id AS "settleTransactionId"`;

async function findReservation(tx: DbClient, reservationId: string, lock: boolean): Promise<Reservation | undefined> {
  const { rows } = await tx.query<Reservation>(
    `SELECT ${columns} FROM ledger_reservations WHERE reservation_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [reservationId],
  );
  return rows[0];
}

/**
 * Reserves a withdrawal's amount: cash moves to the player's withdrawal-pending account, where it can be
 * neither staked nor withdrawn twice. Idempotent by withdrawal id; only cash can be withdrawn, never bonus.
 */
export function reserveWithdrawalFunds(
  db: Db,
  input: { withdrawalId: string; playerId: string; amountMinor: number; currency: Currency },
): Promise<Reservation> {
  return withTransaction(db, async (tx) => {
    const accounts = await lockPlayerAccounts(tx, input.playerId);
    const existing = await findReservation(tx, input.withdrawalId, false);
    if (existing) {
      if (existing.amountMinor !== input.amountMinor || existing.playerId !== input.playerId) {
        throw new WalletRuleError(
          WalletErrorType.IdempotencyKeyReused,
          `withdrawal ${input.withdrawalId} was first reserved with different parameters`,
          { withdrawalId: input.withdrawalId },
        );
      }
      return existing;
    }
    if (accounts.currency !== input.currency) {
      throw new WalletRuleError(WalletErrorType.CurrencyMismatch, `wallet is ${accounts.currency}`, {
        walletCurrency: accounts.currency,
        currency: input.currency,
      });
    }
    if (accounts.cash.balanceMinor < input.amountMinor) {
      throw new WalletRuleError(
        WalletErrorType.InsufficientFunds,
        `player ${input.playerId} has ${accounts.cash.balanceMinor} withdrawable, asked for ${input.amountMinor}`,
        { playerId: input.playerId, balanceMinor: accounts.cash.balanceMinor, amountMinor: input.amountMinor },
      );
    }
    const { transactionId } = await postLedgerTransaction(tx, {
      idempotencyKey: `withdrawal:${input.withdrawalId}:reserve`,
      kind: 'WITHDRAWAL_RESERVE',
      playerId: input.playerId,
      currency: input.currency,
      details: { withdrawalId: input.withdrawalId, amountMinor: input.amountMinor, currency: input.currency },
      postings: [
        { accountId: accounts.cash.accountId, amountMinor: -input.amountMinor },
        { accountId: accounts.withdrawalPending.accountId, amountMinor: input.amountMinor },
      ],
    });
    const { rows } = await tx.query<Reservation>(
      `INSERT INTO ledger_reservations (reservation_id, player_id, amount_minor, currency, status, reserve_tx_id)
       VALUES ($1, $2, $3, $4, 'PENDING', $5) RETURNING ${columns}`,
      [input.withdrawalId, input.playerId, input.amountMinor, input.currency, transactionId],
    );
    return rows[0]!;
  });
}

/** Settles a reservation once: POSTED pays it out to the PSP, VOIDED returns it to the player's cash. */
function settleReservation(
  db: Db,
  withdrawalId: string,
  outcome: 'POSTED' | 'VOIDED',
  details: Record<string, unknown>,
  counterAccount: (tx: DbClient, reservation: Reservation, cashAccountId: number) => Promise<number>,
): Promise<Reservation> {
  return withTransaction(db, async (tx) => {
    const head = await findReservation(tx, withdrawalId, false);
    if (!head) {
      throw new WalletRuleError(WalletErrorType.UnknownReservation, `no reservation for withdrawal ${withdrawalId}`, {
        withdrawalId,
      });
    }
    const accounts = await lockPlayerAccounts(tx, head.playerId);
    const reservation = (await findReservation(tx, withdrawalId, true))!;
    if (reservation.status === outcome) return reservation; // a repeat: the first settlement stands
    if (reservation.status !== 'PENDING') {
      throw new WalletRuleError(
        WalletErrorType.ReservationNotPending,
        `withdrawal ${withdrawalId} is already ${reservation.status}; it cannot be ${outcome} too`,
        { withdrawalId, status: reservation.status },
      );
    }
    const { transactionId } = await postLedgerTransaction(tx, {
      idempotencyKey: `withdrawal:${withdrawalId}:${outcome === 'POSTED' ? 'post' : 'void'}`,
      kind: outcome === 'POSTED' ? 'WITHDRAWAL_POST' : 'WITHDRAWAL_VOID',
      playerId: reservation.playerId,
      currency: reservation.currency,
      details: { withdrawalId, amountMinor: reservation.amountMinor, currency: reservation.currency, ...details },
      postings: [
        { accountId: accounts.withdrawalPending.accountId, amountMinor: -reservation.amountMinor },
        {
          accountId: await counterAccount(tx, reservation, accounts.cash.accountId),
          amountMinor: reservation.amountMinor,
        },
      ],
    });
    const { rows } = await tx.query<Reservation>(
      `UPDATE ledger_reservations SET status = $2, settle_tx_id = $3, settled_at = now() WHERE reservation_id = $1
       RETURNING ${columns}`,
      [withdrawalId, outcome, transactionId],
    );
    return rows[0]!;
  });
}

/** The payout went through: the reserved amount leaves through the PSP's clearing account. */
export function postReservedWithdrawal(db: Db, input: { withdrawalId: string; psp: string }): Promise<Reservation> {
  return settleReservation(db, input.withdrawalId, 'POSTED', { psp: input.psp }, (tx, r) =>
    operatorAccountId(tx, pspClearingCode(input.psp, r.currency), 'PSP_CLEARING', r.currency),
  );
}

/** The withdrawal was rejected, cancelled or finally failed: the reserved amount returns to the player's cash. */
export function voidReservedWithdrawal(db: Db, input: { withdrawalId: string; reason: string }): Promise<Reservation> {
  return settleReservation(db, input.withdrawalId, 'VOIDED', { reason: input.reason }, async (_tx, _r, cash) => cash);
}
