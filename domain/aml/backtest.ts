import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { appendAuditEntry } from '../admin/audit-log';
import { newBusinessId } from '../../platform/ids';
import { evaluateRules } from './monitoring/monitor-batch';
import {
  computeFacts,
  FACTS_LOOKBACK_HOURS,
  loadFactsInputs,
  MONITORED_EVENT_COLUMNS,
  monitoredEventOf,
  type MonitoredEvent,
} from './rules/facts';
import { alertKeyOf, compileRule, type RuleDefinition } from './rules/rule-definition';
import { findAmlRuleVersion, type AuditContext } from './rules/rules-repository';

/** What a back-test found: the alerts the rule would have raised over the period, for whom and on which days. */
export interface BacktestResult {
  eventsEvaluated: number;
  alerts: number;
  players: { playerId: string; alerts: number }[];
  perDay: { day: string; alerts: number }[];
  /** Conditions that failed at run time on some event (counted as not fired). */
  errors: number;
}

/** A back-test as stored and shown. */
export interface AmlBacktest {
  backtestId: string;
  ruleId: string;
  ruleVersion: number | null;
  definition: RuleDefinition;
  from: string;
  to: string;
  requestedBy: string;
  requestedAt: string;
  result: BacktestResult;
}

/** What to back-test: a stored version, or a definition not saved yet (to try a threshold before proposing it). */
export interface BacktestRequest {
  ruleId: string;
  version?: number;
  definition?: unknown;
  from: Date;
  to: Date;
}

/**
 * Runs a rule over the recorded monitored events of a period (`aml_monitored_events`), with the same facts and
 * evaluation as the live monitor and the rule's own suppression, and stores what it would have raised. No alert is
 * written. The turnover comes from the recorded bet buckets as of each event; linked players are counted as they
 * are today (links are not recorded over time). Throws RuleDefinitionInvalidError, AmlRuleNotFoundError.
 */
export async function runBacktest(db: Db, request: BacktestRequest, audit: AuditContext): Promise<AmlBacktest> {
  const version = request.version;
  const definitionInput =
    version !== undefined ? (await findAmlRuleVersion(db, request.ruleId, version)).definition : request.definition;
  const compiled = compileRule(definitionInput);
  const rule = { ruleId: request.ruleId, version: version ?? 0, severity: 'LOW' as const, score: 0, compiled };
  const { rows } = await db.query<Parameters<typeof monitoredEventOf>[0]>(
    `SELECT ${MONITORED_EVENT_COLUMNS} FROM aml_monitored_events
      WHERE occurred_at >= $1 AND occurred_at < $2 AND kind = ANY($3::text[])
      ORDER BY occurred_at, recorded_at, event_id`,
    [request.from, request.to, compiled.definition.on],
  );
  const histories = new Map<string, MonitoredEvent[]>();
  const keys = new Set<string>();
  const perPlayer = new Map<string, number>();
  const perDay = new Map<string, number>();
  let errors = 0;
  for (const event of rows.map(monitoredEventOf)) {
    let history = histories.get(event.playerId);
    if (!history) {
      history = await playerHistoryFor(db, event.playerId, request.from, request.to);
      histories.set(event.playerId, history);
    }
    const inputs = await loadFactsInputs(db, event, history, compiled.readsLinkedPlayers);
    const { outcomes } = evaluateRules([rule], event, (hours) => computeFacts(event, history, hours, inputs));
    if (outcomes[0]?.error) errors++;
    if (!outcomes[0]?.fired) continue;
    const key = alertKeyOf(
      { ruleId: rule.ruleId, version: rule.version, suppress: compiled.definition.suppress },
      event,
    );
    if (keys.has(key)) continue;
    keys.add(key);
    perPlayer.set(event.playerId, (perPlayer.get(event.playerId) ?? 0) + 1);
    const day = event.occurredAt.toISOString().slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const result: BacktestResult = {
    eventsEvaluated: rows.length,
    alerts: keys.size,
    players: [...perPlayer.entries()]
      .map(([playerId, alerts]) => ({ playerId, alerts }))
      .sort((a, b) => b.alerts - a.alerts || a.playerId.localeCompare(b.playerId)),
    perDay: [...perDay.entries()].map(([day, alerts]) => ({ day, alerts })).sort((a, b) => a.day.localeCompare(b.day)),
    errors,
  };
  const backtestId = newBusinessId('bt');
  await withTransaction(db, async (tx) => {
    await tx.query(
      `INSERT INTO aml_backtests (backtest_id, rule_id, rule_version, definition, period_from, period_to, requested_by, result)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        backtestId,
        request.ruleId,
        version ?? null,
        JSON.stringify(compiled.definition),
        request.from,
        request.to,
        audit.actor,
        JSON.stringify(result),
      ],
    );
    await appendAuditEntry(tx, {
      ...audit,
      action: 'aml.rule.backtest',
      entityType: 'AmlRule',
      entityId: request.ruleId,
      after: { backtestId, ruleVersion: version ?? null, from: request.from, to: request.to, alerts: result.alerts },
    });
  });
  return (await findBacktest(db, backtestId))!;
}

/** The player's history from the look-back before the period to its end (facts filter it per event). */
async function playerHistoryFor(db: Queryable, playerId: string, from: Date, to: Date) {
  const { rows } = await db.query<Parameters<typeof monitoredEventOf>[0]>(
    `SELECT ${MONITORED_EVENT_COLUMNS} FROM aml_monitored_events
      WHERE player_id = $1 AND occurred_at > $2::timestamptz - make_interval(hours => $3) AND occurred_at < $4
      ORDER BY occurred_at, recorded_at, event_id`,
    [playerId, from, FACTS_LOOKBACK_HOURS, to],
  );
  return rows.map(monitoredEventOf);
}

interface BacktestRow {
  backtest_id: string;
  rule_id: string;
  rule_version: number | null;
  definition: RuleDefinition;
  period_from: Date;
  period_to: Date;
  requested_by: string;
  requested_at: Date;
  result: BacktestResult;
}
const backtestOf = (r: BacktestRow): AmlBacktest => ({
  backtestId: r.backtest_id,
  ruleId: r.rule_id,
  ruleVersion: r.rule_version,
  definition: r.definition,
  from: r.period_from.toISOString(),
  to: r.period_to.toISOString(),
  requestedBy: r.requested_by,
  requestedAt: r.requested_at.toISOString(),
  result: r.result,
});

/** One back-test, or undefined. */
export async function findBacktest(db: Queryable, backtestId: string): Promise<AmlBacktest | undefined> {
  const { rows } = await db.query<BacktestRow>('SELECT * FROM aml_backtests WHERE backtest_id = $1', [backtestId]);
  return rows[0] && backtestOf(rows[0]);
}

/** A rule's recent back-tests, newest first. */
export async function listBacktests(db: Queryable, ruleId: string, limit = 20): Promise<AmlBacktest[]> {
  const { rows } = await db.query<BacktestRow>(
    'SELECT * FROM aml_backtests WHERE rule_id = $1 ORDER BY requested_at DESC LIMIT $2',
    [ruleId, limit],
  );
  return rows.map(backtestOf);
}
