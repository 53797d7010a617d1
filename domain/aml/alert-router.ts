import {
  severityAtLeast,
  type AmlAlertNotice,
  type AmlSeverity,
  amlCaseWorkflowId,
  type AmlCasePolicy,
} from '../../contracts/aml';
import { withTransaction, type Db } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';

/** Where an alert was filed: its case, whether the case was new, and the player's jurisdiction. */
export interface FiledAlert {
  caseId: string;
  jurisdiction: string;
  createdCase: boolean;
}

/** Thrown when an alert event names an alert that has no row (its monitor's transaction never committed). */
export class UnknownAlertError extends Error {
  constructor(readonly alertId: string) {
    super(`alert ${alertId} has no row in aml_alerts`);
    this.name = 'UnknownAlertError';
  }
}

const maxSeverity = (a: AmlSeverity, b: AmlSeverity) => (severityAtLeast(a, b) ? a : b);

/**
 * Files an alert into its player's open case, opening one when there is none (one open per player:
 * `aml_cases_one_open_per_player`), and raises the case's severity; in one transaction. The case row is locked, so
 * filing and a close (domain/aml/cases.ts `closeAmlCaseRecord`) are serialised: an alert is filed either before
 * the close (then the close tags it, or re-files it when the workflow never heard of it) or after it, into a new
 * case. Filing an alert already filed answers its case: a redelivered event files nothing twice.
 */
export async function fileAlertIntoCase(db: Db, alert: AmlAlertNotice, policy: AmlCasePolicy): Promise<FiledAlert> {
  for (;;) {
    try {
      return await withTransaction(db, async (tx) => {
        const { rows: alerts } = await tx.query<{ caseId: string | null; jurisdiction: string }>(
          `SELECT a.case_id AS "caseId", p.jurisdiction FROM aml_alerts a JOIN players p USING (player_id)
           WHERE a.alert_id = $1 FOR UPDATE OF a`,
          [alert.alertId],
        );
        const row = alerts[0];
        if (!row) throw new UnknownAlertError(alert.alertId);
        if (row.caseId) return { caseId: row.caseId, jurisdiction: row.jurisdiction, createdCase: false };
        const { rows: open } = await tx.query<{ caseId: string; severity: AmlSeverity }>(
          `SELECT case_id AS "caseId", severity FROM aml_cases WHERE player_id = $1 AND status <> 'CLOSED' FOR UPDATE`,
          [alert.playerId],
        );
        let caseId = open[0]?.caseId;
        if (caseId) {
          await tx.query('UPDATE aml_cases SET severity = $2 WHERE case_id = $1', [
            caseId,
            maxSeverity(open[0]!.severity, alert.severity),
          ]);
        } else {
          caseId = newBusinessId('case');
          // The workflow sets the SLA it keeps on its first step; this one holds until then.
          await tx.query(
            `INSERT INTO aml_cases (case_id, player_id, jurisdiction, severity, workflow_id, sla_due_at)
             VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6::float8 / 1000))`,
            [
              caseId,
              alert.playerId,
              row.jurisdiction,
              alert.severity,
              amlCaseWorkflowId(caseId),
              policy.slaMs[alert.severity],
            ],
          );
        }
        await tx.query('UPDATE aml_alerts SET case_id = $2 WHERE alert_id = $1', [alert.alertId, caseId]);
        return { caseId, jurisdiction: row.jurisdiction, createdCase: !open[0] };
      });
    } catch (err) {
      // Two alerts of a new player at once: the other opened the case first; file into it.
      if ((err as { constraint?: string }).constraint !== 'aml_cases_one_open_per_player') throw err;
    }
  }
}
