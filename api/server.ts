import path from 'node:path';
import { createServiceLevelSamplers } from '../domain/ops/service-level-samplers';
import { requirePlayerTokenSettings } from '../platform/config';
import { checkHealth } from '../platform/health';
import { setReadiness } from '../platform/metrics';
import { createPlayerTokenVerifier } from '../platform/player-tokens';
import { runProcess, untilAborted } from '../platform/process';
import { temporalWebLink } from '../platform/temporal';
import { createApiServer } from './app';
import { openApiEngines } from './engine-clients';
import { paymentSettingsOf } from './payments/payment-settings';

/** How often the API's /ready refreshes which engines it reaches. */
const ENGINE_REPORT_INTERVAL_MS = 5_000;

// The API process: player, game-provider and back-office APIs, health, and the admin UI's static files. It listens
// without waiting for any engine: what needs one that is down answers 503, and /health says which.
runProcess('api', async ({ config, logger, shutdown, ready }) => {
  // A production start names the operator's identity provider; without one the API does not start.
  const verifyPlayerToken = createPlayerTokenVerifier(requirePlayerTokenSettings(config));
  // The Operations page's SLO reads get two connections of their own (sloDb): however many pages are open, they
  // queue there rather than take the seamless wallet's.
  const engines = openApiEngines(config, logger);
  const { db, sloDb, temporal, kafkaAdmin } = engines;
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
    verifyPlayerToken,
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
  let reporting: NodeJS.Timeout | undefined;
  server.listen(config.API_PORT, config.API_HOST, () => {
    logger.info({ url: `http://${config.API_HOST}:${config.API_PORT}` }, 'listening');
    ready('listening');
    // Ready whatever the engines: the API degrades route by route (503 with Retry-After) instead of going away, and
    // its /ready says which engines it reaches, as /health does.
    reporting = setInterval(() => {
      void checkHealth({ db, temporal, kafkaAdmin }).then(({ checks }) => {
        if (shutdown.aborted) return;
        const engines = {
          postgres: checks.postgres.status,
          temporal: checks.temporal.status,
          kafka: checks.kafka.status,
        };
        setReadiness({ ready: true, state: 'listening', engines });
      });
    }, ENGINE_REPORT_INTERVAL_MS).unref();
  });
  await untilAborted(shutdown);
  clearInterval(reporting);
  await new Promise((resolve) => server.close(resolve));
  await serviceLevelSamplers.stop();
  await engines.close();
});
