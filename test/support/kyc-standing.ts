import { KycStatus } from '../../contracts/kyc';
import { kycStandingOf, recordKycStatus } from '../../domain/kyc/kyc-standing';
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

/**
 * Waits until a player registered through the player API is VERIFIED by their own onboarding (the KYC simulator
 * clears every check by default): such a player must not be given a standing, which their onboarding would then
 * overwrite.
 */
export async function verifiedByOnboarding(db: Queryable, playerId: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = (await kycStandingOf(db, playerId)).status;
    if (status === KycStatus.VERIFIED) return;
    if (Date.now() > deadline) throw new Error(`player ${playerId} is ${status}, not VERIFIED, after onboarding`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
