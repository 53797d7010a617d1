import type { StackProbeResult, StackProbeState } from '../../workflows/ops/definitions';

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

/** Thrown when the API answers with an error (an RFC 9457 problem) or cannot be reached at all. */
export class ApiProblemError extends Error {
  constructor(
    readonly title: string,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${title}: ${detail}`);
    this.name = 'ApiProblemError';
  }
}

/** The one line the UI shows for any failure. */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function problemFrom(response: Response): Promise<ApiProblemError> {
  const fallback = new ApiProblemError(
    response.statusText || 'Request failed',
    `HTTP ${response.status}`,
    response.status,
  );
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body = (await response.json()) as { title?: unknown; detail?: unknown };
    if (typeof body.title !== 'string') return fallback;
    const detail = typeof body.detail === 'string' ? body.detail : `HTTP ${response.status}`;
    return new ApiProblemError(body.title, detail, response.status);
  } catch {
    return fallback;
  }
}

/** Sends one request and parses the JSON answer; `accept` lists the statuses whose body is a result, not a problem. */
async function requestJson<T>(path: string, init: RequestInit & { accept?: readonly number[] } = {}): Promise<T> {
  const { accept, ...requestInit } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...requestInit,
      headers: { Accept: 'application/json, application/problem+json', ...requestInit.headers },
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiProblemError('API unreachable', describeError(err));
  }
  if (!(accept ? accept.includes(response.status) : response.ok)) throw await problemFrom(response);
  return (await response.json()) as T;
}

/** Checks Postgres, Temporal and Kafka through the API; a degraded stack is a report, not an error. */
export function getHealth(signal?: AbortSignal): Promise<HealthReport> {
  return requestJson<HealthReport>('/health', { signal, accept: [200, 503] });
}

/** Starts a stack probe workflow: one synthetic transaction through Temporal, Postgres, the outbox and Kafka. */
export function startStackProbe(): Promise<StartedProbe> {
  return requestJson<StartedProbe>('/api/ops/probes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ requestedBy: 'admin-ui' }),
  });
}

/** Reads where a stack probe is, from its workflow's `getStatus` query and Temporal's description. */
export function getStackProbe(probeId: string, signal?: AbortSignal): Promise<ProbeView> {
  return requestJson<ProbeView>(`/api/ops/probes/${encodeURIComponent(probeId)}`, { signal });
}
