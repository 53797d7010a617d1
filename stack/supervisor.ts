import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { removeProcessState, writeProcessState, type LastExit, type SupervisedStatus } from './process-state';

/** One long-running process the supervisor keeps alive. */
export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Restart when it exits on its own, as an orchestrator restarts a pod (unless a drill holds it down). */
  restart: boolean;
  /** Run as this user and group (Postgres refuses to run as root). */
  uid?: number;
  gid?: number;
  /** The signal that asks it to stop (default SIGTERM; Postgres shuts down fast on SIGINT, on SIGTERM it waits for clients). */
  stopSignal?: NodeJS.Signals;
  /**
   * Cleans up after it dies, before any restart, as a pod's death takes every process of its container along: a
   * SIGKILLed postmaster leaves backends running that would keep the restarted one from starting. Returns what it
   * did, for the log.
   */
  afterExit?: () => string | undefined;
  /** An engine (Temporal, Kafka, Postgres) is stopped after every other process, which may still use it while stopping. */
  engine?: boolean;
}

interface Supervised {
  spec: ProcessSpec;
  child?: ChildProcess;
  log: WriteStream;
  /** Restarts in a row without a healthy run in between: the exponent of the backoff. */
  failures: number;
  restarts: number;
  startedAt: number;
  lastExit?: LastExit;
  restartTimer?: NodeJS.Timeout;
}

const MAX_BACKOFF_MS = 10_000;
const HEALTHY_AFTER_MS = 30_000;
const HOLD_POLL_MS = 250;

/**
 * Starts processes in their own process groups, appends each one's output to `<logDir>/<name>.log`, restarts
 * those that die (with backoff: a chaos drill's `kill -9` comes back in about a second), and on `stopAll` ends
 * every group it started, so nothing is left orphaned.
 *
 * Hand-written rather than pm2 or similar: pm2 runs a daemon of its own that outlives Ctrl-C, and the same
 * supervisor has to run inside Jest's global setup, where a library that owns signals or a TTY does not fit.
 */
export class Supervisor {
  private readonly processes = new Map<string, Supervised>();
  private stopping = false;

  constructor(
    private readonly logDir: string,
    private readonly pidDir: string,
    private readonly onEvent: (message: string) => void = () => undefined,
  ) {
    mkdirSync(logDir, { recursive: true });
    mkdirSync(pidDir, { recursive: true });
  }

  /** `<pidDir>/<name>.pid` holds the current pid, so a chaos drill can `kill -9 $(cat …)` any process. */
  pidFile(name: string): string {
    return path.join(this.pidDir, `${name}.pid`);
  }

  /**
   * `<pidDir>/<name>.hold`: while this file exists, the supervisor does not restart `name` after it exits; once it is
   * removed, the process comes back at once. A game-day drill (or a test) writes it to keep an engine down for an
   * outage window, in this supervisor or in the one of another `npm start`.
   */
  holdFile(name: string): string {
    return path.join(this.pidDir, `${name}.hold`);
  }

  logFile(name: string): string {
    return path.join(this.logDir, `${name}.log`);
  }

  start(spec: ProcessSpec): void {
    if (this.processes.has(spec.name)) throw new Error(`process ${spec.name} is already supervised`);
    const log = createWriteStream(this.logFile(spec.name), { flags: 'a' });
    const entry: Supervised = { spec, log, failures: 0, restarts: 0, startedAt: Date.now() };
    this.processes.set(spec.name, entry);
    this.launch(entry);
  }

  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.processes].map(([name, p]) => [name, p.child?.pid]));
  }

  private launch(entry: Supervised): void {
    const { spec } = entry;
    entry.startedAt = Date.now();
    entry.log.write(`\n--- ${new Date().toISOString()} starting ${spec.command} ${spec.args.join(' ')}\n`);
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env, PROCESS_NAME: spec.name },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so stopping it also stops whatever it spawned
      uid: spec.uid,
      gid: spec.gid,
    });
    entry.child = child;
    if (child.pid) writeFileSync(this.pidFile(spec.name), `${child.pid}\n`);
    this.record(entry, 'up');
    child.stdout?.pipe(entry.log, { end: false });
    child.stderr?.pipe(entry.log, { end: false });
    child.on('error', (err) => entry.log.write(`--- spawn error: ${err.message}\n`));
    child.on('exit', (code, signal) => {
      entry.child = undefined;
      const how = signal ?? `code ${code}`;
      const afterMs = Date.now() - entry.startedAt;
      entry.lastExit = { at: new Date().toISOString(), how, afterMs };
      entry.log.write(`--- ${entry.lastExit.at} exited (${how}) after ${afterMs} ms\n`);
      try {
        const cleanedUp = spec.afterExit?.();
        if (cleanedUp) entry.log.write(`--- ${cleanedUp}\n`);
      } catch (err) {
        entry.log.write(`--- cleaning up after it failed: ${(err as Error).message}\n`);
      }
      if (this.stopping) return;
      if (!spec.restart) return this.record(entry, 'exited');
      if (existsSync(this.holdFile(spec.name))) {
        this.onEvent(`${spec.name} exited (${how}); held down until ${this.holdFile(spec.name)} is removed`);
        entry.log.write(`--- held down by ${this.holdFile(spec.name)}\n`);
        entry.failures = 0;
        this.record(entry, 'held');
        this.restartWhenReleased(entry);
        return;
      }
      if (afterMs > HEALTHY_AFTER_MS) entry.failures = 0;
      const delay = Math.min(500 * 2 ** entry.failures, MAX_BACKOFF_MS);
      entry.failures += 1;
      entry.restarts += 1;
      this.onEvent(
        `${spec.name} exited (${how}) after ${(afterMs / 1000).toFixed(1)} s; restart #${entry.restarts} in ${delay} ms`,
      );
      this.record(entry, 'restarting', delay);
      entry.restartTimer = setTimeout(() => this.launch(entry), delay);
    });
  }

  private restartWhenReleased(entry: Supervised): void {
    entry.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      if (existsSync(this.holdFile(entry.spec.name))) return this.restartWhenReleased(entry);
      entry.restarts += 1;
      this.onEvent(`${entry.spec.name}: hold lifted; restart #${entry.restarts}`);
      this.launch(entry);
    }, HOLD_POLL_MS);
  }

  private record(entry: Supervised, status: SupervisedStatus, restartInMs?: number): void {
    writeProcessState(this.pidDir, {
      name: entry.spec.name,
      status,
      pid: status === 'up' ? entry.child?.pid : undefined,
      startedAt: new Date(entry.startedAt).toISOString(),
      restarts: entry.restarts,
      lastExit: entry.lastExit,
      restartInMs,
      supervisorPid: process.pid,
    });
  }

  /**
   * Asks every group to stop (each with its stop signal), our processes first and the engines they use after them;
   * waits up to `graceMs` per wave, then SIGKILLs what is left.
   */
  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const running = [...this.processes.values()];
    running.forEach((p) => clearTimeout(p.restartTimer));
    await Promise.all(running.filter((p) => !p.spec.engine).map((p) => stopGroup(p, graceMs)));
    await Promise.all(running.filter((p) => p.spec.engine).map((p) => stopGroup(p, graceMs)));
    running.forEach((p) => {
      p.log.end();
      rmSync(this.pidFile(p.spec.name), { force: true });
      removeProcessState(this.pidDir, p.spec.name);
    });
    this.processes.clear();
  }
}

async function stopGroup(entry: Supervised, graceMs: number): Promise<void> {
  const child = entry.child;
  if (!child?.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, entry.spec.stopSignal ?? 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup(child.pid, 'SIGKILL'); // whatever the leader left behind in its group
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}
