import type { SloReport, SloWindow, StackProbeResult, StackProbeState } from '../../../contracts/ops';
import { request, toQueryString } from '../api/http';

// The ops domain's calls: health, the stack probe, the service levels.

/* --------------------------------------------------------------------------------------- health */

/** The state of one dependency, as `GET /health` reports it. */
export interface DependencyHealth {
  status: 'up' | 'down';
  latencyMs: number;
  detail?: string;
}

/** The dependencies `GET /health` checks, in display order. */
export const DEPENDENCIES = ['postgres', 'temporal', 'kafka'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];

/** What `GET /health` answers, with 200 when every dependency is up and 503 otherwise. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  checks: Record<Dependency, DependencyHealth>;
}

/** Checks Postgres, Temporal and Kafka through the API; a degraded stack is a report, not an error. */
export function getHealth(signal?: AbortSignal): Promise<HealthReport> {
  return request<HealthReport>('/health', { signal, accept: [200, 503], sessionProbe: true });
}

/* --------------------------------------------------------------------------------------- probes */

/** What `POST /api/ops/probes` answers once the probe workflow has started. */
export interface StartedProbe {
  probeId: string;
  workflowId: string;
  temporalWebUrl: string;
}

/** What `GET /api/ops/probes/:probeId` answers: the workflow's own view plus Temporal's execution status. */
export interface ProbeView extends StackProbeState {
  workflowId: string;
  /** Temporal's execution status name: RUNNING, COMPLETED, FAILED, TIMED_OUT, ... */
  workflowStatus: string;
  result?: StackProbeResult;
  temporalWebUrl: string;
}

/** Starts a stack probe workflow: one synthetic transaction through Temporal, Postgres, the outbox and Kafka. */
export function startStackProbe(requestedBy: string): Promise<StartedProbe> {
  return request<StartedProbe>('/api/ops/probes', { method: 'POST', body: { requestedBy } });
}

/** Reads where a stack probe is, from its workflow's `getStatus` query and Temporal's description. */
export function getStackProbe(probeId: string, signal?: AbortSignal): Promise<ProbeView> {
  return request<ProbeView>(`/api/ops/probes/${encodeURIComponent(probeId)}`, { signal });
}

/* ------------------------------------------------------------------------------- service levels */

export type {
  SloDetail,
  SloIndicator,
  SloIndicatorId,
  SloPoint,
  SloReport,
  SloState,
  SloUnit,
  SloWindow,
} from '../../../contracts/ops';

/** The SLOs over `window`: each indicator's target, current value and state, and its per-interval series. */
export function getServiceLevels(window: SloWindow, signal?: AbortSignal): Promise<SloReport> {
  return request<SloReport>(`/api/ops/slo${toQueryString({ window })}`, { signal });
}
