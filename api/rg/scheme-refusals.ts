import { RgRefusal } from '../../contracts/rg';
import { registrationSchemeRefusal } from '../../domain/rg/schemes/scheme-checks';
import { schemeCheckDeps } from '../../domain/rg/schemes/scheme-gate';
import type { PlayerRegistration } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { HttpProblemError } from '../../platform/http-errors';

/** How long a client should wait before retrying a registration the scheme could not answer for. */
const SCHEME_RETRY_AFTER_SECONDS = 30;

/** The HTTP status of each national scheme refusal: one status per code. */
export const schemeRefusalStatus = {
  [RgRefusal.NATIONALLY_EXCLUDED]: 403,
  [RgRefusal.NATIONAL_SCHEME_UNAVAILABLE]: 503,
} as const;

/** The problem a national scheme refusal answers: 403 listed, 503 (with Retry-After) the scheme did not answer. */
export function schemeRefusalProblem(code: RgRefusal): HttpProblemError {
  if (code === RgRefusal.NATIONAL_SCHEME_UNAVAILABLE) {
    return new HttpProblemError(
      503,
      'Service Unavailable',
      'The national self-exclusion scheme did not answer; nothing was done. Try again shortly.',
      { code, retryAfterSeconds: SCHEME_RETRY_AFTER_SECONDS },
      { 'retry-after': String(SCHEME_RETRY_AFTER_SECONDS) },
    );
  }
  return new HttpProblemError(
    403,
    'Forbidden',
    'The national self-exclusion scheme lists this person: we cannot open an account while it does.',
    { code },
  );
}

/**
 * Checks a registration against its jurisdiction's national scheme (recorded under the token's subject, audited)
 * and throws the problem of a refusal; returns when the person may register.
 */
export async function refuseNationallyExcludedRegistration(
  db: Db,
  subject: string,
  registration: PlayerRegistration,
): Promise<void> {
  const refusal = await registrationSchemeRefusal(db, schemeCheckDeps(), {
    subject,
    jurisdiction: registration.jurisdiction,
    person: {
      dateOfBirth: registration.dateOfBirth,
      ...(registration.givenName && { givenName: registration.givenName }),
      ...(registration.familyName && { familyName: registration.familyName }),
      ...(registration.email && { email: registration.email }),
      ...(registration.address && { postcode: registration.address.postcode }),
    },
  });
  if (refusal) throw schemeRefusalProblem(refusal);
}
