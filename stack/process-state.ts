import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './process-alive';

/**
 * What a supervised process is doing: running, kept down by a hold file, waiting out its restart backoff, or ended
 * for good (one that is not restarted).
 */
export type SupervisedStatus = 'up' | 'held' | 'restarting' | 'exited';

/** How a supervised process last ended: its exit code or the signal that killed it, and when. */
export interface LastExit {
  at: string;
  how: string;
  /** How long it had been running. */
  afterMs: number;
}

/**
 * The supervisor's record of one process, in `<pidDir>/<name>.state.json`: what `npm run status` shows, and what a
 * drill or an SRE reads to see that an engine was restarted and how often.
 */
export interface ProcessState {
  name: string;
  status: SupervisedStatus;
  pid?: number;
  /** When the current (or, while down, the last) life began. */
  startedAt: string;
  /** Every restart since `npm start`, backoff-driven and hold-lifted alike. */
  restarts: number;
  lastExit?: LastExit;
  /** While restarting: the backoff before the next start. */
  restartInMs?: number;
  /** The process that supervises it; a state whose supervisor is gone is stale. */
  supervisorPid: number;
}

export function stateFile(pidDir: string, name: string): string {
  return path.join(pidDir, `${name}.state.json`);
}

/** Written to a temporary file and renamed, so a reader never sees half a record. */
export function writeProcessState(pidDir: string, state: ProcessState): void {
  const file = stateFile(pidDir, state.name);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function removeProcessState(pidDir: string, name: string): void {
  rmSync(stateFile(pidDir, name), { force: true });
}

/** The record of `name`, or undefined when no live supervisor keeps one (never started here, or stale). */
export function readProcessState(pidDir: string, name: string): ProcessState | undefined {
  let state: ProcessState;
  try {
    state = JSON.parse(readFileSync(stateFile(pidDir, name), 'utf8')) as ProcessState;
  } catch {
    return undefined;
  }
  return isProcessAlive(state.supervisorPid) ? state : undefined;
}

/** A duration as an SRE reads it at a glance: 4.2 s, 95 s, 12 min, 3 h. */
function duration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000)} h`;
}

/** One line for `npm run status`: pid, what it does (and for how long), restarts and its last exit. */
export function describeProcessState(state: ProcessState | undefined, now = Date.now()): string {
  if (!state) return 'not supervised here (external, or not started by npm start)';
  const doing: Record<SupervisedStatus, string> = {
    up: `up ${duration(now - Date.parse(state.startedAt))}`,
    held: 'held down (hold file)',
    restarting: `restarting in ${duration(state.restartInMs ?? 0)}`,
    exited: 'exited',
  };
  const parts = [
    (state.status === 'up' && state.pid ? `pid ${state.pid}` : '').padEnd(10),
    doing[state.status].padEnd(22),
    `${state.restarts} restart${state.restarts === 1 ? '' : 's'}`.padEnd(12),
  ];
  if (state.lastExit) {
    const { how, at, afterMs } = state.lastExit;
    parts.push(`last exit ${how}, ${duration(now - Date.parse(at))} ago after ${duration(afterMs)} up`);
  }
  return parts.join(' ').trimEnd();
}
