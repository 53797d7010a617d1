import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { syncKycJurisdictionGates } from '../domain/kyc/kyc-gates';
import { syncRgStakeCaps } from '../domain/rg/limits/stake-caps';
import { runWithProgress } from './progress';

const ROOT = path.resolve(__dirname, '..');

/** Where each SQL function has its one current file (`CREATE OR REPLACE`), re-applied by every migrate. */
export const SQL_FUNCTIONS_DIR = path.join(ROOT, 'sql', 'functions');

/**
 * Migrates the database: first the schema changes in `migrations/` with node-pg-migrate (plain SQL files, a
 * migrations table, a lock against concurrent runs), then every SQL function from `sql/functions/`, so that the
 * database always runs exactly the functions of this checkout, whatever older migrations once created. A
 * function whose signature or return type changes cannot be replaced: drop the old one in the migration that
 * goes with the change.
 */
export async function runMigrations(databaseUrl: string, onLine: (line: string) => void = () => undefined) {
  await runSchemaMigrations(databaseUrl, onLine);
  await applySqlFunctions(databaseUrl, onLine);
}

/** node-pg-migrate, run as its CLI because the package is ESM-only and this codebase is CommonJS. */
function runSchemaMigrations(databaseUrl: string, onLine: (line: string) => void): Promise<void> {
  const cli = path.join(ROOT, 'node_modules', 'node-pg-migrate', 'bin', 'node-pg-migrate.js');
  const args = [cli, 'up', '--migrations-dir', path.join(ROOT, 'migrations'), '--migration-file-language', 'sql'];
  return runWithProgress(process.execPath, args, onLine, { DATABASE_URL: databaseUrl });
}

/** The function files, in name order (a file may only call functions by name, so the order does not matter). */
export function sqlFunctionFiles(): { name: string; sql: string }[] {
  return readdirSync(SQL_FUNCTIONS_DIR)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => ({
      name: path.basename(file, '.sql'),
      sql: readFileSync(path.join(SQL_FUNCTIONS_DIR, file), 'utf8'),
    }));
}

/**
 * Applies every function file in one transaction, under the advisory lock of this step, so that concurrent
 * migrates (two stacks starting on one database) queue instead of interleaving and a failure changes nothing.
 */
export async function applySqlFunctions(databaseUrl: string, onLine: (line: string) => void = () => undefined) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('backoffice:sql-functions'))`);
    for (const { name, sql } of sqlFunctionFiles()) {
      await client.query(sql);
      onLine(`applied sql/functions/${name}.sql`);
    }
    // Data the SQL functions read, kept from the code like the functions themselves.
    await syncKycJurisdictionGates(client);
    onLine('synced kyc_jurisdiction_gates from the jurisdiction registry');
    await syncRgStakeCaps(client);
    onLine('synced rg_stake_caps from the jurisdiction registry');
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
