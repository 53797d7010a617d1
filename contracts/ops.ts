// The ops domain's contract: stack probes and the benchmark's baseline workflow, without the Temporal SDK. Their
// Signals and Queries are in workflows/ops/messages.ts, for workflow code and Temporal clients only.

/** Task queue of the ops worker group (stack probes; later reconciliation and housekeeping). */
export const OPS_TASK_QUEUE = 'ops';

/** The registered names of the ops workflows (the exported function names in workflows/ops/). */
export const OpsWorkflowType = {
  stackProbe: 'stackProbeWorkflow',
  benchBaseline: 'benchBaselineWorkflow',
  benchSameShape: 'benchSameShapeWorkflow',
} as const;

/** Workflow id of one stack probe. */
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

/** What `npm run bench:payments` sends the same-shape baseline where a PSP's webhook reaches a deposit. */
export interface BenchWebhook {
  attemptId: string;
  outcome: string;
  pspReference: string;
}

/** Where a stack probe is in its journey through the engines. */
export const ProbeStatus = {
  RECORDING: 'RECORDING',
  AWAITING_EVENT: 'AWAITING_EVENT',
  COMPLETED: 'COMPLETED',
  EVENT_NOT_DELIVERED: 'EVENT_NOT_DELIVERED',
} as const;
/** One stack probe status. */
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

/** What the ops probe consumer tells a probe when its event has come back from Kafka. */
export interface ProbeEventDelivery {
  eventId: string;
  seenAt: string;
}

// The service levels: what `GET /api/ops/slo` answers, each indicator with its target, current value and
// per-interval series.

/** How far back the series reach. */
export type SloWindow = '15m' | '1h' | '6h' | '24h';

/** The indicators, in the order the Operations page shows them. */
export const SLO_INDICATOR_IDS = [
  'depositEndToEnd',
  'betAcceptance',
  'payoutTime',
  'approvalWait',
  'outboxLag',
  'consumerLag',
] as const;
export type SloIndicatorId = (typeof SLO_INDICATOR_IDS)[number];

/** Durations are always in seconds (the UI picks ms, s or min to show them); lags in messages. */
export type SloUnit = 'seconds' | 'messages';

/** Within target, within 80 % of it (amber), over it (red), or nothing measured in the window. */
export type SloState = 'OK' | 'AT_RISK' | 'BREACHED' | 'NO_DATA';

/** Where an indicator's numbers come from, which says how far they can be trusted across restarts and replicas. */
export type SloSource =
  /** Postgres timestamps: durable, the same whichever API replica answers. */
  | 'postgres'
  /** Sampled in memory by the API process that answered: its own traffic only, lost when it restarts. */
  | 'api-process'
  /** Asked of Kafka now, with an in-memory history sampled by the API process that answered. */
  | 'kafka';

/** The promise: `statistic` of the indicator stays at or below `threshold`. */
export interface SloTarget {
  /** The series line (or current statistic) the target is about: `p95`, `p99`, `oldest`, `worst group`. */
  statistic: string;
  threshold: number;
  /** The target in words, for the card. */
  text: string;
}

/** One line of an indicator's chart. */
export interface SloLine {
  /** Key of the point's `values`. */
  key: string;
  label: string;
}

/** One interval of a series: its start, how many things it measured, and the value of each line (null: none). */
export interface SloPoint {
  /** Start of the interval (ISO 8601); the interval lasts the report's `stepSeconds`. */
  at: string;
  /** Payments, bets or outbox events measured in the interval; null for sampled gauges (consumer lag). */
  count: number | null;
  values: Record<string, number | null>;
}

/** A secondary fact shown on the card (the outbox backlog, one group's lag). */
export interface SloDetail {
  label: string;
  value: number;
  unit: SloUnit | 'count';
}

/** The indicator's value now (gauges) or over the whole window (latencies), judged against the target. */
export interface SloCurrent {
  value: number | null;
  /** What `value` is: `p95 over the window`, `oldest unpublished event, now`, ... */
  label: string;
  /** How many things `value` was computed from, where that means something. */
  count: number | null;
  state: SloState;
}

/** One service-level indicator with everything its card and chart need. */
export interface SloIndicator {
  id: SloIndicatorId;
  name: string;
  description: string;
  unit: SloUnit;
  source: SloSource;
  target: SloTarget;
  current: SloCurrent;
  details: SloDetail[];
  lines: SloLine[];
  series: SloPoint[];
  /** A caveat the card shows: sampled since when, sampled 1 in N, a source that did not answer. */
  note: string | null;
}

/** What `GET /api/ops/slo` answers. */
export interface SloReport {
  window: SloWindow;
  /** Length of one series interval. */
  stepSeconds: number;
  /** Start of the first interval and the moment the report was made (ISO 8601). */
  from: string;
  generatedAt: string;
  indicators: SloIndicator[];
}
