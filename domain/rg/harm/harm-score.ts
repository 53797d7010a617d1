import { HARM_THRESHOLDS, harmLevelOf, type HarmMarker } from '../../../contracts/rg';
import type { Queryable } from '../../../platform/db';

/** One marker's contribution to a player's harm score: which, when, how much, why. */
export interface HarmContribution {
  marker: HarmMarker;
  weight: number;
  strong: boolean;
  observedAt: string;
  explanation: string;
  facts: Record<string, unknown>;
}

/** A player's harm score now, the level it calls for, and the contributions that make it. */
export interface HarmScore {
  score: number;
  level: number;
  windowDays: number;
  contributions: HarmContribution[];
}

/** Whether a player exists (the routes answer 404 for one that does not). */
export async function playerExists(db: Queryable, playerId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM players WHERE player_id = $1', [playerId]);
  return !!rowCount;
}

/** The harm score of a player over the window: the sum of the weights of the markers seen in it, newest first. */
export async function harmScoreOf(db: Queryable, playerId: string): Promise<HarmScore> {
  const { rows } = await db.query<
    Omit<HarmContribution, 'explanation' | 'facts'> & { explanation: { text: string; facts: Record<string, unknown> } }
  >(
    `SELECT marker, weight, strong, to_json(observed_at) #>> '{}' AS "observedAt", explanation
     FROM rg_harm_markers WHERE player_id = $1 AND observed_at > now() - make_interval(days => $2::int)
     ORDER BY observed_at DESC, marker`,
    [playerId, HARM_THRESHOLDS.windowDays],
  );
  const contributions = rows.map((r) => ({ ...r, explanation: r.explanation.text, facts: r.explanation.facts }));
  const score = contributions.reduce((s, c) => s + c.weight, 0);
  return { score, level: harmLevelOf(score).level, windowDays: HARM_THRESHOLDS.windowDays, contributions };
}
