import type { KycStatus } from '../../contracts/kyc';
import type { Queryable } from '../../platform/db';
import { policyFor } from '../jurisdictions/registry';
import { ageOn, findPlayer } from '../wallet/players';
import { kycStandingOf } from './kyc-standing';

/** What an onboarding needs to know of a player, as codes: the date of birth itself never leaves this function. */
export interface OnboardingContext {
  jurisdiction: string;
  minimumAgeYears: number;
  ofAge: boolean;
  statusBefore: KycStatus;
}

/** Thrown when an onboarding is asked about a player who does not exist. */
export class UnknownOnboardingPlayerError extends Error {
  constructor(readonly playerId: string) {
    super(`no player ${playerId}`);
    this.name = 'UnknownOnboardingPlayerError';
  }
}

/** The player's jurisdiction, its minimum age (the registry's rule) and whether the player has it today. */
export async function onboardingContextOf(
  db: Queryable,
  playerId: string,
  today = new Date(),
): Promise<OnboardingContext> {
  const player = await findPlayer(db, playerId);
  if (!player) throw new UnknownOnboardingPlayerError(playerId);
  const minimumAgeYears = policyFor(player.jurisdiction).minimumAgeYears.value;
  const standing = await kycStandingOf(db, playerId);
  return {
    jurisdiction: player.jurisdiction,
    minimumAgeYears,
    ofAge: ageOn(player.dateOfBirth, today) >= minimumAgeYears,
    statusBefore: standing.status,
  };
}
