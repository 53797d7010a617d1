import type { Queryable } from '../../platform/db';

/** How far back alerts count towards a player's risk score. */
export const RISK_SCORE_WINDOW_DAYS = 365;

/** What one rule version contributed to a player's risk score. */
export interface RiskContribution {
  ruleId: string;
  ruleName: string;
  ruleVersion: number;
  alerts: number;
  score: number;
  firstAt: string;
  lastAt: string;
}

/** A player's risk score and where every point of it comes from. */
export interface PlayerRiskScore {
  playerId: string;
  score: number;
  windowDays: number;
  contributions: RiskContribution[];
}

/**
 * The player's risk score: the sum of the scores of their alerts in the last year, leaving out those a closed case
 * judged false positives. It is computed from the alerts themselves rather than kept as a running total, so it is
 * always explained to the point (which rule, which version, how much, when) and a disposition or a retention purge
 * changes it without any further bookkeeping.
 */
export async function playerRiskScore(db: Queryable, playerId: string, at = new Date()): Promise<PlayerRiskScore> {
  const { rows } = await db.query<{
    rule_id: string;
    name: string;
    rule_version: number;
    alerts: number;
    score: number;
    first_at: Date;
    last_at: Date;
  }>(
    `SELECT a.rule_id, r.name, a.rule_version, count(*)::int AS alerts, sum(a.score)::int AS score,
            min(a.occurred_at) AS first_at, max(a.occurred_at) AS last_at
       FROM aml_alerts a JOIN aml_rules r ON r.rule_id = a.rule_id
      WHERE a.player_id = $1 AND a.occurred_at > $2::timestamptz - make_interval(days => $3)
        AND a.disposition IS DISTINCT FROM 'FALSE_POSITIVE'
      GROUP BY a.rule_id, r.name, a.rule_version
      ORDER BY score DESC, a.rule_id, a.rule_version`,
    [playerId, at, RISK_SCORE_WINDOW_DAYS],
  );
  const contributions = rows.map((r) => ({
    ruleId: r.rule_id,
    ruleName: r.name,
    ruleVersion: r.rule_version,
    alerts: r.alerts,
    score: r.score,
    firstAt: r.first_at.toISOString(),
    lastAt: r.last_at.toISOString(),
  }));
  return {
    playerId,
    score: contributions.reduce((s, c) => s + c.score, 0),
    windowDays: RISK_SCORE_WINDOW_DAYS,
    contributions,
  };
}
