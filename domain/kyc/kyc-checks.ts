import type { KycCheckKind, KycCheckOutcome, KycCheckResultNotice } from '../../contracts/kyc';
import type { Queryable } from '../../platform/db';

/** Our reference of one check: the onboarding and the kind, so a retried request finds the check it already made. */
export const kycCheckReference = (onboardingId: string, kind: KycCheckKind) => `${onboardingId}:${kind}`;

/** A check we asked the provider for, as `kyc_checks` holds it. */
export interface KycCheckRecord {
  reference: string;
  onboardingId: string;
  playerId: string;
  kind: KycCheckKind;
  /** The provider's id, once it answered; null while the request has not been answered. */
  checkId: string | null;
  outcome: KycCheckOutcome | null;
  reasons: string[];
}

const columns = `reference, onboarding_id AS "onboardingId", player_id AS "playerId", kind, check_id AS "checkId",
  outcome, reasons`;

/** Records that we are about to request a check (once per reference) and returns its row, with its check id if known. */
export async function recordKycCheckRequested(
  db: Queryable,
  check: { onboardingId: string; playerId: string; kind: KycCheckKind },
): Promise<KycCheckRecord> {
  const reference = kycCheckReference(check.onboardingId, check.kind);
  await db.query(
    `INSERT INTO kyc_checks (reference, onboarding_id, player_id, kind) VALUES ($1, $2, $3, $4)
     ON CONFLICT (reference) DO NOTHING`,
    [reference, check.onboardingId, check.playerId, check.kind],
  );
  const { rows } = await db.query<KycCheckRecord>(`SELECT ${columns} FROM kyc_checks WHERE reference = $1`, [
    reference,
  ]);
  return rows[0]!;
}

/** Records the provider's id of the check `reference` (kept if its webhook already brought it). */
export async function recordKycCheckId(db: Queryable, reference: string, checkId: string): Promise<void> {
  await db.query('UPDATE kyc_checks SET check_id = COALESCE(check_id, $2) WHERE reference = $1', [reference, checkId]);
}

/** A check's result as the provider's webhook reports it. */
export interface KycCheckResultReport {
  eventId: string;
  checkId: string;
  reference: string;
  playerId: string;
  kind: KycCheckKind;
  outcome: KycCheckOutcome;
  reasons: string[];
  completedAt: string;
}

/**
 * Stores a check's result once: the first report completes the check (found by the provider's id, or by our
 * reference when the webhook overtook the answer that gave us the id); a later one changes nothing. Returns the check
 * and whether this report was the first, or undefined when no check of ours matches (player and kind included).
 */
export async function recordKycCheckResult(
  db: Queryable,
  report: KycCheckResultReport,
): Promise<{ check: KycCheckRecord; first: boolean } | undefined> {
  const matches = `(check_id = $1 OR (check_id IS NULL AND reference = $2)) AND player_id = $3 AND kind = $4`;
  const { rows } = await db.query<KycCheckRecord>(
    `UPDATE kyc_checks SET check_id = $1, outcome = $5, reasons = $6, result_event_id = $7, completed_at = $8,
       received_at = now()
     WHERE ${matches} AND outcome IS NULL
     RETURNING ${columns}`,
    [
      report.checkId,
      report.reference,
      report.playerId,
      report.kind,
      report.outcome,
      report.reasons,
      report.eventId,
      // In UTC: ISO 8601 allows offsets (up to ±23:59) that Postgres refuses.
      new Date(report.completedAt).toISOString(),
    ],
  );
  if (rows[0]) return { check: rows[0], first: true };
  const known = await db.query<KycCheckRecord>(`SELECT ${columns} FROM kyc_checks WHERE ${matches}`, [
    report.checkId,
    report.reference,
    report.playerId,
    report.kind,
  ]);
  return known.rows[0] && { check: known.rows[0], first: false };
}

/** The result notice of a completed check. */
export function noticeOf(check: KycCheckRecord): KycCheckResultNotice | undefined {
  if (!check.checkId || !check.outcome) return undefined;
  return { checkId: check.checkId, kind: check.kind, outcome: check.outcome, reasons: check.reasons };
}

/** The results of those of `checkIds` that are complete, in the order asked: what a workflow that missed a Signal reads. */
export async function kycCheckResultsOf(db: Queryable, checkIds: readonly string[]): Promise<KycCheckResultNotice[]> {
  if (checkIds.length === 0) return [];
  const { rows } = await db.query<KycCheckRecord>(
    `SELECT ${columns} FROM kyc_checks WHERE check_id = ANY($1) AND outcome IS NOT NULL`,
    [checkIds],
  );
  const byId = new Map(rows.map((row) => [row.checkId, row]));
  return checkIds.flatMap((id) => {
    const row = byId.get(id);
    const notice = row && noticeOf(row);
    return notice ? [notice] : [];
  });
}
