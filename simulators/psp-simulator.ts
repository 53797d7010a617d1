import { createPool, ensureDatabase } from '../platform/db';
import { runProcess, untilAborted } from '../platform/process';
import { createPspSimulator } from './psp';

const SIMULATOR_DATABASE = 'psp_simulator';

// The PSP simulator process: cardpay, instantbank and paywallet on one port, with state in its own database on
// the back office's Postgres server (the outside world does not share our schema).
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
  ready();
  await untilAborted(shutdown);
  await simulator.close();
  await db.end();
});
