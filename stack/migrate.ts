import path from 'node:path';
import { runWithProgress } from './progress';

const ROOT = path.resolve(__dirname, '..');

/**
 * Applies the SQL migrations in `migrations/` with node-pg-migrate (plain SQL files, a migrations table, a lock
 * against concurrent runs). Run as its CLI because the package is ESM-only and this codebase is CommonJS.
 */
export function runMigrations(databaseUrl: string, onLine: (line: string) => void = () => undefined): Promise<void> {
  const cli = path.join(ROOT, 'node_modules', 'node-pg-migrate', 'bin', 'node-pg-migrate.js');
  const args = [cli, 'up', '--migrations-dir', path.join(ROOT, 'migrations'), '--migration-file-language', 'sql'];
  return runWithProgress(process.execPath, args, onLine, { DATABASE_URL: databaseUrl });
}
