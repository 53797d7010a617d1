import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive, supervisedPid } from './process-alive';

/** The engines the local stack supervises, as a game-day drill takes them down. */
export const engines = ['temporal', 'kafka', 'postgres'] as const;
export type Engine = (typeof engines)[number];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes a supervised process down and keeps it down: writes its hold file (the supervisor then does not restart it,
 * stack/supervisor.ts), SIGKILLs its process group and waits until the leader is gone. Postgres backends run in
 * sessions of their own, out of that group: the supervisor's `afterExit` for Postgres ends them (stack/postgres-server.ts).
 * Returns the pid it killed, or undefined when it was not running.
 */
export async function takeDown(pidDir: string, name: string, timeoutMs = 15_000): Promise<number | undefined> {
  writeFileSync(path.join(pidDir, `${name}.hold`), `held since ${new Date().toISOString()}\n`);
  const pid = supervisedPid(pidDir, name);
  if (!pid) return undefined;
  try {
    process.kill(-pid, 'SIGKILL'); // the supervisor starts each process as the leader of its own group
  } catch {
    process.kill(pid, 'SIGKILL');
  }
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`${name} (pid ${pid}) still runs ${timeoutMs} ms after SIGKILL`);
    await sleep(50);
  }
  return pid;
}

/** Lifts the hold: the supervisor restarts the process within a moment. Whether it answers is the caller's wait. */
export function bringBack(pidDir: string, name: string): void {
  rmSync(path.join(pidDir, `${name}.hold`), { force: true });
}

/** The pid the supervisor started `name` under, once that process runs again under a pid other than `previous`. */
export async function restartedPid(
  pidDir: string,
  name: string,
  previous: number | undefined,
  timeoutMs = 60_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pid = supervisedPid(pidDir, name);
    if (pid && pid !== previous) return pid;
    if (Date.now() > deadline) throw new Error(`${name} was not restarted within ${timeoutMs} ms`);
    await sleep(100);
  }
}
