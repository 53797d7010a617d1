import type { Queryable } from '../../platform/db';
import { createWebhookOutbox } from '../shared/webhook-outbox';
import type { FinalStatus, PaymentKind } from './psp-profiles';

/** Headers every simulated PSP webhook carries besides `content-type: application/json` (see `signWebhook`). */
export const PspWebhookHeader = {
  timestamp: 'x-psp-timestamp',
  signature: 'x-psp-signature',
} as const;

/** The JSON body of a PSP webhook: one event, the final status of one payment. */
export interface PspWebhookEvent {
  eventId: string;
  psp: string;
  pspReference: string;
  reference: string;
  kind: PaymentKind;
  status: FinalStatus;
  code?: string;
  amountMinor: number;
  currency: string;
  occurredAt: string;
}

/** The PSPs' outbox: keyed by PSP id (each posts to its own URL with its own secret), retried like a real PSP's. */
export const pspWebhookOutbox = createWebhookOutbox({
  table: 'psp_webhook_deliveries',
  keyColumn: 'psp',
  eventIdPrefix: 'evt_',
  giveUpAfterMs: 10 * 60_000,
  maxBackoffMs: 30_000,
});

/** Records a payment's webhook in the caller's transaction, so that its final status and webhook commit together. */
export function enqueueWebhook(db: Queryable, event: Omit<PspWebhookEvent, 'eventId'>): Promise<string> {
  return pspWebhookOutbox.enqueue(db, event, { psp: event.psp, psp_reference: event.pspReference });
}
