import { createPool, ensureDatabase } from '../platform/db';
import { runProcess, untilAborted } from '../platform/process';
import { devIssuerSettings } from '../platform/config';
import { createDevIdentityProvider } from './identity-provider';
import { createPspSimulator } from './psp';

const SIMULATOR_DATABASE = 'psp_simulator';

// The simulators' process: the PSP simulator (cardpay, instantbank and paywallet on one port, with state in its own
// database on the back office's Postgres server: the outside world does not share our schema) and, on a local
// start only, the development identity provider that signs player tokens (on its own port).
runProcess('psp-simulator', async ({ config, logger, shutdown, ready }) => {
  await ensureDatabase(config.databaseUrl, SIMULATOR_DATABASE);
  const url = new URL(config.databaseUrl);
  url.pathname = `/${SIMULATOR_DATABASE}`;
  const db = createPool(url.toString(), 5);
  const simulator = createPspSimulator({
    db,
    webhookUrl: config.pspWebhookUrl,
    webhookSecrets: config.PSP_WEBHOOK_SECRETS,
    logger,
  });
  const { url: listening } = await simulator.listen(config.PSP_SIMULATOR_PORT, config.PSP_SIMULATOR_HOST);
  logger.info({ url: listening, webhookUrl: config.pspWebhookUrl }, 'listening');
  const identityProvider = config.devIssuer
    ? createDevIdentityProvider({ dataDir: config.STACK_DATA_DIR, settings: devIssuerSettings(config) })
    : undefined;
  if (identityProvider) {
    const { url: issuer } = await identityProvider.listen(config.PLAYER_DEV_ISSUER_PORT, config.PSP_SIMULATOR_HOST);
    logger.info({ url: issuer }, 'development identity provider listening');
  }
  ready();
  await untilAborted(shutdown);
  await identityProvider?.close();
  await simulator.close();
  await db.end();
});
