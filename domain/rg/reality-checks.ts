import { z } from 'zod';
import type { Currency } from '../../contracts/wallet';
import type { Queryable } from '../../platform/db';

/** A reality-check interval as the player sets it: a reminder every 5 to 240 minutes of play. */
export const realityCheckSettingSchema = z
  .object({
    intervalMinutes: z.number().int().min(5).max(240).meta({
      description: 'How often, in minutes of a game session, the player-facing app reminds the player (5 to 240).',
    }),
  })
  .strict();

/** What the player-facing app shows: the interval, the current session, when the next reminder is due, its cost. */
export interface RealityCheck {
  intervalMinutes: number | null;
  session: {
    sessionId: string;
    gameId: string;
    openedAt: string;
    /** Minutes played so far in this session. */
    elapsedMinutes: number;
    /** When the next reminder is due (null without an interval). */
    nextReminderAt: string | null;
    currency: Currency;
    /** Staked since the session opened, net of rollbacks, in minor units. */
    stakedMinor: number;
    /** Won since the session opened, in minor units. */
    wonMinor: number;
    /** Won minus staked: negative is what the session has cost. */
    netMinor: number;
  } | null;
}

/** Sets (or replaces) the player's reality-check interval. */
export async function setRealityCheckInterval(db: Queryable, playerId: string, intervalMinutes: number): Promise<void> {
  await db.query(
    `INSERT INTO rg_reality_checks (player_id, interval_minutes) VALUES ($1, $2)
     ON CONFLICT (player_id) DO UPDATE SET interval_minutes = EXCLUDED.interval_minutes, updated_at = now()`,
    [playerId, intervalMinutes],
  );
}

/**
 * The player's reality check now: their interval and, for their most recently active open game session, when the
 * next reminder is due (every interval from the session's opening) and what the session has cost. The cost is
 * read from the ledger: the player's bets (net of rollbacks) and wins since the session opened; bets are not
 * tagged with their session, so a player with two games open at once sees the play of both.
 */
export async function realityCheckOf(db: Queryable, playerId: string): Promise<RealityCheck> {
  const { rows } = await db.query<{
    intervalMinutes: number | null;
    sessionId: string | null;
    gameId: string;
    openedAt: Date;
    currency: Currency;
    elapsedSeconds: number;
    nextReminderAt: Date | null;
    stakedMinor: string;
    wonMinor: string;
  }>(
    `WITH setting AS (SELECT interval_minutes FROM rg_reality_checks WHERE player_id = $1),
     session AS (
       SELECT session_id, game_id, opened_at, currency FROM game_sessions
       WHERE player_id = $1 AND ended_at IS NULL AND expires_at > now()
       ORDER BY last_active_at DESC LIMIT 1),
     play AS (
       SELECT
         COALESCE(sum(CASE WHEN t.kind = 'BET' THEN -p.amount_minor WHEN t.kind = 'ROLLBACK' THEN -p.amount_minor END), 0)
           AS staked,
         COALESCE(sum(CASE WHEN t.kind = 'WIN' THEN p.amount_minor END), 0) AS won
       FROM session s
       JOIN ledger_transactions t ON t.player_id = $1 AND t.created_at >= s.opened_at
                                  AND t.kind IN ('BET', 'WIN', 'ROLLBACK')
       JOIN ledger_postings p ON p.transaction_id = t.transaction_id
       JOIN ledger_accounts a ON a.account_id = p.account_id AND a.player_id = $1)
     SELECT (SELECT interval_minutes FROM setting) AS "intervalMinutes",
            s.session_id AS "sessionId", s.game_id AS "gameId", s.opened_at AS "openedAt", s.currency,
            extract(epoch FROM now() - s.opened_at)::INT AS "elapsedSeconds",
            s.opened_at + make_interval(mins => (SELECT interval_minutes FROM setting)
              * (floor(extract(epoch FROM now() - s.opened_at) / 60 / (SELECT interval_minutes FROM setting))::INT + 1))
              AS "nextReminderAt",
            play.staked AS "stakedMinor", play.won AS "wonMinor"
     FROM (SELECT 1) one LEFT JOIN session s ON true LEFT JOIN play ON true`,
    [playerId],
  );
  const row = rows[0]!;
  if (!row.sessionId) return { intervalMinutes: row.intervalMinutes, session: null };
  const stakedMinor = Number(row.stakedMinor);
  const wonMinor = Number(row.wonMinor);
  return {
    intervalMinutes: row.intervalMinutes,
    session: {
      sessionId: row.sessionId,
      gameId: row.gameId,
      openedAt: row.openedAt.toISOString(),
      elapsedMinutes: Math.floor(row.elapsedSeconds / 60),
      nextReminderAt: row.nextReminderAt ? row.nextReminderAt.toISOString() : null,
      currency: row.currency,
      stakedMinor,
      wonMinor,
      netMinor: wonMinor - stakedMinor,
    },
  };
}
