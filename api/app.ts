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
import { refuseAccountNumbers } from '../platform/refuse-account-numbers';
import { trustFunctionOf, type TrustFunction } from '../platform/client-address';
import { createRateLimits, limitRequests, type RateLimits } from '../platform/rate-limit';
import { requestLog } from '../platform/telemetry-http';
import { createAdminUiRouter } from './admin-ui-router';
import { requireCsrf, requireSession } from './admin/access-control';
import type { AppDeps } from './app-deps';
import { createOpenApiRouter } from './openapi/openapi-router';
import { securityHeaders } from './security-headers';
import { createCodecRouter } from './ops/codec-router';
import { authenticatePlayer, PLAYER_API_PATH } from './players/player-authentication';
import { capturePlayerDevice } from './players/player-devices';
import { createSeamlessWalletHandler, SEAMLESS_WALLET_PATH } from './wallet/seamless-router';

interface Edge {
  wallet: ReturnType<typeof createSeamlessWalletHandler>;
  rateLimits: RateLimits;
  trust: TrustFunction;
}
const edges = new WeakMap<AppDeps, Edge>();

/**
 * One seamless-wallet handler (and one call batcher), one set of rate limit counters and one proxy rule per set of
 * dependencies: the plain Node server and the Express app count a caller's requests together.
 */
function edgeOf(deps: AppDeps): Edge {
  let edge = edges.get(deps);
  if (!edge) {
    const rateLimits = createRateLimits(deps.rateLimits);
    const trust = trustFunctionOf(deps.trustProxy ?? 0);
    const wallet = createSeamlessWalletHandler({
      wallet: new SeamlessWallet(deps.db, deps.logger),
      secrets: deps.gameProviderSecrets,
      toleranceSeconds: deps.walletSignatureToleranceSeconds,
      logger: deps.logger,
      rateLimits,
      trust,
    });
    edge = { wallet, rateLimits, trust };
    edges.set(deps, edge);
  }
  return edge;
}

/**
 * The API's HTTP server: seamless-wallet calls (the per-bet hot path) go straight to their plain Node handler,
 * everything else through the Express app. Every request answers within ENGINE_ANSWER_BOUND_MS: engine calls carry
 * deadlines and timeouts of their own (api/engine-clients.ts), and boundAnswerTime is the last resort.
 */
export function createApiServer(deps: AppDeps, app: express.Express = createApp(deps)): http.Server {
  const { wallet } = edgeOf(deps);
  const server = http.createServer((req, res) => {
    boundAnswerTime(res, req.url ?? '');
    if (SEAMLESS_WALLET_PATH.test(req.url ?? '')) wallet(req, res);
    else app(req, res);
  });
  return server.on('clientError', answerClientError);
}

/** The largest JSON body any route reads (the signed callers' raw bodies have smaller limits of their own). */
export const JSON_BODY_LIMIT = '100kb';

/** Builds the API without listening, so tests drive the real app on an ephemeral port. */
export function createApp(deps: AppDeps): express.Express {
  const edge = edgeOf(deps);
  const app = express();
  app.disable('x-powered-by');
  // req.ip, req.secure (the staff cookie's Secure flag) and req.protocol believe only the proxies of TRUST_PROXY.
  app.set('trust proxy', edge.trust);
  app.use(requestId, requestLog(deps.logger, SEAMLESS_WALLET_PATH), securityHeaders);

  // Game providers: signed over the raw body, so handled before the JSON parser (createApiServer routes these
  // paths to the same handler without Express at all).
  app.use('/wallet/v1', edge.wallet);

  // Every domain's routes (domains/index.ts), by how they are mounted. Webhooks are signed over the raw body, so
  // they come before the JSON parser.
  const sessions = deps.sessions ?? new SessionStore(deps.db);
  const routeDeps = { ...deps, sessions, rateLimiters: edge.rateLimits };
  const mount = (target: express.Router, kind: keyof NonNullable<DomainModule['routes']>) => {
    for (const domain of domains)
      for (const route of domain.routes?.[kind] ?? []) target.use(route.path, route.router(routeDeps));
  };
  mount(app, 'rawBody');

  // Temporal Web's codec server: its own JSON parser (whole payloads), session and Origin checks (codec-router.ts).
  app.use(
    '/codec',
    createCodecRouter({ db: deps.db, sessions, codec: deps.payloadCodec, allowedOrigins: deps.codecAllowedOrigins }),
  );

  // Everything below answers brotli or gzip where the client accepts it (JSON, the OpenAPI document, the admin UI's
  // files); the game providers' and PSPs' calls above stay as they are, so nothing is added to the per-bet path.
  // Counted before their bodies are read: a flood costs no parsing. Keyed by the client's address, the only identity
  // a request has before its route authenticates it.
  app.use(
    '/player/v1',
    limitRequests(edge.rateLimits.player, (req) => req.ip ?? 'unknown'),
  );
  app.use(compression());
  app.use(express.json({ limit: JSON_BODY_LIMIT, strict: true }));
  // No full card number or IBAN gets past here, in a player's request or staff's (PCI DSS: only PSP tokens).
  app.use(refuseAccountNumbers);

  // Players (the brand's own front end calls these), each with a bearer token of the operator's identity provider.
  app.use(PLAYER_API_PATH, authenticatePlayer({ db: deps.db, verifyToken: deps.verifyPlayerToken }));
  // The device a player uses (X-Device-Id), kept as a keyed hash for the AML rules on shared devices.
  app.use(PLAYER_API_PATH, capturePlayerDevice({ db: deps.db, vault: deps.personalDataVault }));
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
