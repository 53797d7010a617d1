import { randomUUID } from 'node:crypto';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { fingerprintCheckRequest, type CheckRequest } from './check-request';
import {
  checkResultFor,
  type CheckKind,
  type CheckReason,
  type CheckResult,
  type KycSimulatorSettings,
} from './kyc-settings';
import { enqueueWebhook } from './webhook-outbox';

/** A check as the provider API shows it, in answers and lookups alike. */
export interface CheckView {
  checkId: string;
  reference: string;
  playerId: string;
  kind: CheckKind;
  status: 'PENDING' | 'COMPLETED';
  /** Present once COMPLETED. */
  outcome?: CheckResult['outcome'];
  reasons: CheckReason[];
  createdAt: string;
  completedAt?: string;
}

interface CheckRow {
  check_id: string;
  reference: string;
  player_id: string;
  kind: CheckKind;
  status: 'PENDING' | 'COMPLETED';
  outcome: CheckResult['outcome'] | null;
  reasons: CheckReason[];
  planned_outcome: CheckResult['outcome'] | null;
  planned_reasons: CheckReason[] | null;
  created_at: Date;
  completed_at: Date | null;
}

function toView(row: CheckRow): CheckView {
  return {
    checkId: row.check_id,
    reference: row.reference,
    playerId: row.player_id,
    kind: row.kind,
    status: row.status,
    ...(row.outcome === null ? {} : { outcome: row.outcome }),
    reasons: row.reasons,
    createdAt: row.created_at.toISOString(),
    ...(row.completed_at === null ? {} : { completedAt: row.completed_at.toISOString() }),
  };
}

/** What `POST /v1/checks` answers: a new check, the first answer again, or a refusal of the key. */
export type CreateCheckResult = { outcome: 'CREATED' | 'REPLAYED'; check: CheckView } | { outcome: 'KEY_REUSED' };

/**
 * Accepts a check under an idempotency key, or answers a repeat of the key with the first answer verbatim (a
 * different request under a used key is refused). The result is decided now, from the settings the request met,
 * so that a restart between the answer and the webhook changes nothing.
 */
export async function createCheck(
  db: Db,
  input: { idempotencyKey: string; request: CheckRequest; settings: KycSimulatorSettings },
): Promise<CreateCheckResult> {
  const { request, settings } = input;
  const requestHash = fingerprintCheckRequest(request);
  return withTransaction(db, async (client) => {
    // Claiming the key first serialises concurrent requests with one key: the second waits for the first to commit.
    const claimed = await client.query(
      `INSERT INTO kyc_sim_idempotency_keys (idempotency_key, request_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [input.idempotencyKey, requestHash],
    );
    if (claimed.rowCount === 0) {
      const { rows } = await client.query<{ request_hash: string; response: CheckView }>(
        'SELECT request_hash, response FROM kyc_sim_idempotency_keys WHERE idempotency_key = $1',
        [input.idempotencyKey],
      );
      const first = rows[0]!;
      return first.request_hash === requestHash
        ? { outcome: 'REPLAYED', check: first.response }
        : { outcome: 'KEY_REUSED' };
    }
    const planned = checkResultFor(request.kind, settings.outcome);
    const { rows } = await client.query<CheckRow>(
      `INSERT INTO kyc_sim_checks (check_id, reference, player_id, kind, status, planned_outcome, planned_reasons,
         complete_at)
       VALUES ($1, $2, $3, $4, 'PENDING', $5, $6, CASE WHEN $5::TEXT IS NULL THEN NULL
         ELSE now() + make_interval(secs => $7) END)
       RETURNING *`,
      [
        `chk_${randomUUID().replaceAll('-', '')}`,
        request.reference,
        request.playerId,
        request.kind,
        planned?.outcome ?? null,
        planned ? JSON.stringify(planned.reasons) : null,
        settings.resultDelayMs / 1000,
      ],
    );
    const check = toView(rows[0]!);
    await client.query('UPDATE kyc_sim_idempotency_keys SET response = $2 WHERE idempotency_key = $1', [
      input.idempotencyKey,
      JSON.stringify(check),
    ]);
    return { outcome: 'CREATED', check };
  });
}

/** Completes a locked PENDING check with `result` and queues its webhook in the same transaction. */
async function completeCheck(client: Queryable, checkId: string, result: CheckResult): Promise<CheckView> {
  const { rows } = await client.query<CheckRow>(
    `UPDATE kyc_sim_checks SET status = 'COMPLETED', outcome = $2, reasons = $3, planned_outcome = NULL,
       planned_reasons = NULL, complete_at = NULL, completed_at = now()
     WHERE check_id = $1 RETURNING *`,
    [checkId, result.outcome, JSON.stringify(result.reasons)],
  );
  const check = toView(rows[0]!);
  await enqueueWebhook(client, {
    checkId: check.checkId,
    reference: check.reference,
    playerId: check.playerId,
    kind: check.kind,
    outcome: result.outcome,
    reasons: result.reasons,
    completedAt: check.completedAt!,
  });
  return check;
}

/** Completes the PENDING checks whose time has come with their decided result; returns how many. */
export async function completeDueChecks(db: Db, limit: number): Promise<number> {
  return withTransaction(db, async (client) => {
    const { rows } = await client.query<CheckRow>(
      `SELECT * FROM kyc_sim_checks WHERE complete_at <= now() AND status = 'PENDING'
       ORDER BY complete_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    for (const row of rows) {
      await completeCheck(client, row.check_id, { outcome: row.planned_outcome!, reasons: row.planned_reasons ?? [] });
    }
    return rows.length;
  });
}

/**
 * Completes a PENDING check now with `result` instead of its decided one (or at all, for a check that was never to
 * be answered): a test's way to answer late.
 */
export async function forceCheckResult(
  db: Db,
  checkId: string,
  result: CheckResult,
): Promise<CheckView | { refusal: 'NOT_FOUND' | 'NOT_PENDING'; check?: CheckView }> {
  return withTransaction(db, async (client) => {
    const { rows } = await client.query<CheckRow>('SELECT * FROM kyc_sim_checks WHERE check_id = $1 FOR UPDATE', [
      checkId,
    ]);
    const row = rows[0];
    if (!row) return { refusal: 'NOT_FOUND' };
    if (row.status !== 'PENDING') return { refusal: 'NOT_PENDING', check: toView(row) };
    return completeCheck(client, checkId, result);
  });
}

/** The check `checkId`, if it exists. */
export async function findCheck(db: Queryable, checkId: string): Promise<CheckView | undefined> {
  const { rows } = await db.query<CheckRow>('SELECT * FROM kyc_sim_checks WHERE check_id = $1', [checkId]);
  return rows[0] && toView(rows[0]);
}
