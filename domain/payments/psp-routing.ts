import type { Queryable } from '../../platform/db';
import type { PaymentMethod } from '../../contracts/payments';

/** What the router needs to know about a payment. */
export interface RoutingRequest {
  kind: 'DEPOSIT' | 'WITHDRAWAL';
  method: PaymentMethod;
  country: string;
  currency: string;
  amountMinor: number;
  /** The payment's instrument: only the PSP that issued its token can carry the payment. */
  instrumentId?: string;
}

/** A PSP the payment may go through, with why it ranks where it does. */
export interface RouteCandidate {
  psp: string;
  ruleId: string;
  costMinor: number;
  successRate: number | null;
  p50LatencyMs: number | null;
  recentAttempts: number;
  circuit: 'CLOSED' | 'OPEN';
}

/** Circuit breaker settings: this many infrastructure failures in a row open the circuit for the cool-down. */
export const circuitBreaker = { consecutiveFailures: 5, coolDownMs: 30_000 };
/**
 * Health looks at the PSP's finished attempts of the last 15 minutes, at most the latest HEALTH_SAMPLE of them (by
 * start), and the circuit at its latest `consecutiveFailures` finished attempts: so a routing decision reads a
 * bounded number of rows through the (psp, started_at) index however busy the PSP is. Unbounded, it read every
 * attempt of the window, and for the circuit every attempt the PSP ever had, on every payment.
 */
const HEALTH_WINDOW = '15 minutes';
export const HEALTH_SAMPLE = 200;
/** A PSP whose recent success rate is this much lower ranks below a healthier one, whatever the cost. */
const HEALTH_BAND = 0.1;

interface CandidateRow {
  psp: string;
  rule_id: string;
  cost_minor: string;
  attempts: number;
  successes: number;
  p50_ms: number | null;
  trailing_failures: number;
  last_failure_at: Date | null;
}

/**
 * Routes a payment: the PSPs of every enabled rule that matches (rules are rows in `psp_routing_rules`; a payment
 * to or from a saved instrument only its token's PSP), minus
 * those whose circuit is open, ordered by health (recent success rate, in bands so noise does not reshuffle
 * them), then cost, then latency. PSPs with an open circuit go last rather than nowhere: when every PSP is
 * failing, trying one is better than refusing the player.
 */
export async function routePayment(
  db: Queryable,
  request: RoutingRequest,
  now = new Date(),
): Promise<RouteCandidate[]> {
  const { rows } = await db.query<CandidateRow>(
    `WITH matching AS (
       SELECT DISTINCT ON (psp) psp, rule_id, cost_fixed_minor + (cost_bps::NUMERIC * $5 / 10000)::BIGINT AS cost_minor
       FROM psp_routing_rules
       WHERE enabled AND kind = $1 AND (method IS NULL OR method = $2) AND (country IS NULL OR country = $3)
         AND (currency IS NULL OR currency = $4)
         AND (min_amount_minor IS NULL OR $5 >= min_amount_minor) AND (max_amount_minor IS NULL OR $5 <= max_amount_minor)
         AND ($8::TEXT IS NULL OR psp = (SELECT i.psp FROM payment_instruments i WHERE i.instrument_id = $8))
       ORDER BY psp, cost_fixed_minor + (cost_bps::NUMERIC * $5 / 10000)::BIGINT
     )
     SELECT m.psp, m.rule_id, m.cost_minor,
            count(a.attempt_id)::INT AS attempts,
            count(a.attempt_id) FILTER (WHERE a.outcome_class IN ('SUCCESS', 'PENDING', 'HARD_DECLINE'))::INT
              AS successes,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY a.latency_ms) AS p50_ms,
            latest.trailing_failures, latest.last_failure_at
     FROM matching m
     CROSS JOIN LATERAL (
       SELECT count(*) FILTER (WHERE l.outcome_class IN ('TIMEOUT', 'OUTAGE'))::INT AS trailing_failures,
              max(l.finished_at) FILTER (WHERE l.outcome_class IN ('TIMEOUT', 'OUTAGE')) AS last_failure_at
       FROM (SELECT t.outcome_class, t.finished_at FROM payment_attempts t
             WHERE t.psp = m.psp AND t.finished_at IS NOT NULL ORDER BY t.started_at DESC LIMIT $7) l) latest
     LEFT JOIN LATERAL (
       SELECT t.attempt_id, t.outcome_class, t.latency_ms FROM payment_attempts t
       WHERE t.psp = m.psp AND t.finished_at IS NOT NULL
         AND t.started_at > $6::TIMESTAMPTZ - INTERVAL '${HEALTH_WINDOW}'
       ORDER BY t.started_at DESC LIMIT ${HEALTH_SAMPLE}) a ON true
     GROUP BY m.psp, m.rule_id, m.cost_minor, latest.trailing_failures, latest.last_failure_at`,
    [
      request.kind,
      request.method,
      request.country,
      request.currency,
      request.amountMinor,
      now,
      circuitBreaker.consecutiveFailures,
      request.instrumentId ?? null,
    ],
  );
  const candidates = rows.map((row): RouteCandidate => {
    const open =
      row.trailing_failures >= circuitBreaker.consecutiveFailures &&
      row.last_failure_at !== null &&
      now.getTime() - row.last_failure_at.getTime() < circuitBreaker.coolDownMs;
    return {
      psp: row.psp,
      ruleId: row.rule_id,
      costMinor: Number(row.cost_minor),
      successRate: row.attempts === 0 ? null : row.successes / row.attempts,
      p50LatencyMs: row.p50_ms === null ? null : Math.round(row.p50_ms),
      recentAttempts: row.attempts,
      circuit: open ? 'OPEN' : 'CLOSED',
    };
  });
  return rankCandidates(candidates);
}

/** Orders candidates: closed circuits first, then health band, then cost, then latency, then name. */
export function rankCandidates(candidates: RouteCandidate[]): RouteCandidate[] {
  // A PSP without recent attempts is presumed healthy, so a new or quiet PSP gets traffic.
  const band = (c: RouteCandidate) => Math.floor((1 - (c.successRate ?? 1)) / HEALTH_BAND);
  return [...candidates].sort(
    (a, b) =>
      Number(a.circuit === 'OPEN') - Number(b.circuit === 'OPEN') ||
      band(a) - band(b) ||
      a.costMinor - b.costMinor ||
      (a.p50LatencyMs ?? 0) - (b.p50LatencyMs ?? 0) ||
      a.psp.localeCompare(b.psp),
  );
}
