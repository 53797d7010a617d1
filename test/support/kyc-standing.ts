import { KycStatus } from '../../contracts/kyc';
import { recordKycStatus } from '../../domain/kyc/kyc-standing';
import type { Queryable } from '../../platform/db';

/**
 * A test's or a drill's players get their KYC standing the way `creditDeposit` gives them funds: directly through
 * the KYC domain, as if onboarding had decided. VERIFIED by default, since since issue 14 an unverified player may
 * not withdraw anywhere, nor deposit or bet in GB; `NOT_STARTED` leaves the player without a KYC record.
 */
export async function giveKycStanding(
  db: Queryable,
  playerId: string,
  status: KycStatus = KycStatus.VERIFIED,
): Promise<void> {
  if (status === KycStatus.NOT_STARTED) return;
  await recordKycStatus(db, playerId, status, 'test fixture: standing given by the test, not by onboarding');
}
