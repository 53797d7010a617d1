import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bringBack, restartedPid, takeDown } from './engine-outage';
import { Supervisor } from './supervisor';
import { isProcessAlive } from './process-alive';
import { readProcessState } from './process-state';

async function eventually<T>(read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Supervisor', () => {
  let dir: string;
  let supervisor: Supervisor;
  const pidOf = (name: string) => Number(readFileSync(supervisor.pidFile(name), 'utf8'));

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'supervisor-'));
    supervisor = new Supervisor(path.join(dir, 'logs'), path.join(dir, 'run'));
  });
  afterEach(() => supervisor.stopAll(2000));

  it('restarts a process killed with SIGKILL, under a new pid, and logs both lives', async () => {
    supervisor.start({ name: 'sleeper', command: 'sleep', args: ['600'], restart: true });
    const first = await eventually(() => supervisor.pids().sleeper);
    process.kill(first, 'SIGKILL');
    const second = await eventually(() => {
      const pid = supervisor.pids().sleeper;
      return pid && pid !== first ? pid : undefined;
    });
    expect(isProcessAlive(second)).toBe(true);
    expect(pidOf('sleeper')).toBe(second);
    // The log is written through a stream: its second "starting" line may follow the new pid by a moment.
    const log = await eventually(() => {
      const text = readFileSync(supervisor.logFile('sleeper'), 'utf8');
      return (text.match(/starting sleep 600/g) ?? []).length >= 2 ? text : undefined;
    });
    expect(log.match(/starting sleep 600/g)).toHaveLength(2);
    expect(log).toContain('exited (SIGKILL)');
  });

  it('stops every process group it started, grandchildren included, and restarts nothing after', async () => {
    // A shell whose own child would be orphaned if only the shell were killed.
    supervisor.start({
      name: 'tree',
      command: 'sh',
      args: ['-c', 'sleep 600 & echo $! > child.pid; wait'],
      cwd: dir,
      restart: true,
    });
    const shell = await eventually(() => supervisor.pids().tree);
    const grandchild = await eventually(() => {
      try {
        return Number(readFileSync(path.join(dir, 'child.pid'), 'utf8')) || undefined;
      } catch {
        return undefined;
      }
    });
    await supervisor.stopAll(2000);
    await new Promise((r) => setTimeout(r, 1500)); // longer than the first restart backoff
    expect(isProcessAlive(shell)).toBe(false);
    expect(isProcessAlive(grandchild)).toBe(false);
    expect(supervisor.pids()).toEqual({});
  });

  it('captures stdout and stderr in the process log', async () => {
    supervisor.start({ name: 'talker', command: 'sh', args: ['-c', 'echo to-out; echo to-err >&2'], restart: false });
    const log = await eventually(() => {
      const text = existsSync(supervisor.logFile('talker')) ? readFileSync(supervisor.logFile('talker'), 'utf8') : '';
      return text.includes('exited') ? text : undefined;
    });
    expect(log).toContain('to-out');
    expect(log).toContain('to-err');
  });

  it('keeps a process down while its hold file exists, and restarts it as soon as the hold is lifted', async () => {
    supervisor.start({ name: 'engine', command: 'sleep', args: ['600'], restart: true });
    const first = await eventually(() => supervisor.pids().engine);
    const pidDir = path.join(dir, 'run');
    expect(await takeDown(pidDir, 'engine')).toBe(first);
    await new Promise((r) => setTimeout(r, 1500)); // three times the first restart backoff
    expect(supervisor.pids().engine).toBeUndefined();
    bringBack(pidDir, 'engine');
    const second = await restartedPid(pidDir, 'engine', first, 5000);
    expect(isProcessAlive(second)).toBe(true);
    expect(readFileSync(supervisor.logFile('engine'), 'utf8')).toContain('held down by');
  });

  it('records each life in <name>.state.json: up, restarting with its backoff, held, up again', async () => {
    const pidDir = path.join(dir, 'run');
    const state = () => readProcessState(pidDir, 'engine');
    supervisor.start({ name: 'engine', command: 'sleep', args: ['600'], restart: true });
    const first = await eventually(() => supervisor.pids().engine);
    expect(state()).toMatchObject({ status: 'up', pid: first, restarts: 0, supervisorPid: process.pid });
    expect(state()?.lastExit).toBeUndefined();

    process.kill(first, 'SIGKILL');
    const restarting = await eventually(() => (state()?.status === 'restarting' ? state() : undefined));
    expect(restarting).toMatchObject({ restarts: 1, restartInMs: 500, lastExit: { how: 'SIGKILL' } });
    expect(restarting.pid).toBeUndefined();
    const second = await restartedPid(pidDir, 'engine', first, 5000);
    await eventually(() => (state()?.pid === second ? true : undefined));
    expect(state()).toMatchObject({ status: 'up', restarts: 1, lastExit: { how: 'SIGKILL' } });

    await takeDown(pidDir, 'engine');
    await eventually(() => (state()?.status === 'held' ? true : undefined));
    bringBack(pidDir, 'engine');
    const third = await restartedPid(pidDir, 'engine', second, 5000);
    await eventually(() => (state()?.pid === third ? true : undefined));
    expect(state()).toMatchObject({ status: 'up', restarts: 2 });

    await supervisor.stopAll(2000);
    expect(state()).toBeUndefined(); // a stopped stack supervises nothing
  });

  it('cleans up after a process dies, before it restarts, and logs what it did', async () => {
    const calls: string[] = [];
    supervisor.start({
      name: 'engine',
      command: 'sleep',
      args: ['600'],
      restart: true,
      afterExit: () => {
        calls.push(`after exit, pid ${supervisor.pids().engine ?? 'none'}`);
        return 'killed 2 leftovers';
      },
    });
    const first = await eventually(() => supervisor.pids().engine);
    process.kill(first, 'SIGKILL');
    await restartedPid(path.join(dir, 'run'), 'engine', first, 5000);
    expect(calls).toEqual(['after exit, pid none']);
    expect(readFileSync(supervisor.logFile('engine'), 'utf8')).toContain('--- killed 2 leftovers');
  });

  it('backs off further on each quick failure, as for an engine that cannot start yet', async () => {
    const pidDir = path.join(dir, 'run');
    supervisor.start({ name: 'flaky', command: 'sh', args: ['-c', 'exit 3'], restart: true });
    const delays: number[] = [];
    await eventually(() => {
      const s = readProcessState(pidDir, 'flaky');
      if (s?.status === 'restarting' && s.restartInMs !== delays.at(-1)) delays.push(s.restartInMs!);
      return delays.length >= 3 ? true : undefined;
    });
    expect(delays).toEqual([500, 1000, 2000]);
    expect(readProcessState(pidDir, 'flaky')?.lastExit?.how).toBe('code 3');
  });

  it('stops a process with its own stop signal, and the engines after the processes that use them', async () => {
    const record = (name: string) => `trap "echo ${name} >> ${dir}/stopped; exit 0" INT TERM; sleep 600 & wait`;
    supervisor.start({ name: 'db', command: 'sh', args: ['-c', record('db')], restart: true, engine: true });
    supervisor.start({ name: 'app', command: 'sh', args: ['-c', record('app')], restart: true });
    // Only SIGINT stops this one; SIGTERM is ignored, so only the right signal ends it before the grace period.
    supervisor.start({
      name: 'pg',
      command: 'sh',
      args: ['-c', `trap "exit 7" INT; trap "" TERM; sleep 600 & wait; wait`],
      restart: true,
      stopSignal: 'SIGINT',
    });
    await eventually(() => (Object.keys(supervisor.pids()).every((n) => supervisor.pids()[n]) ? true : undefined));
    await new Promise((r) => setTimeout(r, 200)); // the shells install their traps
    const began = Date.now();
    await supervisor.stopAll(5000);
    expect(Date.now() - began).toBeLessThan(4000);
    expect(readFileSync(path.join(dir, 'stopped'), 'utf8').trim().split('\n')).toEqual(['app', 'db']);
    expect(readFileSync(supervisor.logFile('pg'), 'utf8')).toContain('exited (code 7)');
  });
});
