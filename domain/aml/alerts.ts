import type { AlertDisposition, AmlSeverity } from '../../contracts/aml';
import type { Queryable } from '../../platform/db';
import type { RuleDefinition, RuleFacts } from './rules/rule-definition';

/** An alert as the alert queue lists it: the rule by name, the case it is filed in, how its case judged it. */
export interface AmlAlertSummary {
  alertId: string;
  ruleId: string;
  ruleName: string;
  ruleVersion: number;
  playerId: string;
  severity: AmlSeverity;
  score: number;
  occurredAt: string;
  raisedAt: string;
  caseId: string | null;
  caseAssignee: string | null;
  disposition: AlertDisposition | null;
}

/** Why an alert fired: the condition and parameters of its rule version, and the facts it read. */
export interface AmlAlertExplanation {
  condition: string;
  params: RuleDefinition['params'];
  windowHours: number;
  eventKind: string;
  paymentId: string | null;
  facts: RuleFacts;
}

/** One alert with its explanation and the description of the rule version that fired. */
export interface AmlAlertDetail extends AmlAlertSummary {
  eventId: string;
  ruleDescription: string;
  explanation: AmlAlertExplanation;
}

/** The alert queue's filters, sort and page (server side, like every queue). */
export interface AlertQuery {
  severity?: AmlSeverity;
  ruleId?: string;
  playerId?: string;
  /** true: filed in a case; false: waiting for the router. */
  filed?: boolean;
  /** 'NONE' for alerts whose case has not closed. */
  disposition?: AlertDisposition | 'NONE';
  /** Through the case an alert is filed in: mine = my cases, unassigned = no case or a case nobody holds. */
  assignee: 'all' | 'mine' | 'unassigned';
  staffId: string;
  sort: 'occurredAt' | 'raisedAt' | 'severity' | 'score';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const SORT_SQL: Record<AlertQuery['sort'], string> = {
  occurredAt: 'a.occurred_at',
  raisedAt: 'a.raised_at',
  severity: "array_position(ARRAY['LOW','MEDIUM','HIGH','CRITICAL'], a.severity)",
  score: 'a.score',
};

const ALERT_SELECT = `SELECT a.alert_id, a.rule_id, r.name AS rule_name, a.rule_version, a.player_id, a.severity, a.score,
       a.occurred_at, a.raised_at, a.case_id, c.assignee AS case_assignee, a.disposition
  FROM aml_alerts a JOIN aml_rules r ON r.rule_id = a.rule_id LEFT JOIN aml_cases c ON c.case_id = a.case_id`;

interface AlertRow {
  alert_id: string;
  rule_id: string;
  rule_name: string;
  rule_version: number;
  player_id: string;
  severity: AmlSeverity;
  score: number;
  occurred_at: Date;
  raised_at: Date;
  case_id: string | null;
  case_assignee: string | null;
  disposition: AlertDisposition | null;
}
const summaryOf = (r: AlertRow): AmlAlertSummary => ({
  alertId: r.alert_id,
  ruleId: r.rule_id,
  ruleName: r.rule_name,
  ruleVersion: r.rule_version,
  playerId: r.player_id,
  severity: r.severity,
  score: r.score,
  occurredAt: r.occurred_at.toISOString(),
  raisedAt: r.raised_at.toISOString(),
  caseId: r.case_id,
  caseAssignee: r.case_assignee,
  disposition: r.disposition,
});

/** A page of alerts and the total matching the filters. */
export async function listAmlAlerts(
  db: Queryable,
  q: AlertQuery,
): Promise<{ items: AmlAlertSummary[]; total: number }> {
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (v: unknown) => {
    args.push(v);
    return `$${args.length}`;
  };
  if (q.severity) where.push(`a.severity = ${arg(q.severity)}`);
  if (q.ruleId) where.push(`a.rule_id = ${arg(q.ruleId)}`);
  if (q.playerId) where.push(`a.player_id = ${arg(q.playerId)}`);
  if (q.filed !== undefined) where.push(q.filed ? 'a.case_id IS NOT NULL' : 'a.case_id IS NULL');
  if (q.disposition === 'NONE') where.push('a.disposition IS NULL');
  else if (q.disposition) where.push(`a.disposition = ${arg(q.disposition)}`);
  if (q.assignee === 'mine') where.push(`c.assignee = ${arg(q.staffId)}`);
  if (q.assignee === 'unassigned') where.push('c.assignee IS NULL');
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `${SORT_SQL[q.sort]} ${q.order === 'asc' ? 'ASC' : 'DESC'}, a.alert_id ${q.order === 'asc' ? 'ASC' : 'DESC'}`;
  const [page, count] = await Promise.all([
    db.query<AlertRow>(
      `${ALERT_SELECT} ${filter} ORDER BY ${order} LIMIT ${arg(q.limit)} OFFSET ${arg(q.offset)}`,
      args,
    ),
    db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM aml_alerts a LEFT JOIN aml_cases c ON c.case_id = a.case_id ${filter}`,
      args.slice(0, args.length - 2),
    ),
  ]);
  return { items: page.rows.map(summaryOf), total: count.rows[0]!.total };
}

/** One alert with its explanation, or undefined. */
export async function findAmlAlert(db: Queryable, alertId: string): Promise<AmlAlertDetail | undefined> {
  const { rows } = await db.query<
    AlertRow & { event_id: string; explanation: AmlAlertExplanation; description: string }
  >(
    `SELECT x.*, v.description FROM (${ALERT_SELECT.replace('a.disposition', 'a.disposition, a.event_id, a.explanation')}
       WHERE a.alert_id = $1) x
       JOIN aml_rule_versions v ON v.rule_id = x.rule_id AND v.version = x.rule_version`,
    [alertId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { ...summaryOf(row), eventId: row.event_id, ruleDescription: row.description, explanation: row.explanation };
}
