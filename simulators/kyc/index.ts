import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { Random } from '../shared/random';
import { createSimulatorServer, type Simulator } from '../shared/simulator-server';
import { deliverDueWebhooks, type WebhookDispatchDeps } from '../shared/webhook-dispatcher';
import { completeDueChecks } from './check-store';
import { createKycControlRouter } from './control-router';
import { createKycApiRouter } from './kyc-api-router';
import { createKycSimulatorTables } from './simulator-tables';
import { KycWebhookHeader, kycWebhookOutbox } from './webhook-outbox';

const BATCH_SIZE = 50;

/** What the KYC provider simulator needs; its database is its own (`kyc_simulator`), never the back office's. */
export interface KycSimulatorDeps {
  db: Db;
  /** The merchant's webhook endpoint (the back office's `/kyc/v1/webhooks`). */
  webhookUrl: string;
  /** The HMAC secret the provider signs its webhooks with. */
  webhookSecret: string;
  /** Uniform [0, 1) source for every fault roll; tests pass a seeded one. Defaults to Math.random. */
  random?: Random;
  logger: Logger;
  /** How often the background loop looks for due results and webhooks when idle. */
  pollIntervalMs?: number;
}

/** A KYC provider simulator: `app` for in-process use, `listen` to serve it and run its result and webhook loop. */
export type KycSimulator = Simulator;

/**
 * Builds the simulated identity-verification provider (document, liveness and address checks with results by
 * signed webhook) over its own Postgres database; its errors have the simulators' `{ error, detail }` shape.
 */
export function createKycSimulator(deps: KycSimulatorDeps): KycSimulator {
  if (!deps.webhookSecret) throw new Error('KYC simulator: no webhook secret');
  const dispatch: WebhookDispatchDeps = {
    db: deps.db,
    outbox: kycWebhookOutbox,
    headers: KycWebhookHeader,
    logger: deps.logger,
    target: () => ({ url: deps.webhookUrl, secret: deps.webhookSecret }),
  };
  return createSimulatorServer({
    name: 'kyc-simulator',
    db: deps.db,
    logger: deps.logger,
    routers: (closing) => [
      createKycControlRouter({ db: deps.db }),
      createKycApiRouter({ db: deps.db, random: deps.random ?? Math.random, closing }),
    ],
    init: () => createKycSimulatorTables(deps.db),
    idleMs: deps.pollIntervalMs ?? 100,
    round: async () => {
      const completed = await completeDueChecks(deps.db, BATCH_SIZE);
      const attempted = await deliverDueWebhooks(dispatch, BATCH_SIZE);
      return completed === BATCH_SIZE || attempted === BATCH_SIZE;
    },
  });
}
