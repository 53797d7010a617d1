import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeProcessState, readProcessState, writeProcessState, type ProcessState } from './process-state';

describe('process state', () => {
  const pidDir = mkdtempSync(path.join(os.tmpdir(), 'process-state-'));
  const now = Date.parse('2026-12-02T02:00:00Z');
  const postgres: ProcessState = {
    name: 'postgres',
    status: 'up',
    pid: 4242,
    startedAt: '2026-12-02T01:58:05Z',
    restarts: 2,
    lastExit: { at: '2026-12-02T01:58:04Z', how: 'SIGKILL', afterMs: 480_000 },
    supervisorPid: process.pid,
  };

  it('reads back what the supervisor wrote while that supervisor lives', () => {
    writeProcessState(pidDir, postgres);
    expect(readProcessState(pidDir, 'postgres')).toEqual(postgres);
    expect(readProcessState(pidDir, 'kafka')).toBeUndefined();
  });

  it('ignores the state of a supervisor that is gone', () => {
    writeProcessState(pidDir, { ...postgres, name: 'temporal', supervisorPid: 2 ** 22 + 1 }); // above pid_max
    expect(readProcessState(pidDir, 'temporal')).toBeUndefined();
  });

  it('describes a process as npm run status lists it', () => {
    expect(describeProcessState(postgres, now)).toBe(
      'pid 4242   up 115 s               2 restarts   last exit SIGKILL, 116 s ago after 8 min up',
    );
    expect(describeProcessState({ ...postgres, status: 'restarting', pid: undefined, restartInMs: 2000 }, now)).toMatch(
      /^ {11}restarting in 2\.0 s {4}2 restarts/,
    );
    expect(describeProcessState(undefined)).toMatch(/not supervised here/);
  });
});
