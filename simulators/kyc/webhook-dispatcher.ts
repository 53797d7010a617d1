import type { Queryable } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { claimDueDeliveries, markAttemptFailed, markDelivered, type DueDelivery } from './webhook-outbox';
import { KycWebhookHeader, signKycWebhook } from './webhook-signature';

/** Where and how the provider's webhooks are sent. */
export interface WebhookDispatchDeps {
  db: Queryable;
  /** The merchant's webhook endpoint, posted to as is. */
  webhookUrl: string;
  webhookSecret: string;
  logger: Logger;
  /** How long one attempt may take before it counts as failed. */
  attemptTimeoutMs?: number;
}

/**
 * Sends the webhooks whose attempt is due, at most `limit`, in parallel; returns how many it attempted. Delivery
 * is at least once: a 2xx marks one delivered, anything else schedules a retry with backoff.
 */
export async function deliverDueWebhooks(deps: WebhookDispatchDeps, limit: number): Promise<number> {
  const due = await claimDueDeliveries(deps.db, limit);
  await Promise.all(due.map((delivery) => attemptDelivery(deps, delivery)));
  return due.length;
}

async function attemptDelivery(deps: WebhookDispatchDeps, delivery: DueDelivery): Promise<void> {
  // Signed at send time: a retry an hour later must still fall inside the receiver's timestamp window.
  const timestamp = Math.floor(Date.now() / 1000);
  let error: string;
  try {
    const response = await fetch(deps.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [KycWebhookHeader.timestamp]: String(timestamp),
        [KycWebhookHeader.signature]: signKycWebhook(deps.webhookSecret, timestamp, delivery.body),
      },
      body: delivery.body,
      signal: AbortSignal.timeout(deps.attemptTimeoutMs ?? 5_000),
    });
    await response.arrayBuffer().catch(() => undefined); // frees the connection for reuse
    if (response.ok) {
      await markDelivered(deps.db, delivery.eventId);
      deps.logger.debug({ eventId: delivery.eventId, attempt: delivery.attempts + 1 }, 'KYC webhook delivered');
      return;
    }
    error = `HTTP ${response.status}`;
  } catch (err) {
    error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  const abandoned = await markAttemptFailed(deps.db, delivery, error);
  const context = { eventId: delivery.eventId, checkId: delivery.checkId, attempt: delivery.attempts + 1, error };
  if (abandoned) deps.logger.warn(context, 'KYC webhook abandoned after the retry period');
  else deps.logger.info(context, 'KYC webhook attempt failed; will retry');
}
