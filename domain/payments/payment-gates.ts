import type { KycGatedMovement } from '../../contracts/kyc';
import type { Queryable } from '../../platform/db';
import { activeAmlHoldOf } from '../aml/holds';
import { kycRefusalFor } from '../kyc/kyc-gates';
import { rgDepositRefusal } from '../rg/deposit-gate';

/**
 * The questions other domains answer before money moves: responsible gambling (deposit limits), KYC and AML.
 * Each returns why the payment may not go ahead, or undefined. They are injected into the payments activities, so
 * each domain replaces its own without touching sagas.
 */
export interface PaymentGates {
  /** A responsible-gambling refusal code (exclusion, deposit block, deposit limit, national scheme) for a deposit. */
  depositLimitRefusal(
    db: Queryable,
    playerId: string,
    amountMinor: number,
    currency: string,
  ): Promise<string | undefined>;
  /** A KYC refusal code (KYC_NOT_VERIFIED, KYC_REJECTED, KYC_RESTRICTED) for this deposit or withdrawal. */
  kycRefusal(db: Queryable, playerId: string, movement: Exclude<KycGatedMovement, 'BET'>): Promise<string | undefined>;
  /**
   * The case of the player's active AML hold, if any. A held player's withdrawal is not refused: it is requested,
   * reserved and decided as any other, then waits in AML_HOLD before its payout until the hold is released.
   */
  activeAmlHold(db: Queryable, playerId: string): Promise<{ caseId: string } | undefined>;
}

/** The gates the payments worker runs with: KYC (issue 14), AML holds (issue 15), responsible gambling (issue 16). */
export const paymentGates: PaymentGates = {
  depositLimitRefusal: rgDepositRefusal,
  kycRefusal: kycRefusalFor,
  activeAmlHold: activeAmlHoldOf,
};
