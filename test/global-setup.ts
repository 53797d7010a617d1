import { loadConfig } from '../platform/config';
import { bringUpStack, payloadKeysOf, type RunningStack } from '../stack/stack';

declare global {
  var runningStack: RunningStack | undefined;
}

/**
 * Brings up the same stack as `npm start` (reusing whatever already runs) and hands its addresses to the tests
 * through the environment, which Jest's test workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  process.stdout.write('\n');
  const stack = await bringUpStack(config, { ourProcesses: true });
  globalThis.runningStack = stack;
  Object.assign(process.env, {
    API_URL: stack.apiUrl,
    DATABASE_URL: config.databaseUrl,
    TEMPORAL_ADDRESS: config.temporalAddress,
    KAFKA_BROKERS: config.kafkaBrokers.join(','),
    ...payloadKeysOf(config), // DATABASE_URL above makes a test a production start, which needs its keys given
    STACK_LOG_DIR: stack.logDir, // one log file per process
  });
}
