// PLACEHOLDER: replaced by kycsim's file at merge (the agreed signatures; it asks the provider for nothing).
import type { KycCheckResultNotice } from '../../contracts/kyc';
import type { Db } from '../../platform/db';

/** The KYC provider activities (placeholder: no checks are requested, so none are awaited). */
export function createKycProviderActivities(_deps: { db: Db }) {
  return {
    async requestKycChecks(_input: { playerId: string; onboardingId: string }): Promise<{ checkIds: string[] }> {
      return { checkIds: [] };
    },
    async kycCheckResults(_checkIds: string[]): Promise<KycCheckResultNotice[]> {
      return [];
    },
  };
}
