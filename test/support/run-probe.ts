import { loadConfig } from '../../platform/config';
import { fetchApi } from './openapi-conformance';

/** The API of the stack the global setup brought up (its port moved by STACK_PORT_OFFSET, if any). */
export const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${loadConfig().API_PORT}`;

/** A stack probe as `GET /api/ops/probes/:id` shows it. */
export interface ProbeView {
  probeId: string;
  status: string;
  workflowStatus: string;
  result?: { eventRoundTripMs: number; recordedAt: string; eventSeenAt: string; completedAt: string };
  temporalWebUrl: string;
}

/**
 * Starts a stack probe over HTTP as the staff member whose login `headers` are given (session cookie and CSRF
 * token) and polls it until its workflow is no longer running (or `timeoutMs` passes).
 */
export async function runProbe(headers: Record<string, string>, timeoutMs = 60_000): Promise<ProbeView> {
  const started = await fetchApi(`${apiUrl}/api/ops/probes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({}),
  });
  if (started.status !== 202) throw new Error(`starting a probe answered ${started.status}: ${await started.text()}`);
  const { probeId } = (await started.json()) as { probeId: string };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await fetchApi(`${apiUrl}/api/ops/probes/${probeId}`, { headers });
    // 503: the probe's query found no worker to answer it within the API's bound (one restarting): ask again.
    const view = answer.status === 503 ? undefined : ((await answer.json()) as ProbeView);
    if (view && (view.workflowStatus !== 'RUNNING' || Date.now() > deadline)) return view;
    if (!view && Date.now() > deadline) throw new Error(`probe ${probeId}: still 503 after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
