import {
  AlertDisposition,
  AmlCaseOutcome,
  type AmlCaseSummary,
  type AmlSeverity,
  type AmlCaseStatus,
  type AmlCaseState,
} from '../../contracts/aml';
import { appendAuditEntry } from '../admin/audit-log';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { appendOutboxEvent } from '../../platform/events';
import { PlayerStatus, setPlayerStatus } from '../wallet/players';
import { amlAlertRaisedEvent } from './events';
import { releaseAmlHold } from './holds';

// The read model of AML cases (`aml_cases`, `aml_case_events`), written only by the case workflow's activities
// and the alert router; the queue and the case page read it.

/** One step of a case's story, with the case's state after it. */
export interface CaseStep {
  caseId: string;
  /** `<n>-<TYPE>`, numbered in workflow order: a retried step is recorded once. */
  stepKey: string;
  type: string;
  actor: string;
  detail: Record<string, unknown>;
  state: AmlCaseState;
}

/** Records a step in the case's timeline and the case row as the workflow has it now (one transaction). */
export async function recordCaseStep(db: Db, step: CaseStep): Promise<void> {
  const { state } = step;
  await withTransaction(db, async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO aml_case_events (case_id, step_key, type, actor, detail) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, step_key) DO NOTHING`,
      [step.caseId, step.stepKey, step.type, step.actor, JSON.stringify(step.detail)],
    );
    if (!rowCount) return;
    // A closed row is the close step's: a late step never reopens it.
    await tx.query(
      `UPDATE aml_cases SET status = CASE WHEN status = 'CLOSED' THEN status ELSE $2 END, severity = $3,
         assignee = $4, assignee_role = $5, sla_due_at = $6,
         escalated_at = CASE WHEN $7 THEN coalesce(escalated_at, now()) END
       WHERE case_id = $1`,
      [
        step.caseId,
        state.status,
        state.severity,
        state.assignee ?? null,
        state.assigneeRole ?? null,
        state.slaDueAt,
        state.escalated,
      ],
    );
  });
}

/** What closing a case needs: the decision, and the alerts its workflow knows of. */
export interface CaseClosing {
  caseId: string;
  playerId: string;
  outcome: AmlCaseOutcome;
  reason: string;
  closedBy: string;
  knownAlertIds: string[];
}

const PLAYER_STATUS_BY_OUTCOME: Partial<Record<AmlCaseOutcome, PlayerStatus>> = {
  [AmlCaseOutcome.RESTRICT]: PlayerStatus.BLOCKED,
  [AmlCaseOutcome.CLOSE_ACCOUNT]: PlayerStatus.CLOSED,
};

/**
 * Closes a case in one transaction: the row (locked, so no alert is filed into it meanwhile), the disposition of
 * every alert the workflow knew (NO_ACTION: false positive; any other outcome: true positive), the player's status
 * where the outcome acts on it, the hold's release, and the audit entry. An alert the router filed but whose Signal
 * the workflow had not yet had is not decided by an officer who never saw it: it is unfiled and its event written
 * again, so the router files it into the player's next case. Idempotent: a retry after the commit changes nothing.
 */
export async function closeAmlCaseRecord(db: Db, c: CaseClosing): Promise<{ refiled: string[] }> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ status: AmlCaseStatus }>(
      'SELECT status FROM aml_cases WHERE case_id = $1 FOR UPDATE',
      [c.caseId],
    );
    if (rows[0]?.status === 'CLOSED') return { refiled: [] };
    const disposition =
      c.outcome === AmlCaseOutcome.NO_ACTION ? AlertDisposition.FALSE_POSITIVE : AlertDisposition.TRUE_POSITIVE;
    await tx.query('UPDATE aml_alerts SET disposition = $3 WHERE case_id = $1 AND alert_id = ANY($2)', [
      c.caseId,
      c.knownAlertIds,
      disposition,
    ]);
    const { rows: unseen } = await tx.query<{
      alertId: string;
      playerId: string;
      ruleId: string;
      ruleVersion: number;
      severity: AmlSeverity;
      score: number;
      occurredAt: Date;
    }>(
      `UPDATE aml_alerts SET case_id = NULL WHERE case_id = $1 AND NOT (alert_id = ANY($2))
       RETURNING alert_id AS "alertId", player_id AS "playerId", rule_id AS "ruleId", rule_version AS "ruleVersion",
         severity, score, occurred_at AS "occurredAt"`,
      [c.caseId, c.knownAlertIds],
    );
    for (const a of unseen) {
      await appendOutboxEvent(tx, amlAlertRaisedEvent, a.playerId, { ...a, occurredAt: a.occurredAt.toISOString() });
    }
    await tx.query(
      `UPDATE aml_cases SET status = 'CLOSED', outcome = $2, close_reason = $3, closed_by = $4, closed_at = now()
       WHERE case_id = $1`,
      [c.caseId, c.outcome, c.reason, c.closedBy],
    );
    const playerStatus = PLAYER_STATUS_BY_OUTCOME[c.outcome];
    if (playerStatus) await setPlayerStatus(tx, c.playerId, playerStatus);
    await releaseAmlHold(tx, c.caseId, c.closedBy);
    await appendAuditEntry(tx, {
      actor: c.closedBy,
      action: 'aml.case.closed',
      entityType: 'AmlCase',
      entityId: c.caseId,
      reason: c.reason,
      after: { outcome: c.outcome, disposition, alerts: c.knownAlertIds.length, refiled: unseen.length },
    });
    return { refiled: unseen.map((a) => a.alertId) };
  });
}

const SUMMARY_COLUMNS = `c.case_id AS "caseId", c.player_id AS "playerId", c.status, c.severity, c.outcome, c.assignee,
  c.assignee_role AS "assigneeRole",
  (SELECT count(*)::int FROM aml_alerts a WHERE a.case_id = c.case_id) AS "alertCount",
  EXISTS (SELECT 1 FROM aml_holds h WHERE h.case_id = c.case_id AND h.released_at IS NULL) AS "holdActive",
  c.opened_at AS "openedAt", c.sla_due_at AS "slaDueAt", c.escalated_at AS "escalatedAt", c.closed_at AS "closedAt"`;

type SummaryRow = Omit<AmlCaseSummary, 'openedAt' | 'slaDueAt' | 'escalatedAt' | 'closedAt'> & {
  openedAt: Date;
  slaDueAt: Date;
  escalatedAt: Date | null;
  closedAt: Date | null;
};
const toSummary = (r: SummaryRow): AmlCaseSummary => ({
  ...r,
  openedAt: r.openedAt.toISOString(),
  slaDueAt: r.slaDueAt.toISOString(),
  escalatedAt: r.escalatedAt?.toISOString() ?? null,
  closedAt: r.closedAt?.toISOString() ?? null,
});

/** The queue's filters, sort and page. */
export interface CaseQueueQuery {
  status?: AmlCaseStatus[];
  severity?: AmlSeverity[];
  assignee: 'all' | 'mine' | 'unassigned';
  playerId?: string;
  sort: 'slaDueAt' | 'openedAt' | 'severity';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const SORT_SQL = {
  slaDueAt: 'c.sla_due_at',
  openedAt: 'c.opened_at',
  severity: "array_position(ARRAY['LOW','MEDIUM','HIGH','CRITICAL'], c.severity)",
} as const;

/** A page of the case queue for `staffId` (whose "mine" it is), and the total. */
export async function listAmlCases(
  db: Queryable,
  staffId: string,
  q: CaseQueueQuery,
): Promise<{ items: AmlCaseSummary[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  if (q.status?.length) where.push(`c.status = ANY(${param(q.status)})`);
  if (q.severity?.length) where.push(`c.severity = ANY(${param(q.severity)})`);
  if (q.playerId) where.push(`c.player_id = ${param(q.playerId)}`);
  if (q.assignee === 'mine') where.push(`c.assignee = ${param(staffId)}`);
  if (q.assignee === 'unassigned') where.push('c.assignee IS NULL');
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = q.order === 'desc' ? 'DESC' : 'ASC';
  const { rows } = await db.query<SummaryRow & { total: number }>(
    `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total
     FROM aml_cases c ${whereSql}
     ORDER BY ${SORT_SQL[q.sort]} ${direction}, c.case_id ${direction}
     LIMIT ${param(q.limit)} OFFSET ${param(q.offset)}`,
    params,
  );
  return {
    items: rows.map(({ total: _total, ...r }) => toSummary(r)),
    total: rows[0]?.total ?? 0,
  };
}

/** One case as its page shows it: summary, alerts with their rule versions, timeline, notes, SAR, hold. */
export async function findAmlCase(db: Queryable, caseId: string) {
  const { rows } = await db.query<
    SummaryRow & { jurisdiction: string; closeReason: string | null; closedBy: string | null }
  >(
    `SELECT ${SUMMARY_COLUMNS}, c.jurisdiction, c.close_reason AS "closeReason", c.closed_by AS "closedBy"
     FROM aml_cases c WHERE c.case_id = $1`,
    [caseId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { jurisdiction, closeReason, closedBy, ...summary } = row;
  const [alerts, timeline, notes, sar, hold] = await Promise.all([
    db.query(
      `SELECT a.alert_id AS "alertId", a.rule_id AS "ruleId", a.rule_version AS "ruleVersion", r.name AS "ruleName",
         v.description AS "ruleDescription", a.severity, a.score, a.occurred_at AS "occurredAt",
         a.raised_at AS "raisedAt", a.explanation, a.disposition
       FROM aml_alerts a JOIN aml_rule_versions v USING (rule_id) JOIN aml_rules r USING (rule_id)
       WHERE a.case_id = $1 AND v.version = a.rule_version ORDER BY a.occurred_at`,
      [caseId],
    ),
    db.query(
      `SELECT step_key AS "stepKey", type, actor, detail, at FROM aml_case_events WHERE case_id = $1
       ORDER BY (split_part(step_key, '-', 1))::int`,
      [caseId],
    ),
    db.query(
      `SELECT note_id AS "noteId", author, body, evidence, created_at AS "createdAt" FROM aml_case_notes
       WHERE case_id = $1 ORDER BY created_at`,
      [caseId],
    ),
    db.query(
      `SELECT s.sar_id AS "sarId", s.status, s.drafted_by AS "draftedBy", s.decided_by AS "decidedBy",
         s.decided_at AS "decidedAt", s.rejection_reason AS "rejectionReason", s.updated_at AS "updatedAt",
         r.narrative, r.reason_for_suspicion AS "reasonForSuspicion", r.alert_ids AS "alertIds",
         r.payment_ids AS "paymentIds", r.author AS "lastEditedBy"
       FROM aml_sars s JOIN aml_sar_revisions r USING (revision_id) WHERE s.case_id = $1`,
      [caseId],
    ),
    db.query(
      `SELECT placed_at AS "placedAt", released_at AS "releasedAt", released_by AS "releasedBy" FROM aml_holds
       WHERE case_id = $1`,
      [caseId],
    ),
  ]);
  return {
    ...toSummary(summary),
    jurisdiction,
    closeReason,
    closedBy,
    alerts: alerts.rows,
    timeline: timeline.rows,
    notes: notes.rows,
    sar: sar.rows[0] ?? null,
    hold: hold.rows[0] ?? null,
  };
}

/** A note on a case, with optional evidence references (pointers: a payment id, a document id, a URL). */
export interface CaseNoteInput {
  noteId: string;
  caseId: string;
  author: string;
  body: string;
  evidence: { kind: 'PAYMENT' | 'DOCUMENT' | 'URL'; ref: string }[];
}

/** Adds a note to the case and its audit entry (one transaction); answers false for an unknown case. */
export async function addCaseNote(db: Db, note: CaseNoteInput): Promise<boolean> {
  return withTransaction(db, async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO aml_case_notes (note_id, case_id, author, body, evidence)
       SELECT $1, case_id, $3, $4, $5 FROM aml_cases WHERE case_id = $2`,
      [note.noteId, note.caseId, note.author, note.body, JSON.stringify(note.evidence)],
    );
    if (!rowCount) return false;
    await appendAuditEntry(tx, {
      actor: note.author,
      action: 'aml.case.note',
      entityType: 'AmlCase',
      entityId: note.caseId,
      after: { noteId: note.noteId, evidence: note.evidence },
    });
    return true;
  });
}

/** The case's workflow id and player, for the routes that act on it. */
export async function amlCaseRef(
  db: Queryable,
  caseId: string,
): Promise<{ workflowId: string; playerId: string } | undefined> {
  const { rows } = await db.query<{ workflowId: string; playerId: string }>(
    'SELECT workflow_id AS "workflowId", player_id AS "playerId" FROM aml_cases WHERE case_id = $1',
    [caseId],
  );
  return rows[0];
}
