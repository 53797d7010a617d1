import {
  DueDiligenceLevel,
  dueDiligenceWorkflowId,
  SourceOfFundsStatus,
  type DueDiligenceTrigger,
  type KycStanding,
} from '../../contracts/kyc';
import type { MoneyAmount, SourceOfFundsTimings } from '../../contracts/jurisdictions';
import { withTransaction, type Db, type DbClient, type Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import type { PersonalDataVault } from '../wallet/player-personal-data';
import { policyFor } from '../jurisdictions/registry';
import { kycStandingOf, raiseRequiredLevel, setRestriction } from './kyc-standing';

// Due diligence levels (issue 14, item 4): cumulative deposits reaching the jurisdiction's CDD threshold raise a
// player to CDD; a PEP match or the withdrawal risk rule raise them to EDD, which opens a source-of-funds request
// (this table) that dueDiligenceWorkflow follows with reminders and a deadline. The evidence is personal data:
// sealed here, never in Temporal.

/** A source-of-funds request as the player and officers see it: ids, status and dates, never the evidence. */
export interface SourceOfFundsRequest {
  requestId: string;
  playerId: string;
  trigger: DueDiligenceTrigger;
  status: SourceOfFundsStatus;
  workflowId: string;
  dueAt: string;
  remindersSent: number;
  submittedAt: string | null;
  clearedBy: string | null;
  clearedAt: string | null;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const requestColumns = `request_id AS "requestId", player_id AS "playerId", trigger, status, workflow_id AS "workflowId",
  ${iso('due_at')} AS "dueAt", reminders_sent AS "remindersSent", ${iso('submitted_at')} AS "submittedAt",
  cleared_by AS "clearedBy", ${iso('cleared_at')} AS "clearedAt"`;

/** Whether `total` reaches `threshold`; amounts in another currency than the threshold's are not compared. */
export const reachesThreshold = (total: MoneyAmount, threshold: MoneyAmount) =>
  total.currency === threshold.currency && total.amountMinor >= threshold.amountMinor;

/**
 * Raises the player to CDD when their credited deposits (every DEPOSIT the ledger holds, this one included) reach
 * their jurisdiction's CDD threshold; never lowers a level. Idempotent: run after each credited deposit. Answers
 * whether the threshold is reached. Deposits in a currency other than the threshold's are not converted (the back
 * office has no exchange rates yet): such players are raised by an officer or a risk rule.
 */
export async function raiseForCumulativeDeposits(db: Queryable, playerId: string): Promise<boolean> {
  const { rows } = await db.query<{ jurisdiction: string; currency: string; deposited: number }>(
    `SELECT pl.jurisdiction, pl.currency,
            COALESCE((SELECT sum(lp.amount_minor) FROM ledger_transactions t
                        JOIN ledger_postings lp ON lp.transaction_id = t.transaction_id
                        JOIN ledger_accounts a ON a.account_id = lp.account_id AND a.kind = 'PLAYER_CASH'
                       WHERE t.player_id = pl.player_id AND t.kind = 'DEPOSIT' AND a.player_id = pl.player_id), 0)::BIGINT
              AS deposited
       FROM players pl WHERE pl.player_id = $1`,
    [playerId],
  );
  const player = rows[0];
  if (!player) return false;
  const threshold = policyFor(player.jurisdiction).cddThreshold.value;
  if (!reachesThreshold({ amountMinor: Number(player.deposited), currency: player.currency }, threshold)) return false;
  await raiseRequiredLevel(db, playerId, DueDiligenceLevel.CDD, 'cumulative deposits reached the CDD threshold');
  return true;
}

/**
 * The risk rule that asks for enhanced due diligence: a withdrawal of at least the player's jurisdiction's CDD
 * threshold that the withdrawal risk assessment found ELEVATED (first withdrawal, a new account, or more out than in).
 */
export async function riskRuleRequiresEdd(
  db: Queryable,
  playerId: string,
  withdrawal: { amountMinor: number; currency: string },
  riskLevel: 'LOW' | 'ELEVATED',
): Promise<boolean> {
  if (riskLevel !== 'ELEVATED') return false;
  const { rows } = await db.query<{ jurisdiction: string }>('SELECT jurisdiction FROM players WHERE player_id = $1', [
    playerId,
  ]);
  if (!rows[0]) return false;
  return reachesThreshold(withdrawal, policyFor(rows[0].jurisdiction).cddThreshold.value);
}

/** The jurisdiction's source-of-funds timings for a player. */
export async function sourceOfFundsTimingsOf(db: Queryable, playerId: string): Promise<SourceOfFundsTimings> {
  const { rows } = await db.query<{ jurisdiction: string }>('SELECT jurisdiction FROM players WHERE player_id = $1', [
    playerId,
  ]);
  return policyFor(rows[0]?.jurisdiction ?? '*').sourceOfFundsEvidence.value;
}

/**
 * Raises the player to EDD and opens a source-of-funds request, in one transaction; a player with an open request
 * keeps it (answered with `created: false`), so every trigger may call this as often as it fires.
 */
export async function openSourceOfFundsRequest(
  db: Db,
  input: { playerId: string; trigger: DueDiligenceTrigger },
): Promise<{ request: SourceOfFundsRequest; created: boolean }> {
  return withTransaction(db, async (tx) => {
    await tx.query('SELECT 1 FROM players WHERE player_id = $1 FOR UPDATE', [input.playerId]);
    const open = await openRequestOf(tx, input.playerId);
    if (open) return { request: open, created: false };
    await raiseRequiredLevel(tx, input.playerId, DueDiligenceLevel.EDD, `enhanced due diligence: ${input.trigger}`);
    const { deadlineDays } = await sourceOfFundsTimingsOf(tx, input.playerId);
    const requestId = newBusinessId('sof');
    const { rows } = await tx.query<SourceOfFundsRequest>(
      `INSERT INTO source_of_funds_requests (request_id, player_id, trigger, status, workflow_id, due_at)
       VALUES ($1, $2, $3, 'REQUESTED', $4, now() + make_interval(days => $5)) RETURNING ${requestColumns}`,
      [requestId, input.playerId, input.trigger, dueDiligenceWorkflowId(input.playerId, requestId), deadlineDays],
    );
    return { request: rows[0]!, created: true };
  });
}

/** The player's open (not yet cleared) source-of-funds request, or undefined. */
export async function openRequestOf(db: Queryable, playerId: string): Promise<SourceOfFundsRequest | undefined> {
  const { rows } = await db.query<SourceOfFundsRequest>(
    `SELECT ${requestColumns} FROM source_of_funds_requests WHERE player_id = $1 AND status <> 'CLEARED'`,
    [playerId],
  );
  return rows[0];
}

/** A player's KYC standing as the player 360 shows it: the standing, the jurisdiction's rule, the open request. */
export interface KycStandingDetail extends KycStanding {
  /** Whether the player's jurisdiction requires verification before any deposit or bet. */
  verifyBeforeDepositOrPlay: boolean;
  sourceOfFunds: SourceOfFundsRequest | null;
}

/** The player's KYC standing in detail, or undefined for an unknown player. */
export async function kycStandingDetailOf(db: Queryable, playerId: string): Promise<KycStandingDetail | undefined> {
  const { rows } = await db.query<{ jurisdiction: string }>('SELECT jurisdiction FROM players WHERE player_id = $1', [
    playerId,
  ]);
  if (!rows[0]) return undefined;
  const [standing, request] = await Promise.all([kycStandingOf(db, playerId), openRequestOf(db, playerId)]);
  return {
    ...standing,
    verifyBeforeDepositOrPlay: policyFor(rows[0].jurisdiction).verifyBeforeDepositOrPlay.value,
    sourceOfFunds: request ?? null,
  };
}

/** One request by id, scoped to its player. */
export async function sourceOfFundsRequest(
  db: Queryable,
  playerId: string,
  requestId: string,
): Promise<SourceOfFundsRequest | undefined> {
  const { rows } = await db.query<SourceOfFundsRequest>(
    `SELECT ${requestColumns} FROM source_of_funds_requests WHERE player_id = $1 AND request_id = $2`,
    [playerId, requestId],
  );
  return rows[0];
}

/**
 * Stores the player's evidence for their open request, sealed with a data key of the request's own (wrapped by the
 * personal data master key), and marks it SUBMITTED; an OVERDUE one stays OVERDUE with its evidence, since the
 * restriction stays until an officer clears it. A second submission replaces the first. Undefined when the player has no open request.
 */
export async function submitSourceOfFundsEvidence(
  db: Queryable,
  vault: PersonalDataVault,
  playerId: string,
  evidence: { reference: string; description: string },
): Promise<SourceOfFundsRequest | undefined> {
  const open = await openRequestOf(db, playerId);
  if (!open) return undefined;
  const { keyId, wrappedKey, sealed } = await vault.sealRecord(`source-of-funds:${open.requestId}`, evidence);
  const { rows } = await db.query<SourceOfFundsRequest>(
    `UPDATE source_of_funds_requests
        SET status = CASE WHEN status = 'OVERDUE' THEN status ELSE 'SUBMITTED' END, master_key_id = $3,
            wrapped_data_key = $4, evidence_reference = $5, evidence_description = $6, submitted_at = now()
      WHERE request_id = $1 AND player_id = $2 AND status <> 'CLEARED' RETURNING ${requestColumns}`,
    [open.requestId, playerId, keyId, wrappedKey, sealed.reference, sealed.description],
  );
  return rows[0];
}

/** Counts a reminder sent for a request (the comms domain will send it; until then it is a count and a log line). */
export async function recordSourceOfFundsReminder(db: Queryable, requestId: string, reminderNo: number): Promise<void> {
  await db.query(
    `UPDATE source_of_funds_requests SET reminders_sent = GREATEST(reminders_sent, $2) WHERE request_id = $1`,
    [requestId, reminderNo],
  );
}

/**
 * The deadline passed: a request still without evidence becomes OVERDUE and the player restricted, in one
 * transaction. Answers whether it did; evidence stored meanwhile (whose Signal the workflow may not have had yet)
 * keeps the player unrestricted, since this table, not the workflow, is where evidence is recorded.
 */
export async function restrictForOverdueEvidence(db: Db, playerId: string, requestId: string): Promise<boolean> {
  return withTransaction(db, async (tx) => {
    const { rowCount } = await tx.query(
      `UPDATE source_of_funds_requests SET status = 'OVERDUE' WHERE request_id = $1 AND status = 'REQUESTED'`,
      [requestId],
    );
    if (rowCount) await setRestriction(tx, playerId, `source-of-funds evidence overdue (request ${requestId})`);
    const { rows } = await tx.query<{ status: string }>(
      'SELECT status FROM source_of_funds_requests WHERE request_id = $1',
      [requestId],
    );
    return rows[0]?.status === SourceOfFundsStatus.OVERDUE;
  });
}

/**
 * An officer clears a request: it is CLEARED and any restriction it caused is lifted, in one transaction (the
 * back-office route audits the decision). Idempotent: a retried activity finds it cleared and changes nothing.
 */
export async function clearSourceOfFundsRequest(
  db: Db,
  input: { playerId: string; requestId: string; officerId: string; reason: string },
): Promise<void> {
  await withTransaction(db, async (tx: DbClient) => {
    const { rows } = await tx.query<{ status: string }>(
      `SELECT status FROM source_of_funds_requests WHERE request_id = $1 AND player_id = $2 FOR UPDATE`,
      [input.requestId, input.playerId],
    );
    const before = rows[0];
    if (!before || before.status === SourceOfFundsStatus.CLEARED) return;
    await tx.query(
      `UPDATE source_of_funds_requests SET status = 'CLEARED', cleared_by = $2, clear_reason = $3, cleared_at = now()
        WHERE request_id = $1`,
      [input.requestId, input.officerId, input.reason],
    );
    // Only the restriction this request caused (an overdue one, even if the evidence came late afterwards).
    const standing = await kycStandingOf(tx, input.playerId);
    if (standing.restrictionReason?.includes(input.requestId)) await setRestriction(tx, input.playerId, null);
  });
}
