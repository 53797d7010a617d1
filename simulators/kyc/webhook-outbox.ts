import type { Queryable } from '../../platform/db';
import { createWebhookOutbox } from '../shared/webhook-outbox';
import type { CheckKind, CheckResult } from './kyc-settings';

/** Headers every webhook of the simulated KYC provider carries besides `content-type: application/json` (see `signWebhook`). */
export const KycWebhookHeader = {
  timestamp: 'x-kyc-timestamp',
  signature: 'x-kyc-signature',
} as const;

/** The JSON body of a KYC webhook: one check's result. */
export interface KycWebhookEvent extends CheckResult {
  eventId: string;
  checkId: string;
  reference: string;
  playerId: string;
  kind: CheckKind;
  completedAt: string;
}

/** The provider's outbox, keyed by check; retried for a day, as identity providers typically keep trying. */
export const kycWebhookOutbox = createWebhookOutbox({
  table: 'kyc_sim_webhook_deliveries',
  keyColumn: 'check_id',
  eventIdPrefix: 'kevt_',
  giveUpAfterMs: 24 * 3600_000,
  maxBackoffMs: 60_000,
});

/** Records a check's webhook in the caller's transaction, so that its result and webhook commit together. */
export function enqueueWebhook(db: Queryable, event: Omit<KycWebhookEvent, 'eventId'>): Promise<string> {
  return kycWebhookOutbox.enqueue(db, event, { check_id: event.checkId });
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
