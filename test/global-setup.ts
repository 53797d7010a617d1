import { loadConfig, requirePlayerTokenSettings } from '../platform/config';
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
  // As the stack gives its processes (stack/stack.ts): with DATABASE_URL explicit, a process the tests spawn (an API
  // copy) must be told the player token issuer too, or it refuses to start as a production start would.
  const playerTokens = requirePlayerTokenSettings(config);
  Object.assign(process.env, {
    PLAYER_TOKEN_ISSUER: playerTokens.issuer,
    PLAYER_TOKEN_AUDIENCE: playerTokens.audience,
    PLAYER_JWKS_URL: playerTokens.jwksUrl,
    API_URL: stack.apiUrl,
    DATABASE_URL: config.databaseUrl,
    TEMPORAL_ADDRESS: config.temporalAddress,
    KAFKA_BROKERS: config.kafkaBrokers.join(','),
    ...payloadKeysOf(config), // DATABASE_URL above makes a test a production start, which needs its keys given
    STACK_LOG_DIR: stack.logDir, // one log file per process
  });
}
