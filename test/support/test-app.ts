import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { createApiServer, createApp } from '../../api/app';
import type { AppDeps } from '../../api/app-deps';
import { paymentSettingsOf } from '../../api/payments/payment-settings';
import { openApiEngines } from '../../api/engine-clients';
import { syncGameProviderCatalog } from '../../domain/wallet/game-provider-catalog';
import { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { devIssuerSettings, loadConfig, type Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { unavailableEngineOf } from '../../platform/engine-errors';
import { createLogger } from '../../platform/logger';
import { loadPersonalDataKeys } from '../../platform/personal-data-keys';
import { createPlayerTokenVerifier } from '../../platform/player-tokens';
import { payloadCodecOf, temporalWebLink } from '../../platform/temporal';
import { createDevIdentityProvider } from '../../simulators/identity-provider';
import { TEST_NARROW_PROVIDER, TEST_PROVIDER, TEST_PROVIDER_CATALOG, TEST_SESSION_SETTINGS } from './game-sessions';

/** The game providers and secrets the test apps accept; the catalog of what they serve is in game-sessions.ts. */
export { TEST_PROVIDER, TEST_NARROW_PROVIDER } from './game-sessions';
export const TEST_PROVIDER_SECRET = 'test-secret-0123456789abcdef';
export const TEST_NARROW_PROVIDER_SECRET = 'test-narrow-secret-0123456789';

/**
 * The development identity provider on an ephemeral port, serving the keys of STACK_DATA_DIR (the ones
 * player-tokens.ts signs with), and a verifier of its tokens as the API process builds one. `jwksCooldownMs` is
 * how soon a token with an unknown key id may make it fetch the JWKS again (tests of key rotation set 0).
 */
export async function startDevIdentityProvider(
  config: Config = loadConfig(),
  options: { jwksCooldownMs?: number } = {},
) {
  const settings = devIssuerSettings(config);
  const provider = createDevIdentityProvider({ dataDir: config.STACK_DATA_DIR, settings });
  const { url } = await provider.listen(0, '127.0.0.1');
  const jwksUrl = `${url}/.well-known/jwks.json`;
  return {
    jwksUrl,
    verifyPlayerToken: createPlayerTokenVerifier({ ...settings, jwksUrl }, options),
    close: () => provider.close(),
  };
}

/**
 * The real API on an ephemeral port, wired to the real engines of the running stack as the API process wires them
 * (api/engine-clients.ts); `config` may point an engine elsewhere (a closed port: an engine that is down). Player
 * tokens are verified against an in-process development identity provider (startDevIdentityProvider).
 */
export async function startTestApp(
  overrides: Partial<AppDeps> = {},
  config: Config = loadConfig(),
): Promise<{
  url: string;
  db: Db;
  /** The Express app itself, for tests that walk its routes. */
  app: Express;
  close: () => Promise<void>;
}> {
  const logger = createLogger('test-api', 'warn');
  const engines = openApiEngines(config, logger, 30);
  const { db, temporal, kafkaAdmin } = engines;
  const identityProvider = await startDevIdentityProvider(config);
  const deps: AppDeps = {
    db,
    temporal,
    kafkaAdmin,
    logger,
    temporalWebLink: (id) => temporalWebLink(config, id),
    verifyPlayerToken: identityProvider.verifyPlayerToken,
    gameProviderSecrets: new Map([
      [TEST_PROVIDER, TEST_PROVIDER_SECRET],
      [TEST_NARROW_PROVIDER, TEST_NARROW_PROVIDER_SECRET],
    ]),
    walletSignatureToleranceSeconds: 60,
    gameSessionSettings: TEST_SESSION_SETTINGS,
    pspWebhookSecrets: config.PSP_WEBHOOK_SECRETS,
    pspWebhookToleranceSeconds: config.PSP_WEBHOOK_TOLERANCE_SECONDS,
    kycWebhookSecret: config.KYC_WEBHOOK_SECRET,
    kycWebhookToleranceSeconds: config.KYC_WEBHOOK_TOLERANCE_SECONDS,
    paymentSettings: paymentSettingsOf(config),
    kycChecksTimeoutMs: config.KYC_CHECKS_TIMEOUT_SECONDS * 1000,
    amlReportingEntity: { id: config.AML_REPORTING_ENTITY_ID, name: config.AML_REPORTING_ENTITY_NAME },
    personalDataVault: new PersonalDataVault(loadPersonalDataKeys(config)),
    payloadCodec: payloadCodecOf(config),
    codecAllowedOrigins: config.codecCorsOrigins,
    ...overrides,
  };
  // As the API process does, but at once: a test app whose Postgres is down (an outage test) starts without it.
  await syncGameProviderCatalog(db, TEST_PROVIDER_CATALOG).catch((err: unknown) => {
    if (unavailableEngineOf(err) !== 'postgres') throw err;
  });
  const app = createApp(deps);
  const server = createApiServer(deps, app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    app,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await identityProvider.close();
      await engines.close();
    },
  };
}
