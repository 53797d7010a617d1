import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

// The ops domain's calls: health, the stack probe, the service levels. The types are the OpenAPI document's
// (generated into openapi-types.ts).

type Schemas = components['schemas'];

/* --------------------------------------------------------------------------------------- health */

/** What `GET /health` answers, with 200 when every dependency is up and 503 otherwise. */
export type HealthReport = Schemas['Health'];

/** The dependencies `GET /health` checks, in display order. */
export const DEPENDENCIES = ['postgres', 'temporal', 'kafka'] as const satisfies (keyof HealthReport['checks'])[];
export type Dependency = (typeof DEPENDENCIES)[number];

/** The state of one dependency, as `GET /health` reports it. */
export type DependencyHealth = HealthReport['checks'][Dependency];

/** Checks Postgres, Temporal and Kafka through the API; a degraded stack (503) is a report, not an error. */
export async function getHealth(signal?: AbortSignal): Promise<HealthReport> {
  const { data, error } = await api.GET('/health', { signal });
  // The transport lets only 503 through as an error, and its body is the same report.
  return (data ?? error) as HealthReport;
}

/* --------------------------------------------------------------------------------------- probes */

/** What `POST /api/ops/probes` answers once the probe workflow has started. */
export type StartedProbe = Schemas['StackProbeStarted'];

/** What `GET /api/ops/probes/:probeId` answers: the workflow's own view plus Temporal's execution status. */
export type ProbeView = Schemas['StackProbeStatus'];

/** Starts a stack probe workflow: one synthetic transaction through Temporal, Postgres, the outbox and Kafka. */
export function startStackProbe(requestedBy: string): Promise<StartedProbe> {
  return resultOf(api.POST('/api/ops/probes', { body: { requestedBy } }));
}

/** Reads where a stack probe is, from its workflow's `getStatus` query and Temporal's description. */
export function getStackProbe(probeId: string, signal?: AbortSignal): Promise<ProbeView> {
  return resultOf(api.GET('/api/ops/probes/{probeId}', { params: { path: { probeId } }, signal }));
}

/* ------------------------------------------------------------------------------- service levels */

/** The service levels over a window: each indicator's target, current value and state, and its series. */
export type SloReport = Schemas['SloReport'];
export type SloWindow = SloReport['window'];
export type SloIndicator = SloReport['indicators'][number];
export type SloIndicatorId = SloIndicator['id'];
export type SloUnit = SloIndicator['unit'];
export type SloState = SloIndicator['current']['state'];
export type SloDetail = NonNullable<SloIndicator['details']>[number];
export type SloPoint = SloIndicator['series'][number];

/** The SLOs over `window`: each indicator's target, current value and state, and its per-interval series. */
export function getServiceLevels(window: SloWindow, signal?: AbortSignal): Promise<SloReport> {
  return resultOf(api.GET('/api/ops/slo', { params: { query: { window } }, signal }));
}
