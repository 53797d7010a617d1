import { defineQuery, defineSignal } from '@temporalio/workflow';

/** Task queue of the ops worker group (stack probes; later reconciliation and housekeeping). */
export const OPS_TASK_QUEUE = 'ops';

/** Where a stack probe is in its journey through the engines. */
export const ProbeStatus = {
  RECORDING: 'RECORDING',
  AWAITING_EVENT: 'AWAITING_EVENT',
  COMPLETED: 'COMPLETED',
  EVENT_NOT_DELIVERED: 'EVENT_NOT_DELIVERED',
} as const;
export type ProbeStatus = (typeof ProbeStatus)[keyof typeof ProbeStatus];

/** Failure types the ops workflows can end with (a stack probe, the payments benchmark's same-shape baseline). */
export const OpsErrorType = {
  ProbeEventNotDelivered: 'ProbeEventNotDelivered',
  BenchSignalNotDelivered: 'BenchSignalNotDelivered',
} as const;

/** Starts a stack probe: one synthetic transaction through API, Temporal, Postgres, outbox, Kafka and a consumer. */
export interface StackProbeInput {
  probeId: string;
  requestedBy: string;
  /** How long to wait for the event to come back from Kafka before giving up. */
  eventTimeoutMs: number;
}

/** What a finished probe measured. */
export interface StackProbeResult {
  probeId: string;
  recordedAt: string;
  eventSeenAt: string;
  completedAt: string;
  /** From the database write to the consumer's signal: outbox relay plus Kafka plus consumer. */
  eventRoundTripMs: number;
}

/** The state the `getStatus` query returns and the admin UI renders. */
export interface StackProbeState {
  probeId: string;
  status: ProbeStatus;
  recordedAt?: string;
  eventSeenAt?: string;
  completedAt?: string;
}

/** Sent by the ops probe consumer when the probe's event has come back from Kafka. */
export const probeEventDeliveredSignal = defineSignal<[{ eventId: string; seenAt: string }]>('probeEventDelivered');
export const getStatusQuery = defineQuery<StackProbeState>('getStatus');

export const stackProbeWorkflowId = (probeId: string) => `ops:probe:${probeId}`;

/** Workflow id of one run of the payments benchmark's baseline workflow. */
export const benchBaselineWorkflowId = (runId: string) => `ops:bench-baseline:${runId}`;

/** Workflow id of one run of the payments benchmark's same-shape baseline workflow. */
export const benchSameShapeWorkflowId = (runId: string) => `ops:bench-same-shape:${runId}`;

/** Starts the same-shape baseline: stand-ins for what a deposit carries, so its payloads and search attributes weigh the same. */
export interface BenchSameShapeInput {
  /** A stand-in, never a real player's id: the player 360 view lists a player's workflows by PlayerId. */
  playerId: string;
  amountMinor: number;
  currency: string;
  psp: string;
  /** How long it waits for its signal, as a deposit waits for the PSP's webhook (a timer, like the deposit's). */
  confirmationTimeoutMs: number;
}

/** Sent by `npm run bench:payments` to the same-shape baseline where a PSP's webhook reaches a deposit. */
export const benchWebhookSignal =
  defineSignal<[{ attemptId: string; outcome: string; pspReference: string }]>('benchWebhook');
