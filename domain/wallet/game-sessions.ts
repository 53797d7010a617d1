import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import {
  currencySchema,
  GameSessionEndReason,
  GameSessionRefusal,
  type Currency,
  type GameSessionRefusal as GameSessionRefusalCode,
} from '../../contracts/wallet';

/** What the player API takes to open a game session. */
export const gameSessionRequestSchema = z
  .object({
    providerId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be a game provider id such as "demo-games"'),
    gameId: z.string().min(1).max(100),
    currency: currencySchema,
  })
  .strict();
export type GameSessionRequest = z.infer<typeof gameSessionRequestSchema>;

/** How long sessions live (GAME_SESSION_IDLE_TIMEOUT_SECONDS, GAME_SESSION_MAX_SECONDS). */
export interface GameSessionSettings {
  idleTimeoutSeconds: number;
  maxDurationSeconds: number;
}

/** Where a session stands: EXPIRED once past its absolute expiry or idle time-out, ENDED once ended before. */
export const GameSessionStatus = { ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED', ENDED: 'ENDED' } as const;
export type GameSessionStatus = (typeof GameSessionStatus)[keyof typeof GameSessionStatus];

/** A game session as the player API shows it; never its token, which only the answer to opening it carries. */
export interface GameSession {
  sessionId: string;
  playerId: string;
  providerId: string;
  gameId: string;
  currency: Currency;
  status: GameSessionStatus;
  openedAt: string;
  /** Absolute expiry; the session also expires after `idleTimeoutSeconds` without a bet. */
  expiresAt: string;
  idleTimeoutSeconds: number;
  endedAt: string | null;
  endReason: GameSessionEndReason | null;
}

/** Why a session cannot be opened: a session refusal, the player's status, or their wallet's currency. */
export type GameSessionOpenRefusal =
  GameSessionRefusalCode | 'PLAYER_BLOCKED' | 'PLAYER_SELF_EXCLUDED' | 'PLAYER_CLOSED' | 'CURRENCY_MISMATCH';

/** Thrown when a game session cannot be opened; `code` says why (the wallet refuses bets with the same codes). */
export class GameSessionRefusedError extends Error {
  constructor(
    readonly code: GameSessionOpenRefusal,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'GameSessionRefusedError';
  }
}

/** The SHA-256 the database keeps of a launch token, as the bet gate computes it (sql/functions/wallet_gate_bets.sql). */
export const launchTokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

const sessionColumns = `session_id AS "sessionId", player_id AS "playerId", provider_id AS "providerId",
  game_id AS "gameId", currency,
  CASE WHEN ended_at IS NOT NULL THEN 'ENDED'
       WHEN now() >= least(expires_at, last_active_at + idle_timeout) THEN 'EXPIRED' ELSE 'ACTIVE' END AS status,
  opened_at AS "openedAt", expires_at AS "expiresAt",
  extract(epoch FROM idle_timeout)::INT AS "idleTimeoutSeconds", ended_at AS "endedAt", end_reason AS "endReason"`;

const toSession = (row: Record<string, unknown>): GameSession =>
  ({
    ...row,
    openedAt: (row.openedAt as Date).toISOString(),
    expiresAt: (row.expiresAt as Date).toISOString(),
    endedAt: row.endedAt ? (row.endedAt as Date).toISOString() : null,
  }) as GameSession;

/**
 * Opens a game session for a player, after the checks the bet gate repeats on every bet: an active player, their
 * wallet's currency, a provider that serves their brand and offers the game. Answers the session with its launch
 * token (256 random bits, base64url), which is stored only as its SHA-256: it cannot be read back.
 */
export async function openGameSession(
  db: Queryable,
  playerId: string,
  request: GameSessionRequest,
  settings: GameSessionSettings,
): Promise<{ session: GameSession; launchToken: string } | undefined> {
  // The player's status as a string: importing PlayerStatus from players.ts would make a cycle (it ends sessions).
  const { rows } = await db.query<{ status: string; currency: string; in_brand: boolean; offers_game: boolean }>(
    `SELECT p.status, p.currency,
            EXISTS (SELECT 1 FROM game_provider_brands b WHERE b.provider_id = $2 AND b.brand IN (p.brand, '*'))
              AS in_brand,
            EXISTS (SELECT 1 FROM game_provider_games g WHERE g.provider_id = $2 AND g.game_id = $3) AS offers_game
       FROM players p WHERE p.player_id = $1`,
    [playerId, request.providerId, request.gameId],
  );
  const player = rows[0];
  if (!player) return undefined;
  if (player.status !== 'ACTIVE') {
    const code = `PLAYER_${player.status}` as GameSessionOpenRefusal;
    throw new GameSessionRefusedError(code, `The player is ${player.status}; no game may start.`);
  }
  if (player.currency !== request.currency) {
    throw new GameSessionRefusedError('CURRENCY_MISMATCH', `The player's wallet is in ${player.currency}.`);
  }
  if (!player.in_brand) {
    const detail = `${request.providerId} does not serve this player's brand.`;
    throw new GameSessionRefusedError(GameSessionRefusal.PROVIDER_NOT_IN_BRAND, detail);
  }
  if (!player.offers_game) {
    const detail = `${request.providerId} does not offer ${request.gameId}.`;
    throw new GameSessionRefusedError(GameSessionRefusal.GAME_NOT_OFFERED, detail);
  }
  const launchToken = randomBytes(32).toString('base64url');
  const inserted = await db.query(
    `INSERT INTO game_sessions (session_id, token_hash, player_id, provider_id, game_id, currency, idle_timeout,
                                expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, make_interval(secs => $7), now() + make_interval(secs => $8))
     RETURNING ${sessionColumns}`,
    [
      newBusinessId('gs'),
      launchTokenHash(launchToken),
      playerId,
      request.providerId,
      request.gameId,
      request.currency,
      settings.idleTimeoutSeconds,
      settings.maxDurationSeconds,
    ],
  );
  return { session: toSession(inserted.rows[0]), launchToken };
}

/**
 * Ends one session of a player (the player closed the game); undefined when the player has no such session. An
 * ended or expired session is answered as it stands: ending twice is harmless.
 */
export async function endGameSession(
  db: Queryable,
  playerId: string,
  sessionId: string,
  reason: GameSessionEndReason = GameSessionEndReason.CLOSED_BY_PLAYER,
): Promise<GameSession | undefined> {
  const closed = await db.query(
    `UPDATE game_sessions SET ended_at = now(), end_reason = $3
      WHERE session_id = $1 AND player_id = $2 AND ended_at IS NULL
     RETURNING ${sessionColumns}`,
    [sessionId, playerId, reason],
  );
  if (closed.rows[0]) return toSession(closed.rows[0]);
  const { rows } = await db.query(
    `SELECT ${sessionColumns} FROM game_sessions WHERE session_id = $1 AND player_id = $2`,
    [sessionId, playerId],
  );
  return rows[0] ? toSession(rows[0]) : undefined;
}

/**
 * Ends every open session of a player, so that their next bet is refused (GAME_SESSION_ENDED) while wins and
 * rollbacks still settle: on logout, and for responsible gambling (self-exclusion, a time-out, a session limit).
 * Answers how many sessions it ended.
 */
export async function endPlayerSessions(
  db: Queryable,
  playerId: string,
  reason: GameSessionEndReason,
): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE game_sessions SET ended_at = now(), end_reason = $2 WHERE player_id = $1 AND ended_at IS NULL',
    [playerId, reason],
  );
  return rowCount ?? 0;
}
