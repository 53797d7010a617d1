import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../api/http';
import { getStackProbe, startStackProbe, type ProbeView, type StartedProbe } from './ops-api';

const POLL_MS = 500;
/** Consecutive failed polls before giving up; a single failure is often a query racing the first workflow task. */
const MAX_POLL_FAILURES = 10;

/** One probe the user started, and what the last poll saw of it. */
export interface ProbeRun {
  started: StartedProbe;
  view?: ProbeView;
  error?: string;
  /** True once the workflow has closed, or polling has given up. */
  settled: boolean;
}

/** Starts stack probes and polls the current one every 500 ms until its workflow is no longer running. */
export function useStackProbe(requestedBy: string): {
  run?: ProbeRun;
  starting: boolean;
  startError?: string;
  start: () => void;
} {
  const [run, setRun] = useState<ProbeRun>();
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string>();

  const start = useCallback(() => {
    setStarting(true);
    setStartError(undefined);
    startStackProbe(requestedBy)
      .then((started) => setRun({ started, settled: false }))
      .catch((err: unknown) => setStartError(describeError(err)))
      .finally(() => setStarting(false));
  }, [requestedBy]);

  const probeId = run?.started.probeId;
  useEffect(() => {
    if (!probeId) return;
    const controller = new AbortController();
    let timer: number | undefined;
    let failures = 0;
    const update = (change: Partial<ProbeRun>) =>
      setRun((current) => (current?.started.probeId === probeId ? { ...current, ...change } : current));

    const poll = async () => {
      try {
        const view = await getStackProbe(probeId, controller.signal);
        failures = 0;
        const settled = view.workflowStatus !== 'RUNNING';
        update({ view, error: undefined, settled });
        if (!settled) timer = window.setTimeout(() => void poll(), POLL_MS);
      } catch (err) {
        if (controller.signal.aborted) return;
        failures += 1;
        const settled = failures >= MAX_POLL_FAILURES;
        update({ error: describeError(err), settled });
        if (!settled) timer = window.setTimeout(() => void poll(), POLL_MS);
      }
    };
    void poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [probeId]);

  return { run, starting, startError, start };
}
