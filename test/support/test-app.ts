import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { createApiServer, createApp } from '../../api/app';
import type { AppDeps } from '../../api/app-deps';
import { paymentSettingsOf } from '../../api/payments/payment-settings';
import { loadConfig } from '../../platform/config';
import { createPool, type Db } from '../../platform/db';
import { createKafka } from '../../platform/kafka';
import { createLogger } from '../../platform/logger';
import { connectTemporalClient, temporalWebLink } from '../../platform/temporal';

/** The game provider and secret the test apps accept. */
export const TEST_PROVIDER = 'test-games';
export const TEST_PROVIDER_SECRET = 'test-secret-0123456789abcdef';

/** The real API on an ephemeral port, wired to the real engines of the running stack. */
export async function startTestApp(overrides: Partial<AppDeps> = {}): Promise<{
  url: string;
  db: Db;
  /** The Express app itself, for tests that walk its routes. */
  app: Express;
  close: () => Promise<void>;
}> {
  const config = loadConfig();
  const db = createPool(config.databaseUrl, 30);
  const temporal = await connectTemporalClient(config);
  const kafkaAdmin = createKafka(config).admin();
  await kafkaAdmin.connect();
  const deps: AppDeps = {
    db,
    temporal,
    kafkaAdmin,
    logger: createLogger('test-api', 'warn'),
    temporalWebLink: (id) => temporalWebLink(config, id),
    gameProviderSecrets: new Map([[TEST_PROVIDER, TEST_PROVIDER_SECRET]]),
    walletSignatureToleranceSeconds: 60,
    pspWebhookSecrets: config.PSP_WEBHOOK_SECRETS,
    pspWebhookToleranceSeconds: config.PSP_WEBHOOK_TOLERANCE_SECONDS,
    paymentSettings: paymentSettingsOf(config),
    ...overrides,
  };
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
      await kafkaAdmin.disconnect();
      await temporal.connection.close();
      await db.end();
    },
  };
}
