import { createRemoteJWKSet, errors, jwtVerify, type FlattenedJWSInput, type JWSHeaderParameters } from 'jose';
import type { PlayerTokenSettings } from './config';

// Player bearer tokens are verified with jose (panva/jose, pinned at 6.2.18): the JWKS is fetched from the identity
// provider and cached; a token signed by a key id the cache does not know makes it fetch again (key rotation), at
// most once per cooldown so that forged key ids cannot make us hammer the identity provider.

/** Signature algorithms a player token may use: asymmetric only, so knowing the JWKS never lets anyone sign. */
const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/** How long a JWKS fetch may take before the request answers 503 instead. */
const JWKS_TIMEOUT_MS = 2_000;

/** Why a token was refused, in words a client's developer can act on (never the token itself). */
export type PlayerTokenRefusal = 'missing' | 'expired' | 'invalid';

/** Thrown when a bearer token does not prove a player: missing, expired, or not signed and addressed to us. */
export class PlayerTokenError extends Error {
  constructor(
    readonly refusal: PlayerTokenRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'PlayerTokenError';
  }
}

/** Thrown when the identity provider's keys cannot be fetched: no fault of the player, so a 503. */
export class IdentityProviderUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the identity provider did not answer for its signing keys', { cause });
    this.name = 'IdentityProviderUnavailableError';
  }
}

/** Verifies a bearer token and answers its subject (the player at the identity provider). */
export type PlayerTokenVerifier = (token: string) => Promise<{ subject: string }>;

/**
 * A verifier for tokens of `settings.issuer` addressed to `settings.audience`, signed by a key of its JWKS, not
 * expired (within the clock tolerance), with a subject. `jwksCooldownMs` is jose's wait between two fetches of the
 * JWKS (30 s by default); tests of key rotation shorten it.
 */
export function createPlayerTokenVerifier(
  settings: PlayerTokenSettings,
  options: { jwksCooldownMs?: number } = {},
): PlayerTokenVerifier {
  const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), {
    timeoutDuration: JWKS_TIMEOUT_MS,
    ...(options.jwksCooldownMs !== undefined ? { cooldownDuration: options.jwksCooldownMs } : {}),
  });
  // Which failures of the key lookup are the token's (a key id nobody published) and which the identity provider's
  // (no answer, not 200, not a JWKS): only the token's are a 401.
  const keyFor = async (header: JWSHeaderParameters, token: FlattenedJWSInput) => {
    try {
      return await jwks(header, token);
    } catch (err) {
      if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) throw err;
      if (err instanceof errors.JOSENotSupported || err instanceof errors.JOSEAlgNotAllowed) throw err;
      throw new IdentityProviderUnavailableError(err);
    }
  };
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keyFor, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: settings.clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
      });
      return { subject: payload.sub! };
    } catch (err) {
      throw refusalOf(err);
    }
  };
}

function refusalOf(err: unknown): unknown {
  if (err instanceof errors.JWTExpired) return new PlayerTokenError('expired', 'the token has expired');
  if (err instanceof errors.JWTClaimValidationFailed)
    return new PlayerTokenError('invalid', `the token's ${err.claim} claim is not accepted`);
  if (err instanceof errors.JWKSNoMatchingKey)
    return new PlayerTokenError('invalid', 'the token is signed by a key the identity provider does not publish');
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported)
    return new PlayerTokenError('invalid', 'the token is signed with an algorithm that is not accepted');
  if (err instanceof errors.JOSEError)
    return new PlayerTokenError('invalid', 'the token is malformed or its signature does not verify');
  return err; // IdentityProviderUnavailableError, or a bug (a 500)
}
