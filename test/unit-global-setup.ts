import { loadConfig } from '../platform/config';
import { ensureTemporalTestServer } from '../stack/time-skipping-server';

/**
 * The unit project starts nothing: it only installs Temporal's time-skipping test server into the user cache the
 * first time, so the workflow test files do not each try to.
 */
export default async function unitGlobalSetup(): Promise<void> {
  process.stdout.write('\n');
  await ensureTemporalTestServer(loadConfig().STACK_CACHE_DIR);
}
