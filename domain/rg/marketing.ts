import { RgRestrictionKind, SchemeAnswer, SchemeCheckPurpose } from '../../contracts/rg';
import type { Queryable } from '../../platform/db';
import { exclusionsInForce } from './exclusions/exclusions';
import { restrictionsInForce } from './restrictions';
import { checkPlayerAgainstScheme } from './schemes/scheme-checks';
import { schemeCheckDeps } from './schemes/scheme-gate';

/**
 * Whether the operator may send `playerId` marketing now: no time-out or self-exclusion in force, no marketing
 * suppression, and their national scheme (where their jurisdiction has one) answered that they are not listed; a
 * scheme that did not answer means no (the message can wait, a listed person must not get it). `reason` says why not.
 */
export async function marketingAllowed(
  db: Queryable,
  playerId: string,
): Promise<{ allowed: boolean; reason?: string }> {
  const exclusions = await exclusionsInForce(db, playerId);
  if (exclusions.length > 0) {
    return { allowed: false, reason: `${exclusions[0]!.kind} in force until ${exclusions[0]!.endsAt}` };
  }
  if ((await restrictionsInForce(db, playerId)).includes(RgRestrictionKind.MARKETING_SUPPRESSION)) {
    return { allowed: false, reason: 'MARKETING_SUPPRESSION in force' };
  }
  const answer = await checkPlayerAgainstScheme(db, schemeCheckDeps(), playerId, SchemeCheckPurpose.MARKETING);
  if (answer === SchemeAnswer.LISTED) return { allowed: false, reason: 'NATIONALLY_EXCLUDED' };
  if (answer === SchemeAnswer.UNAVAILABLE) return { allowed: false, reason: 'NATIONAL_SCHEME_UNAVAILABLE' };
  return { allowed: true };
}
