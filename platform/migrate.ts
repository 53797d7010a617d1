import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/**
 * Applies the SQL migrations in `migrations/` with node-pg-migrate (plain SQL files, a migrations table, a lock
 * against concurrent runs). Run as its CLI because the package is ESM-only and this codebase is CommonJS.
 */
export function runMigrations(databaseUrl: string, onLine: (line: string) => void = () => undefined): Promise<void> {
  const cli = path.join(ROOT, 'node_modules', 'node-pg-migrate', 'bin', 'node-pg-migrate.js');
  const args = [cli, 'up', '--migrations-dir', path.join(ROOT, 'migrations'), '--migration-file-language', 'sql'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      chunk.toString().split('\n').filter(Boolean).forEach(onLine);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrations failed:\n${output}`))));
  });
}
