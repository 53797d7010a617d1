import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { commandFor, ourProcesses } from '../../../stack/processes';
import { isProcessAlive, supervisedPid } from '../../../stack/process-alive';
import type { KillableProcess } from './drill-options';

/** One SIGKILL the drill sent, and when the process was back. */
export interface Kill {
  atSec: number;
  target: KillableProcess;
  pid: number;
  /** Why this moment: a payout was at a PSP when the payments worker died. */
  aimedAt?: string;
  backAfterSec?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The environment a running process was started with (the supervisor's configuration, bundle path included). */
function environmentOf(pid: number): NodeJS.ProcessEnv {
  const raw = readFileSync(`/proc/${pid}/environ`, 'utf8');
  return Object.fromEntries(
    raw
      .split('\0')
      .filter(Boolean)
      .map((entry) => {
        const at = entry.indexOf('=');
        return [entry.slice(0, at), entry.slice(at + 1)];
      }),
  );
}

/**
 * Runs the drill's own copy of one supervised process, with extra environment (a fault injection), in place of
 * the supervisor's copy. The supervisor restarts the process it supervises whenever it dies, so the drill kills
 * each restarted copy on sight (within 250 ms, before it polls) for as long as it holds the takeover; when the
 * drill lets go (or dies: its copy then exits by itself), the supervisor's next restart takes over again.
 */
export class ProcessTakeover {
  private child?: ChildProcess;
  private watching?: NodeJS.Timeout;
  private stopping = false;
  private baseEnv?: NodeJS.ProcessEnv;
  /** Restarts of the supervisor's copy killed while the drill held the takeover. */
  suppressed = 0;
  /** How many times the drill's copy started polling its task queue. */
  polls = 0;

  constructor(
    readonly name: string,
    private readonly pidDir: string,
    private readonly logDir: string,
    private readonly extraEnv: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    // Every process of ours gets the same environment from the supervisor; take it from this one when it runs
    // (it may be in its restart back-off after earlier kills), from any other otherwise.
    const backOff = Date.now() + 15_000;
    while (!supervisedPid(this.pidDir, this.name) && Date.now() < backOff) await sleep(250);
    const source = [this.name, ...ourProcesses.map((p) => p.name)]
      .map((name) => supervisedPid(this.pidDir, name))
      .find((pid) => pid !== undefined);
    if (!source) throw new Error(`no process of the stack runs under its supervisor (pid files in ${this.pidDir})`);
    this.baseEnv = environmentOf(source);
    this.watching = setInterval(() => this.suppressSupervisedCopy(), 250);
    this.suppressSupervisedCopy();
    this.launch();
    const deadline = Date.now() + 120_000;
    while (this.polls === 0) {
      if (Date.now() > deadline) throw new Error(`the drill's own ${this.name} did not start polling within 120 s`);
      await sleep(250);
    }
  }

  private suppressSupervisedCopy(): void {
    const pid = supervisedPid(this.pidDir, this.name);
    if (pid && pid !== this.child?.pid) {
      try {
        process.kill(pid, 'SIGKILL');
        this.suppressed += 1;
      } catch {
        // already gone
      }
    }
  }

  private launch(): void {
    const spec = ourProcesses.find((p) => p.name === this.name);
    if (!spec) throw new Error(`no process named ${this.name}`);
    const { command, args } = commandFor(spec);
    const preload = ['--import', path.join(__dirname, 'exit-with-parent.mjs')];
    const log = createWriteStream(path.join(this.logDir, `chaos-${this.name}.log`), { flags: 'a' });
    log.write(
      `\n--- ${new Date().toISOString()} chaos drill starts its own ${this.name} with ${JSON.stringify(this.extraEnv)}\n`,
    );
    const child = spawn(command, [args[0]!, args[1]!, ...preload, ...args.slice(2)], {
      env: { ...this.baseEnv, ...this.extraEnv, PROCESS_NAME: `${this.name}-chaos` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('"msg":"polling"')) this.polls += 1;
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    child.on('exit', (code, signal) => {
      log.write(`--- ${new Date().toISOString()} exited (${signal ?? `code ${code}`})\n`);
      log.end();
      if (this.child === child) this.child = undefined;
      // The drill is this copy's supervisor: a killed copy comes back after a second, like the stack's would.
      if (!this.stopping) setTimeout(() => !this.stopping && !this.child && this.launch(), 1000);
    });
    this.child = child;
  }

  /** Ends the drill's copy and lets the supervisor's copy come back; waits (up to a minute) until it has. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.watching);
    const child = this.child;
    if (child?.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    const deadline = Date.now() + 60_000;
    while (!supervisedPid(this.pidDir, this.name) && Date.now() < deadline) await sleep(250);
  }
}

/**
 * SIGKILLs processes as the drill's schedule says: a supervised one by its pid file, or the drill's own copy when
 * it holds a takeover. Each kill is recorded with the time its process was back.
 */
export function createProcessKiller(deps: { pidDir: string; startedAt: number; takeovers: ProcessTakeover[] }) {
  const kills: Kill[] = [];
  const pending: Promise<void>[] = [];
  const now = () => (Date.now() - deps.startedAt) / 1000;

  async function watchComeback(kill: Kill, takeover: ProcessTakeover | undefined): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      await sleep(200);
      const pid = takeover ? takeover.pid : supervisedPid(deps.pidDir, kill.target);
      if (pid && pid !== kill.pid && isProcessAlive(pid)) {
        kill.backAfterSec = Math.round((now() - kill.atSec) * 10) / 10;
        return;
      }
    }
  }

  return {
    kills,
    /** Kills `target` now; returns the kill, or undefined when no such process runs at this moment. */
    kill(target: KillableProcess, aimedAt?: string): Kill | undefined {
      const takeover = deps.takeovers.find((t) => t.name === target);
      const pid = takeover ? takeover.pid : supervisedPid(deps.pidDir, target);
      if (!pid) return undefined;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        return undefined;
      }
      const kill: Kill = { atSec: Math.round(now() * 10) / 10, target, pid, aimedAt };
      kills.push(kill);
      pending.push(watchComeback(kill, takeover));
      return kill;
    },
    /** Waits until every killed process is back (or was given up on). */
    settled: () => Promise.all(pending),
  };
}

export type ProcessKiller = ReturnType<typeof createProcessKiller>;
