import { loadConfig, type Config } from '../../platform/config';
import { ensureDatabase } from '../../platform/db';
import { runMigrations } from '../../stack/migrate';

/**
 * A database of a test's own on the stack's Postgres server, created and migrated when missing: for tests that
 * change what every other test sees (the current sanctions lists), which must not happen in the shared one.
 */
export async function ownDatabase(name: string, config: Config = loadConfig()): Promise<Config> {
  const url = new URL(config.databaseUrl);
  url.pathname = `/${name}`;
  await ensureDatabase(config.databaseUrl, name);
  await runMigrations(url.toString());
  return { ...config, databaseUrl: url.toString() };
}
