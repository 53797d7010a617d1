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

/** Failure types a stack probe can end with. */
export const OpsErrorType = {
  ProbeEventNotDelivered: 'ProbeEventNotDelivered',
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
