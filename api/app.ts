import compression from 'compression';
import express from 'express';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { domains } from '../domains';
import type { DomainModule } from '../domains/domain-module';
import { SessionStore } from '../domain/admin/sessions';
import { SeamlessWallet } from '../domain/wallet/seamless-wallet';
import { checkHealth } from '../platform/health';
import {
  answerClientError,
  boundAnswerTime,
  notFoundHandler,
  problemHandler,
  requestId,
} from '../platform/http-errors';
import { requestLog } from '../platform/telemetry-http';
import { createAdminUiRouter } from './admin-ui-router';
import { requireCsrf, requireSession } from './admin/access-control';
import type { AppDeps } from './app-deps';
import { createOpenApiRouter } from './openapi/openapi-router';
import { createSeamlessWalletHandler, SEAMLESS_WALLET_PATH } from './wallet/seamless-router';

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
 * everything else through the Express app. Every request answers within ENGINE_ANSWER_BOUND_MS: engine calls carry
 * deadlines and timeouts of their own (api/engine-clients.ts), and boundAnswerTime is the last resort.
 */
export function createApiServer(deps: AppDeps, app: express.Express = createApp(deps)): http.Server {
  const wallet = seamlessWalletHandlerOf(deps);
  const server = http.createServer((req, res) => {
    boundAnswerTime(res, req.url ?? '');
    if (SEAMLESS_WALLET_PATH.test(req.url ?? '')) wallet(req, res);
    else app(req, res);
  });
  return server.on('clientError', answerClientError);
}

/** Builds the API without listening, so tests drive the real app on an ephemeral port. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId, requestLog(deps.logger, SEAMLESS_WALLET_PATH));

  // Game providers: signed over the raw body, so handled before the JSON parser (createApiServer routes these
  // paths to the same handler without Express at all).
  app.use('/wallet/v1', seamlessWalletHandlerOf(deps));

  // Every domain's routes (domains/index.ts), by how they are mounted. Webhooks are signed over the raw body, so
  // they come before the JSON parser.
  const sessions = deps.sessions ?? new SessionStore(deps.db);
  const routeDeps = { ...deps, sessions };
  const mount = (target: express.Router, kind: keyof NonNullable<DomainModule['routes']>) => {
    for (const domain of domains)
      for (const route of domain.routes?.[kind] ?? []) target.use(route.path, route.router(routeDeps));
  };
  mount(app, 'rawBody');

  // Everything below answers brotli or gzip where the client accepts it (JSON, the OpenAPI document, the admin UI's
  // files); the game providers' and PSPs' calls above stay as they are, so nothing is added to the per-bet path.
  app.use(compression());
  app.use(express.json({ limit: '100kb', strict: true }));

  // Players (the brand's own front end calls these).
  mount(app, 'public');

  app.get('/health', async (_req, res) => {
    const report = await checkHealth(deps);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });

  // The back office: staff log in for a session cookie; every other route needs that session, a CSRF token on
  // writes, and the CASL ability its `authorize(...)` names (test/back-office-permissions.int.test.ts holds every
  // route to its table of roles).
  const backOffice = express.Router();
  mount(backOffice, 'staffSignIn');
  backOffice.use(requireSession({ db: deps.db, sessions }), requireCsrf);
  mount(backOffice, 'backOffice');
  // The API's reference (OpenAPI document and Swagger UI): public, so mounted ahead of the back office's session check.
  app.use('/api', createOpenApiRouter());
  app.use('/api', backOffice);
  app.use('/api', notFoundHandler);

  if (deps.adminUiDir && existsSync(deps.adminUiDir)) app.use(createAdminUiRouter(deps.adminUiDir));

  app.use(notFoundHandler);
  app.use(problemHandler(deps.logger));
  return app;
}
