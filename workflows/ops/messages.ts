import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { BenchWebhook, ProbeEventDelivery, StackProbeState } from '../../contracts/ops';

// The stack probe's messages, for workflow code and the Temporal clients that send them (the ops probe consumer,
// the API). Everyone else uses contracts/ops.ts.

/** Sent by the ops probe consumer when the probe's event has come back from Kafka. */
export const probeEventDeliveredSignal = defineSignal<[ProbeEventDelivery]>('probeEventDelivered');
/** The probe's state, as the admin UI renders it. */
export const getStatusQuery = defineQuery<StackProbeState>('getStatus');

/** Sent by `npm run bench:payments` to the same-shape baseline where a PSP's webhook reaches a deposit. */
export const benchWebhookSignal = defineSignal<[BenchWebhook]>('benchWebhook');
