import type { Queryable } from '../../platform/db';
import { AmlStarterRule } from '../../contracts/aml';
import { MONITORED_EVENTS } from './monitoring/monitor-batch';

/** At most this many violations of one kind are listed (with the count of the rest). */
const SHOWN = 10;

/**
 * The monitoring promises after a chaos drill, since `since` (each returns a list of violations, empty when it held):
 * every monitored event written to the outbox was evaluated (exactly once: the evaluation log's key is the event
 * id); every rule that fired has its alert, once; every alert has the evaluation that raised it; and, recomputed
 * independently from the payments table, every deposit credited at or above the live large-deposit threshold has
 * exactly one alert. Run it once the monitor has caught up (zero lag). (The turnover the rules read is the bet
 * path's, checked with the wallet's invariants.)
 */
export async function checkMonitoringAfterDrill(db: Queryable, since: Date): Promise<string[]> {
  const violations: string[] = [];
  const report = (what: string, rows: { id: string }[]) => {
    if (rows.length === 0) return;
    const more = rows.length > SHOWN ? ` (and ${rows.length - SHOWN} more)` : '';
    violations.push(
      `${what}: ${rows
        .slice(0, SHOWN)
        .map((r) => r.id)
        .join(', ')}${more}`,
    );
  };

  const notEvaluated = await db.query<{ id: string }>(
    `SELECT o.event_id::text AS id FROM outbox_events o
      WHERE o.created_at >= $1 AND o.event_type = ANY($2::text[])
        AND NOT EXISTS (SELECT 1 FROM aml_evaluations e WHERE e.event_id = o.event_id)
      ORDER BY o.id`,
    [since, MONITORED_EVENTS.map((e) => e.type)],
  );
  report('monitored events never evaluated', notEvaluated.rows);

  // Each fired entry of the log must name an alert that exists under its key; an alert key is unique, so "two
  // alerts" shows as two fired entries of one event claiming different alerts for one key.
  const firedWithoutAlert = await db.query<{ id: string }>(
    `SELECT e.event_id::text || ' ' || (f ->> 'ruleId') || ' v' || (f ->> 'version') AS id
       FROM aml_evaluations e CROSS JOIN LATERAL jsonb_array_elements(e.fired) f
      WHERE e.evaluated_at >= $1
        AND NOT EXISTS (SELECT 1 FROM aml_alerts a WHERE a.alert_key = f ->> 'alertKey' AND a.alert_id = f ->> 'alertId')`,
    [since],
  );
  report('rules that fired without their alert', firedWithoutAlert.rows);

  const raisedTwice = await db.query<{ id: string }>(
    `SELECT e.event_id::text || ' ' || (f ->> 'ruleId') AS id
       FROM aml_evaluations e CROSS JOIN LATERAL jsonb_array_elements(e.fired) f
      WHERE e.evaluated_at >= $1 AND (f ->> 'suppressed')::boolean = false
      GROUP BY e.event_id, f ->> 'ruleId', f ->> 'version' HAVING count(*) > 1`,
    [since],
  );
  report('events that raised one rule twice', raisedTwice.rows);

  const alertWithoutEvaluation = await db.query<{ id: string }>(
    `SELECT a.alert_id AS id FROM aml_alerts a
      WHERE a.raised_at >= $1
        AND NOT EXISTS (SELECT 1 FROM aml_evaluations e CROSS JOIN LATERAL jsonb_array_elements(e.fired) f
                         WHERE e.event_id = a.event_id AND f ->> 'alertId' = a.alert_id
                           AND (f ->> 'suppressed')::boolean = false)`,
    [since],
  );
  report('alerts without the evaluation that raised them', alertWithoutEvaluation.rows);

  // Independent of the monitor's own log: the large-deposit rule recomputed from the deposits themselves.
  const live = await db.query<{ version: number; params: { thresholdMinor?: number; currency?: string } }>(
    `SELECT v.version, v.definition -> 'params' AS params FROM aml_rules r
       JOIN aml_rule_versions v ON v.rule_id = r.rule_id AND v.version = r.live_version WHERE r.rule_id = $1`,
    [AmlStarterRule.LARGE_DEPOSIT],
  );
  const rule = live.rows[0];
  if (rule && rule.params.thresholdMinor !== undefined && rule.params.currency !== undefined) {
    const largeDeposits = await db.query<{ id: string; alerts: number }>(
      `SELECT e.payment_id AS id, (SELECT count(*)::int FROM aml_alerts a
                                     WHERE a.event_id = e.event_id AND a.rule_id = $4) AS alerts
         FROM aml_monitored_events e JOIN payments p ON p.payment_id = e.payment_id
        WHERE e.kind = 'DEPOSIT_CREDITED' AND e.occurred_at >= $1 AND p.amount_minor >= $2 AND p.currency = $3`,
      [since, rule.params.thresholdMinor, rule.params.currency, AmlStarterRule.LARGE_DEPOSIT],
    );
    report(
      'large deposits without exactly one alert',
      largeDeposits.rows.filter((r) => r.alerts !== 1),
    );
    const credited = await db.query<{ id: string }>(
      `SELECT p.payment_id AS id FROM payments p
        WHERE p.kind = 'DEPOSIT' AND p.status = 'CREDITED' AND p.updated_at >= $1 AND p.amount_minor >= $2
          AND p.currency = $3
          AND NOT EXISTS (SELECT 1 FROM aml_alerts a JOIN aml_monitored_events e ON e.event_id = a.event_id
                           WHERE e.payment_id = p.payment_id AND a.rule_id = $4)`,
      [since, rule.params.thresholdMinor, rule.params.currency, AmlStarterRule.LARGE_DEPOSIT],
    );
    report('credited large deposits the monitor never alerted on', credited.rows);
  }
  return violations;
}
