import type { Queryable } from '../../platform/db';

/**
 * The questions other domains answer before money moves: responsible gambling (deposit limits), KYC and AML.
 * Each returns why the payment may not go ahead, or undefined. Until those issues land, the defaults below say
 * yes; they are injected into the payments activities, so each domain replaces its own without touching sagas.
 */
export interface PaymentGates {
  depositLimitRefusal(
    db: Queryable,
    playerId: string,
    amountMinor: number,
    currency: string,
  ): Promise<string | undefined>;
  kycRefusal(db: Queryable, playerId: string): Promise<string | undefined>;
  amlHoldRefusal(db: Queryable, playerId: string): Promise<string | undefined>;
}

export const openPaymentGates: PaymentGates = {
  depositLimitRefusal: async () => undefined,
  kycRefusal: async () => undefined,
  amlHoldRefusal: async () => undefined,
};
