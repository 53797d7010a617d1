import type { KycGatedMovement } from '../../contracts/kyc';
import type { Queryable } from '../../platform/db';
import { kycRefusalFor } from '../kyc/kyc-gates';

/**
 * The questions other domains answer before money moves: responsible gambling (deposit limits), KYC and AML.
 * Each returns why the payment may not go ahead, or undefined. They are injected into the payments activities, so
 * each domain replaces its own without touching sagas; the deposit-limit and AML gates still say yes until their
 * issues land.
 */
export interface PaymentGates {
  depositLimitRefusal(
    db: Queryable,
    playerId: string,
    amountMinor: number,
    currency: string,
  ): Promise<string | undefined>;
  /** A KYC refusal code (KYC_NOT_VERIFIED, KYC_REJECTED, KYC_RESTRICTED) for this deposit or withdrawal. */
  kycRefusal(db: Queryable, playerId: string, movement: Exclude<KycGatedMovement, 'BET'>): Promise<string | undefined>;
  amlHoldRefusal(db: Queryable, playerId: string): Promise<string | undefined>;
}

/** The gates the payments worker runs with: KYC is real (issue 14); deposit limits and AML holds are not yet. */
export const paymentGates: PaymentGates = {
  depositLimitRefusal: async () => undefined,
  kycRefusal: kycRefusalFor,
  amlHoldRefusal: async () => undefined,
};
