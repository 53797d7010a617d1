import { readFileSync } from 'node:fs';

/** True when `pid` runs; a zombie (exited, waiting to be reaped by its parent or init) counts as gone. */
export function isProcessAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
