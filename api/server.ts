import path from 'node:path';
import { createServiceLevelSamplers } from '../domain/ops/service-level-samplers';
import { createPool } from '../platform/db';
import { createKafka } from '../platform/kafka';
import { runProcess, untilAborted } from '../platform/process';
import { connectTemporalClient, temporalWebLink } from '../platform/temporal';
import { createApiServer } from './app';
import { paymentSettingsOf } from './payments/payment-settings';

// The API process: player, game-provider and back-office APIs, health, and the admin UI's static files.
runProcess('api', async ({ config, logger, shutdown, ready }) => {
  const db = createPool(config.databaseUrl, config.DATABASE_POOL_SIZE);
  // The Operations page's SLO reads get two connections of their own: however many pages are open, they queue
  // there rather than take the seamless wallet's.
  const sloDb = createPool(config.databaseUrl, 2);
  const temporal = await connectTemporalClient(config);
  const kafkaAdmin = createKafka(config, logger).admin();
  await kafkaAdmin.connect();
  // Bet acceptance and consumer lag history for the Operations page's SLO charts (this replica's, in memory).
  const serviceLevelSamplers = createServiceLevelSamplers({ kafkaAdmin, logger });
  serviceLevelSamplers.start();
  const server = createApiServer({
    db,
    sloDb,
    temporal,
    kafkaAdmin,
    logger,
    temporalWebLink: (workflowId) => temporalWebLink(config, workflowId),
    gameProviderSecrets: config.GAME_PROVIDER_SECRETS,
    walletSignatureToleranceSeconds: config.WALLET_SIGNATURE_TOLERANCE_SECONDS,
    pspWebhookSecrets: config.PSP_WEBHOOK_SECRETS,
    pspWebhookToleranceSeconds: config.PSP_WEBHOOK_TOLERANCE_SECONDS,
    paymentSettings: paymentSettingsOf(config),
    adminUiDir: path.resolve(__dirname, '..', 'admin-ui', 'dist'),
    serviceLevelSamplers,
  });
  // No /metrics here: the public port faces players and game providers. runProcess serves Prometheus metrics on
  // METRICS_PORT, an address only the monitoring network reaches.
  server.listen(config.API_PORT, config.API_HOST, () => {
    logger.info({ url: `http://${config.API_HOST}:${config.API_PORT}` }, 'listening');
    ready();
  });
  await untilAborted(shutdown);
  await new Promise((resolve) => server.close(resolve));
  await serviceLevelSamplers.stop();
  await kafkaAdmin.disconnect();
  await temporal.connection.close();
  await sloDb.end();
  await db.end();
});
