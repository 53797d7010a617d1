import path from 'node:path';
import { createServiceLevelSamplers } from '../domain/ops/service-level-samplers';
import { loadGameProviderCatalog, syncGameProviderCatalog } from '../domain/wallet/game-provider-catalog';
import { PersonalDataVault } from '../domain/wallet/player-personal-data';
import { rateLimitSettingsOf, requirePlayerTokenSettings } from '../platform/config';
import { checkHealth } from '../platform/health';
import { setReadiness } from '../platform/metrics';
import { loadPersonalDataKeys } from '../platform/personal-data-keys';
import { createPlayerTokenVerifier } from '../platform/player-tokens';
import { runProcess, untilAborted } from '../platform/process';
import { retryUntilUp } from '../platform/reconnect';
import { payloadCodecOf, temporalWebLink } from '../platform/temporal';
import { createApiServer } from './app';
import { openApiEngines } from './engine-clients';
import { paymentSettingsOf } from './payments/payment-settings';

/** How often the API's /ready refreshes which engines it reaches. */
const ENGINE_REPORT_INTERVAL_MS = 5_000;

// The API process: player, game-provider and back-office APIs, health, and the admin UI's static files. It listens
// without waiting for any engine: what needs one that is down answers 503, and /health says which.
runProcess('api', async ({ config, logger, shutdown, ready }) => {
  // First, so that a production start without the master key for personal data stops here with its message.
  const personalDataVault = new PersonalDataVault(loadPersonalDataKeys(config));
  // A production start names the operator's identity provider; without one the API does not start.
  const verifyPlayerToken = createPlayerTokenVerifier(requirePlayerTokenSettings(config));
  // The Operations page's SLO reads get two connections of their own (sloDb): however many pages are open, they
  // queue there rather than take the seamless wallet's.
  const engines = openApiEngines(config, logger);
  const { db, sloDb, temporal, kafkaAdmin } = engines;
  // Read before listening, so a broken catalog file stops the start with its reason; loaded into Postgres (where the
  // bet gate reads it) once Postgres answers, without holding up the start while it does not.
  const catalog = loadGameProviderCatalog(config.GAME_PROVIDER_CATALOG_FILE);
  void retryUntilUp('loading the game provider catalog', () => syncGameProviderCatalog(db, catalog), {
    logger,
    signal: shutdown,
  });
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
    gameSessionSettings: {
      idleTimeoutSeconds: config.GAME_SESSION_IDLE_TIMEOUT_SECONDS,
      maxDurationSeconds: config.GAME_SESSION_MAX_SECONDS,
    },
    pspWebhookSecrets: config.PSP_WEBHOOK_SECRETS,
    pspWebhookToleranceSeconds: config.PSP_WEBHOOK_TOLERANCE_SECONDS,
    kycWebhookSecret: config.KYC_WEBHOOK_SECRET,
    kycWebhookToleranceSeconds: config.KYC_WEBHOOK_TOLERANCE_SECONDS,
    paymentSettings: paymentSettingsOf(config),
    kycChecksTimeoutMs: config.KYC_CHECKS_TIMEOUT_SECONDS * 1000,
    amlReportingEntity: { id: config.AML_REPORTING_ENTITY_ID, name: config.AML_REPORTING_ENTITY_NAME },
    personalDataVault,
    trustProxy: config.TRUST_PROXY,
    rateLimits: rateLimitSettingsOf(config),
    payloadCodec: payloadCodecOf(config),
    codecAllowedOrigins: config.codecCorsOrigins,
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
