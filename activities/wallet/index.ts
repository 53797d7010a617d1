import { ApplicationFailure } from '@temporalio/activity';
import { WalletRuleError } from '../../domain/wallet/errors';
import {
  convertBonus,
  creditDeposit,
  forfeitBonus,
  grantBonus,
  type MovementResult,
} from '../../domain/wallet/money-movements';
import {
  postReservedWithdrawal,
  reserveWithdrawalFunds,
  voidReservedWithdrawal,
  type Reservation,
} from '../../domain/wallet/withdrawal-reservations';
import type { Db } from '../../platform/db';

/** Dependencies of the wallet activities, injected by the worker that hosts them (or a test). */
export interface WalletActivityDeps {
  db: Db;
}

/** A broken business rule is final: retrying an insufficient-funds reservation cannot make it succeed. */
async function asActivity<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof WalletRuleError) {
      throw ApplicationFailure.create({
        type: err.type,
        message: err.message,
        details: [err.context],
        nonRetryable: true,
      });
    }
    throw err;
  }
}

/**
 * The wallet's activities for workflows (deposits, withdrawals, bonuses): each is idempotent by the business id
 * the workflow passes, so a retried or replayed activity moves money once.
 */
export function createWalletActivities({ db }: WalletActivityDeps) {
  return {
    creditDeposit: (input: Parameters<typeof creditDeposit>[1]): Promise<MovementResult> =>
      asActivity(() => creditDeposit(db, input)),
    reserveWithdrawalFunds: (input: Parameters<typeof reserveWithdrawalFunds>[1]): Promise<Reservation> =>
      asActivity(() => reserveWithdrawalFunds(db, input)),
    postReservedWithdrawal: (input: Parameters<typeof postReservedWithdrawal>[1]): Promise<Reservation> =>
      asActivity(() => postReservedWithdrawal(db, input)),
    voidReservedWithdrawal: (input: Parameters<typeof voidReservedWithdrawal>[1]): Promise<Reservation> =>
      asActivity(() => voidReservedWithdrawal(db, input)),
    grantBonus: (input: Parameters<typeof grantBonus>[1]): Promise<MovementResult> =>
      asActivity(() => grantBonus(db, input)),
    convertBonus: (input: Parameters<typeof convertBonus>[1]): Promise<MovementResult> =>
      asActivity(() => convertBonus(db, input)),
    forfeitBonus: (input: Parameters<typeof forfeitBonus>[1]): Promise<MovementResult> =>
      asActivity(() => forfeitBonus(db, input)),
  };
}
