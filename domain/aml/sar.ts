import { SarStatus } from '../../contracts/aml';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import type { PersonalData } from '../wallet/player-personal-data';

// Suspicious activity reports (`aml_sars`, `aml_sar_revisions`): the text lives here, never in a workflow. An officer
// writes a revision (the API), the case workflow makes it the case's SAR (an activity), the MLRO decides it (the
// workflow, then an activity records it), and the MLRO exports an approved one as goAML-style XML.

/** What an officer writes in a SAR. */
export interface SarRevisionInput {
  caseId: string;
  author: string;
  narrative: string;
  reasonForSuspicion: string;
  alertIds: string[];
  paymentIds: string[];
}

/** Writes a revision and answers its id; the case's SAR points at it only once the workflow accepts it. */
export async function writeSarRevision(db: Queryable, r: SarRevisionInput): Promise<string> {
  const revisionId = newBusinessId('sarrev');
  await db.query(
    `INSERT INTO aml_sar_revisions (revision_id, case_id, author, narrative, reason_for_suspicion, alert_ids,
       payment_ids) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [revisionId, r.caseId, r.author, r.narrative, r.reasonForSuspicion, r.alertIds, r.paymentIds],
  );
  return revisionId;
}

/** Removes a revision the workflow refused (nothing half-written stays behind); one it accepted stays. */
export async function discardSarRevision(db: Queryable, revisionId: string): Promise<void> {
  await db.query(
    `DELETE FROM aml_sar_revisions r WHERE revision_id = $1
     AND NOT EXISTS (SELECT 1 FROM aml_sars s WHERE s.revision_id = r.revision_id)`,
    [revisionId],
  );
}

/** Makes the revision the case's SAR, in draft (idempotent); answers the SAR's id, the same for every revision. */
export async function recordSarDraft(
  db: Db,
  d: { caseId: string; revisionId: string; staffId: string },
): Promise<{ sarId: string }> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ sarId: string }>(
      `INSERT INTO aml_sars (case_id, sar_id, status, revision_id, drafted_by) VALUES ($1, $2, 'DRAFT', $3, ARRAY[$4])
       ON CONFLICT (case_id) DO UPDATE SET status = 'DRAFT', revision_id = EXCLUDED.revision_id,
         drafted_by = CASE WHEN $4 = ANY(aml_sars.drafted_by) THEN aml_sars.drafted_by
                           ELSE aml_sars.drafted_by || $4 END,
         decided_by = NULL, decided_at = NULL, rejection_reason = NULL, updated_at = now()
       RETURNING sar_id AS "sarId"`,
      [d.caseId, newBusinessId('sar'), d.revisionId, d.staffId],
    );
    return rows[0]!;
  });
}

/** Records the MLRO's decision on the case's SAR (idempotent). */
export async function recordSarDecision(
  db: Queryable,
  d: { caseId: string; staffId: string; status: 'APPROVED' | 'REJECTED'; reason?: string },
): Promise<void> {
  await db.query(
    `UPDATE aml_sars SET status = $2, decided_by = $3, decided_at = coalesce(decided_at, now()),
       rejection_reason = $4, updated_at = now()
     WHERE case_id = $1 AND status = 'DRAFT'`,
    [d.caseId, d.status, d.staffId, d.reason ?? null],
  );
}

/** An approved SAR with what its export reads: the report, the player's jurisdiction and the covered payments. */
export interface SarForExport {
  sarId: string;
  caseId: string;
  playerId: string;
  jurisdiction: string;
  narrative: string;
  reasonForSuspicion: string;
  draftedBy: string[];
  approvedBy: string;
  approvedAt: Date;
  alerts: { alertId: string; ruleId: string; ruleVersion: number; severity: string }[];
  transactions: {
    paymentId: string;
    kind: string;
    amountMinor: number;
    currency: string;
    status: string;
    createdAt: Date;
  }[];
}

/** The case's SAR if it is approved, with what its export needs; undefined otherwise. */
export async function findApprovedSar(db: Queryable, caseId: string): Promise<SarForExport | undefined> {
  const { rows } = await db.query<
    Omit<SarForExport, 'alerts' | 'transactions'> & { alertIds: string[]; paymentIds: string[] }
  >(
    `SELECT s.sar_id AS "sarId", s.case_id AS "caseId", c.player_id AS "playerId", c.jurisdiction,
       r.narrative, r.reason_for_suspicion AS "reasonForSuspicion", s.drafted_by AS "draftedBy",
       s.decided_by AS "approvedBy", s.decided_at AS "approvedAt", r.alert_ids AS "alertIds",
       r.payment_ids AS "paymentIds"
     FROM aml_sars s JOIN aml_sar_revisions r USING (revision_id) JOIN aml_cases c ON c.case_id = s.case_id
     WHERE s.case_id = $1 AND s.status = $2`,
    [caseId, SarStatus.APPROVED],
  );
  const sar = rows[0];
  if (!sar) return undefined;
  const { alertIds, paymentIds, ...report } = sar;
  const alerts = await db.query<SarForExport['alerts'][number]>(
    `SELECT alert_id AS "alertId", rule_id AS "ruleId", rule_version AS "ruleVersion", severity FROM aml_alerts
     WHERE case_id = $1 AND (cardinality($2::text[]) = 0 OR alert_id = ANY($2)) ORDER BY occurred_at`,
    [caseId, alertIds],
  );
  // Only the player's own payments: a reference to someone else's payment in the draft is not exported.
  const transactions = await db.query<SarForExport['transactions'][number]>(
    `SELECT payment_id AS "paymentId", kind, amount_minor::float8 AS "amountMinor", currency, status,
       created_at AS "createdAt"
     FROM payments WHERE player_id = $1 AND payment_id = ANY($2) ORDER BY created_at`,
    [sar.playerId, paymentIds],
  );
  return { ...report, alerts: alerts.rows, transactions: transactions.rows };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
const el = (name: string, value: string | number | undefined, indent: string) =>
  value === undefined || value === '' ? '' : `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
const minorToDecimal = (minor: number) => (minor / 100).toFixed(2);

/**
 * The SAR as goAML-style XML (UNODC goAML's report shape, simplified): `report` with the reporting entity, the
 * reason and narrative, `transaction` per covered payment (amount in major units with its currency), and the
 * `person` involved from the personal data vault. Documented in README ("Cases, holds and SARs").
 */
export function sarToGoAmlXml(sar: SarForExport, person: PersonalData, entity: { id: string; name: string }): string {
  const i2 = '  ';
  const i4 = '    ';
  const i6 = '      ';
  const address = person.address;
  const tx = sar.transactions
    .map(
      (t) =>
        `${i2}<transaction>\n${el('transactionnumber', t.paymentId, i4)}${el('transaction_description', t.kind, i4)}` +
        `${el('date_transaction', t.createdAt.toISOString(), i4)}${el('amount_local', minorToDecimal(t.amountMinor), i4)}` +
        `${el('currency_code', t.currency, i4)}${el('status', t.status, i4)}${i2}</transaction>\n`,
    )
    .join('');
  const alerts = sar.alerts
    .map(
      (a) =>
        `${i4}<indicator>\n${el('alert_id', a.alertId, i6)}${el('rule', `${a.ruleId}@v${a.ruleVersion}`, i6)}` +
        `${el('severity', a.severity, i6)}${i4}</indicator>\n`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<report>\n` +
    el('rentity_id', entity.id, i2) +
    el('rentity_name', entity.name, i2) +
    el('submission_code', 'E', i2) +
    el('report_code', 'SAR', i2) +
    el('entity_reference', sar.sarId, i2) +
    el('submission_date', sar.approvedAt.toISOString(), i2) +
    el('reporting_person', sar.approvedBy, i2) +
    el('reason', sar.reasonForSuspicion, i2) +
    el('action', sar.narrative, i2) +
    `${i2}<report_indicators>\n${alerts}${i2}</report_indicators>\n` +
    tx +
    `${i2}<involved_person>\n` +
    el('reference', sar.playerId, i4) +
    el('first_name', person.givenName, i4) +
    el('last_name', person.familyName, i4) +
    el('email', person.email, i4) +
    el('phone', person.phone, i4) +
    (address
      ? `${i4}<address>\n${el('address', address.lines.join(', '), i6)}${el('city', address.city, i6)}` +
        `${el('zip', address.postcode, i6)}${el('country_code', address.country, i6)}${i4}</address>\n`
      : '') +
    el('residence', sar.jurisdiction, i4) +
    `${i2}</involved_person>\n</report>\n`
  );
}
