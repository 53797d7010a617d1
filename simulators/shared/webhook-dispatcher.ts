import type { Queryable } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { DueDelivery, WebhookOutbox } from './webhook-outbox';
import { signWebhook, type WebhookHeaderNames } from './webhook-signature';

/** Where one delivery goes and the secret it is signed with, or why it cannot be sent. */
export type WebhookTarget = { url: string; secret: string } | { error: string };

/** Where and how a simulator's webhooks are sent. */
export interface WebhookDispatchDeps {
  db: Queryable;
  outbox: WebhookOutbox;
  headers: WebhookHeaderNames;
  target(delivery: DueDelivery): WebhookTarget;
  logger: Logger;
  /** How long one attempt may take before it counts as failed. */
  attemptTimeoutMs?: number;
}

/**
 * Sends the webhooks whose attempt is due, at most `limit`, in parallel; returns how many it attempted. Delivery
 * is at least once: a 2xx marks one delivered, anything else schedules a retry with backoff.
 */
export async function deliverDueWebhooks(deps: WebhookDispatchDeps, limit: number): Promise<number> {
  const due = await deps.outbox.claimDue(deps.db, limit);
  await Promise.all(due.map((delivery) => attemptDelivery(deps, delivery)));
  return due.length;
}

async function attemptDelivery(deps: WebhookDispatchDeps, delivery: DueDelivery): Promise<void> {
  const target = deps.target(delivery);
  const attempt = delivery.attempts + 1;
  let error: string;
  if ('error' in target) {
    error = target.error;
  } else {
    // Signed at send time: a retry much later must still fall inside the receiver's timestamp window.
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [deps.headers.timestamp]: String(timestamp),
          [deps.headers.signature]: signWebhook(target.secret, timestamp, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(deps.attemptTimeoutMs ?? 5_000),
      });
      await response.arrayBuffer().catch(() => undefined); // frees the connection for reuse
      if (response.ok) {
        await deps.outbox.markDelivered(deps.db, delivery.eventId);
        deps.logger.debug({ eventId: delivery.eventId, key: delivery.key, attempt }, 'webhook delivered');
        return;
      }
      error = `HTTP ${response.status}`;
    } catch (err) {
      error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
  }
  const abandoned = await deps.outbox.markAttemptFailed(deps.db, delivery, error);
  const context = { eventId: delivery.eventId, key: delivery.key, attempt, error };
  if (abandoned) deps.logger.warn(context, 'webhook abandoned after the retry period');
  else deps.logger.info(context, 'webhook attempt failed; will retry');
}
