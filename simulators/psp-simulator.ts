import { createPool, ensureDatabase } from '../platform/db';
import { runProcess, untilAborted } from '../platform/process';
import { devIssuerSettings } from '../platform/config';
import { createDevIdentityProvider } from './identity-provider';
import { createCreditReferenceRouter } from './credit-reference';
import { createKycSimulator } from './kyc';
import { createNationalSchemesRouter } from './national-schemes';
import { createPspSimulator } from './psp';

const SIMULATOR_DATABASE = 'psp_simulator';
const KYC_SIMULATOR_DATABASE = 'kyc_simulator';

/** A pool on `database` of the back office's Postgres server, created unless it exists. */
async function simulatorPool(databaseUrl: string, database: string) {
  await ensureDatabase(databaseUrl, database);
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return createPool(url.toString(), 5);
}

// The simulators' process: the PSP simulator (cardpay, instantbank and paywallet on one port, with the national
// self-exclusion schemes under /national-schemes and the credit reference agency under /credit-reference) and the
// KYC provider
// simulator (on its own port), each with state in its own database on the back office's Postgres server (the outside
// world does not share our schema), and, on a local start only, the development identity provider that signs player
// tokens (on its own port).
runProcess('psp-simulator', async ({ config, logger, shutdown, ready }) => {
  const db = await simulatorPool(config.databaseUrl, SIMULATOR_DATABASE);
  const simulator = createPspSimulator({
    db,
    webhookUrl: config.pspWebhookUrl,
    webhookSecrets: config.PSP_WEBHOOK_SECRETS,
    logger,
    // GAMSTOP, Spelpaus and OASIS under /national-schemes (NATIONAL_SCHEMES_URL); the credit reference agency
    // under /credit-reference (CREDIT_REFERENCE_URL); both on the PSP simulator's port.
    mounted: [createNationalSchemesRouter(), createCreditReferenceRouter()],
  });
  const { url: listening } = await simulator.listen(config.PSP_SIMULATOR_PORT, config.PSP_SIMULATOR_HOST);
  logger.info({ url: listening, webhookUrl: config.pspWebhookUrl }, 'listening');
  const kycDb = await simulatorPool(config.databaseUrl, KYC_SIMULATOR_DATABASE);
  const kycSimulator = createKycSimulator({
    db: kycDb,
    webhookUrl: config.kycWebhookUrl,
    webhookSecret: config.KYC_WEBHOOK_SECRET,
    logger: logger.child({ simulator: 'kyc' }),
  });
  const { url: kycUrl } = await kycSimulator.listen(config.KYC_SIMULATOR_PORT, config.PSP_SIMULATOR_HOST);
  logger.info({ url: kycUrl, webhookUrl: config.kycWebhookUrl }, 'KYC provider simulator listening');
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
  await kycSimulator.close();
  await simulator.close();
  await Promise.all([db.end(), kycDb.end()]);
});
