import type { Queryable } from '../../platform/db';

/** How long the router may take to file an alert before the check calls it unfiled. */
const FILING_GRACE = '30 seconds';
/** How late an SLA timer may fire (a worker killed by the drill restarts and its timer fires then). */
const ESCALATION_GRACE = '60 seconds';

/**
 * The case promises after a chaos drill, each as a list of violations (empty when all held since `since`): every
 * alert raised is filed in exactly one case (once the router had a short grace), no case has two workflows, every
 * open case past its SLA is escalated, and closed cases hold nothing. That no payout was sent while its player was
 * held is the drill's own check (test/support/chaos/drill-aml.ts): a payout already sent when a hold lands is
 * confirmed (PAID) later, and rightly so, since it cannot be called back.
 */
export async function checkCasesAfterDrill(db: Queryable, since: Date): Promise<string[]> {
  const violations: string[] = [];
  const { rows: unfiled } = await db.query<{ alertId: string }>(
    `SELECT alert_id AS "alertId" FROM aml_alerts
     WHERE raised_at >= $1 AND case_id IS NULL AND raised_at < now() - $2::interval`,
    [since, FILING_GRACE],
  );
  for (const a of unfiled) violations.push(`alert ${a.alertId} was never filed into a case`);

  // An alert has one case_id by construction; two open cases of one player would split its alerts.
  const { rows: twoOpen } = await db.query<{ playerId: string; cases: number }>(
    `SELECT player_id AS "playerId", count(*)::int AS cases FROM aml_cases WHERE status <> 'CLOSED'
     GROUP BY player_id HAVING count(*) > 1`,
  );
  for (const p of twoOpen) violations.push(`player ${p.playerId} has ${p.cases} open cases`);
  const { rows: twoWorkflows } = await db.query<{ workflowId: string }>(
    `SELECT workflow_id AS "workflowId" FROM aml_cases WHERE opened_at >= $1 GROUP BY workflow_id
     HAVING count(*) > 1`,
    [since],
  );
  for (const w of twoWorkflows) violations.push(`workflow ${w.workflowId} belongs to two cases`);

  const { rows: notEscalated } = await db.query<{ caseId: string }>(
    `SELECT case_id AS "caseId" FROM aml_cases
     WHERE opened_at >= $1 AND status <> 'CLOSED' AND escalated_at IS NULL
       AND sla_due_at < now() - $2::interval`,
    [since, ESCALATION_GRACE],
  );
  for (const c of notEscalated) violations.push(`case ${c.caseId} is past its SLA but not escalated`);

  const { rows: heldAfterClose } = await db.query<{ caseId: string }>(
    `SELECT c.case_id AS "caseId" FROM aml_cases c JOIN aml_holds h USING (case_id)
     WHERE c.status = 'CLOSED' AND h.released_at IS NULL AND c.closed_at >= $1`,
    [since],
  );
  for (const c of heldAfterClose) violations.push(`case ${c.caseId} is closed but its hold is active`);
  return violations;
}
