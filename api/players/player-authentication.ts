import type { RequestHandler, Response } from 'express';
import { playerIdOfSubject } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound } from '../../platform/http-errors';
import {
  IdentityProviderUnavailableError,
  PlayerTokenError,
  type PlayerTokenVerifier,
} from '../../platform/player-tokens';

/** The codes of the player API's authentication, each with its one HTTP status (api/openapi/error-codes.test.ts). */
export const PlayerAuthCode = {
  /** 401: no bearer token, or one that is expired, not ours or not signed by the identity provider. */
  InvalidToken: 'INVALID_TOKEN',
  /** 403: a valid token whose subject has not registered a player yet. */
  PlayerNotRegistered: 'PLAYER_NOT_REGISTERED',
  /** 409: registration by a subject that is a player already (`playerId` says which). */
  SubjectAlreadyRegistered: 'SUBJECT_ALREADY_REGISTERED',
  /** 503: the identity provider's keys could not be fetched; nothing was done. */
  IdentityProviderUnavailable: 'IDENTITY_PROVIDER_UNAVAILABLE',
} as const;

/** Where the player API is mounted; every route under it needs a bearer token. */
export const PLAYER_API_PATH = '/player/v1';

/** Registration is the one route for a token whose subject is no player yet. */
const isRegistration = (method: string, path: string) => method === 'POST' && path.replace(/\/+$/, '') === '/players';

function invalidToken(detail: string): HttpProblemError {
  // RFC 6750 §3: the challenge tells the client to get a new token.
  const challenge = `Bearer realm="player-api", error="invalid_token", error_description="${detail}"`;
  return new HttpProblemError(
    401,
    'Unauthorized',
    detail,
    { code: PlayerAuthCode.InvalidToken },
    { 'www-authenticate': challenge },
  );
}

function bearerTokenOf(header: string | undefined): string {
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(header?.trim() ?? '');
  if (!match) throw invalidToken('an Authorization: Bearer <token> header is required');
  return match[1]!;
}

async function subjectOf(verify: PlayerTokenVerifier, token: string): Promise<string> {
  try {
    return (await verify(token)).subject;
  } catch (err) {
    if (err instanceof PlayerTokenError) throw invalidToken(err.message);
    if (err instanceof IdentityProviderUnavailableError) {
      throw new HttpProblemError(
        503,
        'Service Unavailable',
        'The identity provider did not answer for its signing keys; try again shortly.',
        { code: PlayerAuthCode.IdentityProviderUnavailable, retryAfterSeconds: 5 },
        { 'retry-after': '5' },
      );
    }
    throw err;
  }
}

/**
 * Authenticates every player API request: the bearer token must be the identity provider's, for this API, not
 * expired; its subject is the player. Sets `res.locals.playerSubject`, and (for every route but registration)
 * `res.locals.playerId`, the registered player the subject is; a subject that is no player yet gets 403.
 */
export function authenticatePlayer(deps: { db: Db; verifyToken: PlayerTokenVerifier }): RequestHandler {
  return async (req, res, next) => {
    const subject = await subjectOf(deps.verifyToken, bearerTokenOf(req.header('authorization')));
    res.locals.playerSubject = subject;
    if (!isRegistration(req.method, req.path)) {
      const playerId = await playerIdOfSubject(deps.db, subject);
      if (!playerId) {
        throw new HttpProblemError(
          403,
          'Forbidden',
          `No player is registered for this token's subject: register first (POST ${PLAYER_API_PATH}/players).`,
          { code: PlayerAuthCode.PlayerNotRegistered },
        );
      }
      res.locals.playerId = playerId;
    }
    next();
  };
}

/** The authenticated player of a player API request (set by authenticatePlayer). */
export function authenticatedPlayerId(res: Response): string {
  const playerId = res.locals.playerId as unknown;
  if (typeof playerId !== 'string') throw new Error('the player API route runs without authenticatePlayer');
  return playerId;
}

/** The identity provider's subject of a player API request (set by authenticatePlayer). */
export function authenticatedSubject(res: Response): string {
  const subject = res.locals.playerSubject as unknown;
  if (typeof subject !== 'string') throw new Error('the player API route runs without authenticatePlayer');
  return subject;
}

/**
 * Another player's resource answers exactly as one that does not exist (404), so that ids cannot be probed:
 * throws that 404 unless `ownerId` is the authenticated player.
 */
export function requireOwnedBy(res: Response, ownerId: string | undefined, notFoundDetail: string): void {
  if (ownerId !== authenticatedPlayerId(res)) throw notFound(notFoundDetail);
}
