import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/db';
import type { CheckKind, CheckResult } from './kyc-settings';

/** The JSON body of a KYC webhook: one check's result. */
export interface KycWebhookEvent extends CheckResult {
  eventId: string;
  checkId: string;
  reference: string;
  playerId: string;
  kind: CheckKind;
  completedAt: string;
}

/** A webhook still owed to the merchant, as claimed for one delivery attempt. */
export interface DueDelivery {
  eventId: string;
  checkId: string;
  body: string;
  attempts: number;
}

/** How long a delivery is retried before it is abandoned: a day, as identity providers typically keep trying. */
export const DELIVERY_GIVE_UP_AFTER_MS = 24 * 3600_000;
// A claimed delivery is invisible to other claims for this long; a process that dies mid-send leaves it to be
// retried after the lease.
const CLAIM_LEASE_MS = 30_000;

/** The wait before attempt `attempts + 1`: 0.5 s, doubling, at most 60 s. */
export function deliveryBackoffMs(attempts: number): number {
  return Math.min(60_000, 500 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Records a webhook to deliver, in the caller's transaction, so that a check's result and its webhook are committed
 * together. The body is stored as the exact bytes to send, so every retry is byte-identical with the same eventId.
 */
export async function enqueueWebhook(db: Queryable, event: Omit<KycWebhookEvent, 'eventId'>): Promise<string> {
  const eventId = `kevt_${randomUUID()}`;
  const body = JSON.stringify({ eventId, ...event });
  await db.query(
    `INSERT INTO kyc_sim_webhook_deliveries (event_id, check_id, body, give_up_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    [eventId, event.checkId, body, DELIVERY_GIVE_UP_AFTER_MS / 1000],
  );
  return eventId;
}

/** Claims up to `limit` deliveries whose attempt is due, leasing them so no other loop sends them meanwhile. */
export async function claimDueDeliveries(db: Queryable, limit: number): Promise<DueDelivery[]> {
  const { rows } = await db.query<{ event_id: string; check_id: string; body: string; attempts: number }>(
    `UPDATE kyc_sim_webhook_deliveries SET next_attempt_at = now() + make_interval(secs => $2)
     WHERE event_id IN (
       SELECT event_id FROM kyc_sim_webhook_deliveries
       WHERE delivered_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= now()
       ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING event_id, check_id, body, attempts`,
    [limit, CLAIM_LEASE_MS / 1000],
  );
  return rows.map((r) => ({ eventId: r.event_id, checkId: r.check_id, body: r.body, attempts: r.attempts }));
}

/** Records that the receiver acknowledged the delivery with a 2xx. */
export async function markDelivered(db: Queryable, eventId: string): Promise<void> {
  await db.query(
    `UPDATE kyc_sim_webhook_deliveries SET delivered_at = now(), attempts = attempts + 1, last_error = NULL
     WHERE event_id = $1`,
    [eventId],
  );
}

/**
 * Records a failed attempt and schedules the next one with backoff, or abandons the delivery past its give-up
 * time. Returns whether it was abandoned.
 */
export async function markAttemptFailed(db: Queryable, delivery: DueDelivery, error: string): Promise<boolean> {
  const attempts = delivery.attempts + 1;
  const { rows } = await db.query<{ abandoned: boolean }>(
    `UPDATE kyc_sim_webhook_deliveries
     SET attempts = $2, last_error = $3,
         next_attempt_at = now() + make_interval(secs => $4),
         abandoned_at = CASE WHEN now() >= give_up_at THEN now() END
     WHERE event_id = $1
     RETURNING abandoned_at IS NOT NULL AS abandoned`,
    [delivery.eventId, attempts, error.slice(0, 500), deliveryBackoffMs(attempts) / 1000],
  );
  return rows[0]?.abandoned ?? false;
}

/** The deliveries of one check, oldest first: what the control API shows a test. */
export async function deliveriesOfCheck(db: Queryable, checkId: string) {
  const { rows } = await db.query<{ eventId: string; attempts: number; delivered: boolean; lastError: string | null }>(
    `SELECT event_id AS "eventId", attempts, delivered_at IS NOT NULL AS delivered, last_error AS "lastError"
     FROM kyc_sim_webhook_deliveries WHERE check_id = $1 ORDER BY created_at`,
    [checkId],
  );
  return rows;
}
