import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** CPU time in clock ticks, per process group and for the whole machine, at one instant. */
export interface CpuSnapshot {
  at: number;
  machineBusy: number;
  groups: Record<string, number>;
  /** The pid read from each pid file, to notice a process that restarted between two snapshots. */
  pids: Record<string, number | undefined>;
}

/** Where the machine's CPU went between two snapshots, in cores (1.0 is one core busy the whole time). */
export interface CpuShare {
  machineBusy: number;
  groups: Record<string, number>;
  other: number;
  /** Pid-file processes that restarted in between: their figures cover only part of the time. */
  restarted: string[];
}

// USER_HZ: Linux reports process and machine CPU times in 1/100 s.
const TICKS_PER_SECOND = 100;

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

interface ProcessStat {
  comm: string;
  ppid: number;
  /** utime + stime: the process's own CPU. */
  own: number;
  /** cutime + cstime: CPU of its children that have exited and been waited for. */
  reapedChildren: number;
}

function processStat(pid: number): ProcessStat | undefined {
  const stat = readOrEmpty(`/proc/${pid}/stat`);
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // After "pid (comm) " come state, ppid, ...; utime, stime, cutime, cstime are fields 14 to 17 of the line.
  const fields = stat
    .slice(close + 2)
    .split(' ')
    .map(Number);
  const at = (field: number) => fields[field - 3] ?? 0;
  return {
    comm: stat.slice(stat.indexOf('(') + 1, close),
    ppid: at(4),
    own: at(14) + at(15),
    reapedChildren: at(16) + at(17),
  };
}

function machineBusyTicks(): number {
  const [, ...values] = (readOrEmpty('/proc/stat').split('\n')[0] ?? '').trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
  return values.slice(0, 8).reduce((sum, value, i) => (i === 3 || i === 4 ? sum : sum + Number(value)), 0);
}

/**
 * Every Postgres process's CPU, including backends that exited (pgbench's connections come and go): the
 * postmaster reaps its children, so their time moves into its cutime/cstime rather than disappearing.
 */
function postgresTicks(): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  const stats = new Map<number, ProcessStat>();
  for (const entry of entries) {
    const stat = processStat(Number(entry));
    if (stat?.comm === 'postgres') stats.set(Number(entry), stat);
  }
  let ticks = 0;
  for (const stat of stats.values()) {
    ticks += stat.own;
    if (!stats.has(stat.ppid)) ticks += stat.reapedChildren; // the postmaster
  }
  return ticks;
}

/**
 * Samples CPU time on Linux: the processes named in the stack's pid files (the API, the outbox relay, ...), all
 * of Postgres, and this process; elsewhere every figure is 0.
 */
export function createCpuSampler(options: { pidDir: string; pidFiles: readonly string[] }) {
  const ownTicks = (pid: number | undefined) => (pid === undefined ? 0 : (processStat(pid)?.own ?? 0));
  const pidOf = (name: string): number | undefined => {
    const pid = Number.parseInt(readOrEmpty(path.join(options.pidDir, `${name}.pid`)), 10);
    return Number.isInteger(pid) ? pid : undefined;
  };

  return {
    snapshot(): CpuSnapshot {
      const groups: Record<string, number> = {};
      const pids: Record<string, number | undefined> = {};
      for (const name of options.pidFiles) {
        pids[name] = pidOf(name);
        groups[name] = ownTicks(pids[name]);
      }
      groups.postgres = postgresTicks();
      groups.bench = ownTicks(process.pid);
      return { at: Date.now(), machineBusy: machineBusyTicks(), groups, pids };
    },

    share(from: CpuSnapshot, to: CpuSnapshot): CpuShare {
      const seconds = Math.max((to.at - from.at) / 1000, 0.001);
      const cores = (ticks: number) => Math.max(ticks, 0) / TICKS_PER_SECOND / seconds;
      const groups: Record<string, number> = {};
      for (const name of Object.keys(to.groups)) {
        groups[name] = cores((to.groups[name] ?? 0) - (from.groups[name] ?? 0));
      }
      const machineBusy = cores(to.machineBusy - from.machineBusy);
      const known = Object.values(groups).reduce((sum, value) => sum + value, 0);
      const restarted = options.pidFiles.filter((name) => from.pids[name] !== to.pids[name]);
      return { machineBusy, groups, other: Math.max(machineBusy - known, 0), restarted };
    },
  };
}
