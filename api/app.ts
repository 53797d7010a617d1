import type { Client } from '@temporalio/client';
import express from 'express';
import http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SessionStore } from '../domain/admin/sessions';
import type { ServiceLevelSamplers } from '../domain/ops/service-level-samplers';
import { SeamlessWallet } from '../domain/wallet/seamless-wallet';
import type { Db } from '../platform/db';
import { checkHealth, type HealthDeps } from '../platform/health';
import { notFoundHandler, problemHandler, requestId } from '../platform/http-errors';
import type { Logger } from '../platform/logger';
import { requestLog } from '../platform/telemetry-http';
import { requireCsrf, requireSession } from './admin/access-control';
import { createAuditRouter } from './admin/audit-router';
import { createAuthRouter } from './admin/auth-router';
import { createStaffRouter } from './admin/staff-router';
import { createProbesRouter } from './ops/probes-router';
import { createSloRouter } from './ops/slo-router';
import { createBackOfficePaymentsRouter } from './payments/back-office-payments-router';
import { createPlayerPaymentsRouter, type PaymentSettings } from './payments/player-payments-router';
import { createPspWebhookRouter } from './payments/psp-webhook-router';
import { createBackOfficePlayersRouter } from './players/back-office-players-router';
import { createPlayerRouter } from './players/player-router';
import { createOpenApiRouter } from './openapi/openapi-router';
import { createSeamlessWalletHandler, SEAMLESS_WALLET_PATH } from './wallet/seamless-router';

/** Everything the API talks to; tests pass the real engines. */
export interface AppDeps extends HealthDeps {
  db: Db;
  /** A small pool for the Operations page's SLO reads, apart from `db` (which serves the seamless wallet). */
  sloDb?: Db;
  temporal: Client;
  logger: Logger;
  temporalWebLink: (workflowId: string) => string;
  /** HMAC secret per game provider for the seamless wallet. */
  gameProviderSecrets: ReadonlyMap<string, string>;
  walletSignatureToleranceSeconds: number;
  /** HMAC secret per PSP for its webhooks. */
  pspWebhookSecrets: ReadonlyMap<string, string>;
  pspWebhookToleranceSeconds: number;
  /** The rules and timeouts payment sagas are started with. */
  paymentSettings: PaymentSettings;
  /** Built admin UI to serve at `/`; skipped when it has not been built. */
  adminUiDir?: string;
  /** Staff sessions; tests pass one with a clock of their own. */
  sessions?: SessionStore;
  /** The API process's SLO samplers (started and stopped with it); without them the SLO report samples on demand. */
  serviceLevelSamplers?: ServiceLevelSamplers;
}

const walletHandlers = new WeakMap<AppDeps, ReturnType<typeof createSeamlessWalletHandler>>();

/** One seamless-wallet handler (and one call batcher) per set of dependencies. */
function seamlessWalletHandlerOf(deps: AppDeps) {
  let handler = walletHandlers.get(deps);
  if (!handler) {
    handler = createSeamlessWalletHandler({
      wallet: new SeamlessWallet(deps.db, deps.logger),
      secrets: deps.gameProviderSecrets,
      toleranceSeconds: deps.walletSignatureToleranceSeconds,
      logger: deps.logger,
    });
    walletHandlers.set(deps, handler);
  }
  return handler;
}

/**
 * The API's HTTP server: seamless-wallet calls (the per-bet hot path) go straight to their plain Node handler,
 * everything else through the Express app.
 */
export function createApiServer(deps: AppDeps, app: express.Express = createApp(deps)): http.Server {
  const wallet = seamlessWalletHandlerOf(deps);
  return http.createServer((req, res) => (SEAMLESS_WALLET_PATH.test(req.url ?? '') ? wallet(req, res) : app(req, res)));
}

/** Builds the API without listening, so tests drive the real app on an ephemeral port. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId, requestLog(deps.logger, SEAMLESS_WALLET_PATH));

  // Game providers: signed over the raw body, so handled before the JSON parser (createApiServer routes these
  // paths to the same handler without Express at all).
  app.use('/wallet/v1', seamlessWalletHandlerOf(deps));

  // PSPs: webhooks signed over the raw body too.
  app.use(
    '/psp/v1/webhooks',
    createPspWebhookRouter({
      db: deps.db,
      temporal: deps.temporal,
      logger: deps.logger,
      secrets: deps.pspWebhookSecrets,
      toleranceSeconds: deps.pspWebhookToleranceSeconds,
    }),
  );

  app.use(express.json({ limit: '100kb', strict: true }));

  // Players (the brand's own front end calls these).
  app.use('/player/v1/players', createPlayerRouter({ db: deps.db }));
  app.use(
    '/player/v1',
    createPlayerPaymentsRouter({ db: deps.db, temporal: deps.temporal, settings: deps.paymentSettings }),
  );

  app.get('/health', async (_req, res) => {
    const report = await checkHealth(deps);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });

  // The back office: staff log in for a session cookie; every other route needs that session, a CSRF token on
  // writes, and the CASL ability its `authorize(...)` names (test/back-office-permissions.int.test.ts holds every
  // route to its table of roles).
  const sessions = deps.sessions ?? new SessionStore(deps.db);
  const backOffice = express.Router();
  backOffice.use('/auth', createAuthRouter({ db: deps.db, sessions }));
  backOffice.use(requireSession({ db: deps.db, sessions }), requireCsrf);
  backOffice.use('/ops/probes', createProbesRouter({ temporal: deps.temporal, webLink: deps.temporalWebLink }));
  backOffice.use(
    '/ops/slo',
    createSloRouter({
      db: deps.sloDb ?? deps.db,
      kafkaAdmin: deps.kafkaAdmin,
      logger: deps.logger,
      paymentSettings: deps.paymentSettings,
      samplers: deps.serviceLevelSamplers,
    }),
  );
  backOffice.use(
    '/players',
    createBackOfficePlayersRouter({ db: deps.db, temporal: deps.temporal, webLink: deps.temporalWebLink }),
  );
  backOffice.use(
    '/payments',
    createBackOfficePaymentsRouter({
      db: deps.db,
      temporal: deps.temporal,
      webLink: deps.temporalWebLink,
      settings: deps.paymentSettings,
    }),
  );
  backOffice.use('/audit', createAuditRouter({ db: deps.db }));
  backOffice.use('/staff', createStaffRouter({ db: deps.db }));
  // The API's reference (OpenAPI document and Swagger UI): public, so mounted ahead of the back office's session check.
  app.use('/api', createOpenApiRouter());
  app.use('/api', backOffice);
  app.use('/api', notFoundHandler);

  if (deps.adminUiDir && existsSync(deps.adminUiDir)) {
    const index = path.join(deps.adminUiDir, 'index.html');
    app.use(express.static(deps.adminUiDir, { index: false }));
    app.get(/^\/(?!api\/|wallet\/|player\/|psp\/|health$).*/, (_req, res) => res.sendFile(index)); // client-side routes
  }

  app.use(notFoundHandler);
  app.use(problemHandler(deps.logger));
  return app;
}
