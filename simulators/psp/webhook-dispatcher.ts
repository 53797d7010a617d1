import type { Queryable } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { claimDueDeliveries, markAttemptFailed, markDelivered, type DueDelivery } from './webhook-outbox';
import { PspWebhookHeader, signPspWebhook } from './webhook-signature';

/** Where and how webhooks are sent. */
export interface WebhookDispatchDeps {
  db: Queryable;
  /** Base URL; each PSP posts to `<webhookUrl>/<psp>`. */
  webhookUrl: string;
  webhookSecrets: ReadonlyMap<string, string>;
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
  const url = `${deps.webhookUrl.replace(/\/+$/, '')}/${delivery.psp}`;
  const secret = deps.webhookSecrets.get(delivery.psp);
  let error: string;
  if (secret === undefined) {
    error = `no webhook secret for ${delivery.psp}`;
  } else {
    // Signed at send time: a retry ten minutes later must still fall inside the receiver's timestamp window.
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [PspWebhookHeader.timestamp]: String(timestamp),
          [PspWebhookHeader.signature]: signPspWebhook(secret, timestamp, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(deps.attemptTimeoutMs ?? 5_000),
      });
      await response.arrayBuffer().catch(() => undefined); // frees the connection for reuse
      if (response.ok) {
        await markDelivered(deps.db, delivery.eventId);
        deps.logger.debug({ eventId: delivery.eventId, url, attempt: delivery.attempts + 1 }, 'webhook delivered');
        return;
      }
      error = `HTTP ${response.status}`;
    } catch (err) {
      error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
  }
  const abandoned = await markAttemptFailed(deps.db, delivery, error);
  const context = { eventId: delivery.eventId, url, attempt: delivery.attempts + 1, error };
  if (abandoned) deps.logger.warn(context, 'webhook abandoned after the retry period');
  else deps.logger.info(context, 'webhook attempt failed; will retry');
}
