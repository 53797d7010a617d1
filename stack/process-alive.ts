import { readFileSync } from 'node:fs';
import path from 'node:path';

/** True when `pid` runs; a zombie (exited, waiting to be reaped by its parent or init) counts as gone. */
export function isProcessAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The pid the supervisor last wrote for `name` (`<pidDir>/<name>.pid`), if that process is alive. */
export function supervisedPid(pidDir: string, name: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(pidDir, `${name}.pid`), 'utf8'));
    return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}
