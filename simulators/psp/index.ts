import type { Router } from 'express';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { createControlRouter } from './control-router';
import type { Random } from '../shared/random';
import { createSimulatorServer, type Simulator } from '../shared/simulator-server';
import { deliverDueWebhooks, type WebhookDispatchDeps } from '../shared/webhook-dispatcher';
import { finalizeDuePayments } from './payment-store';
import { createPspApiRouter } from './psp-api-router';
import { pspProfiles } from './psp-profiles';
import { createSimulatorTables } from './simulator-tables';
import { PspWebhookHeader, pspWebhookOutbox } from './webhook-outbox';

const BATCH_SIZE = 50;

/** What the PSP simulator needs; its database is its own (`psp_simulator`), never the back office's. */
export interface PspSimulatorDeps {
  db: Db;
  /** Base URL of the merchant's webhook endpoint; each PSP posts to `<webhookUrl>/<psp>`. */
  webhookUrl: string;
  /** HMAC secret per PSP id; every simulated PSP needs one. */
  webhookSecrets: ReadonlyMap<string, string>;
  /** Uniform [0, 1) source for every fault and outcome roll; tests pass a seeded one. Defaults to Math.random. */
  random?: Random;
  logger: Logger;
  /** How often the background loop looks for due finalisations and webhooks when idle. */
  pollIntervalMs?: number;
  /** Other simulators served on this port, each under its own path prefix (national schemes, credit reference). */
  mounted?: readonly Router[];
}

/** A PSP simulator: `app` for in-process use, `listen` to serve it and run its finalisation and webhook loop. */
export type PspSimulator = Simulator;

/** Builds the simulator of the three PSPs (cardpay, instantbank, paywallet) over its own Postgres database. */
export function createPspSimulator(deps: PspSimulatorDeps): PspSimulator {
  const missing = [...pspProfiles.keys()].filter((id) => !deps.webhookSecrets.get(id));
  if (missing.length > 0) throw new Error(`PSP simulator: no webhook secret for ${missing.join(', ')}`);

  const dispatch: WebhookDispatchDeps = {
    db: deps.db,
    outbox: pspWebhookOutbox,
    headers: PspWebhookHeader,
    logger: deps.logger,
    // Each PSP posts to `<webhookUrl>/<psp>`, signed with its own secret.
    target: ({ key: psp }) => {
      const secret = deps.webhookSecrets.get(psp);
      if (secret === undefined) return { error: `no webhook secret for ${psp}` };
      return { url: `${deps.webhookUrl.replace(/\/+$/, '')}/${psp}`, secret };
    },
  };
  return createSimulatorServer({
    name: 'psp-simulator',
    db: deps.db,
    logger: deps.logger,
    routers: (closing) => [
      ...(deps.mounted ?? []),
      createControlRouter({ db: deps.db }),
      createPspApiRouter({ db: deps.db, random: deps.random ?? Math.random, closing }),
    ],
    init: () => createSimulatorTables(deps.db),
    idleMs: deps.pollIntervalMs ?? 200,
    round: async () => {
      const finalized = await finalizeDuePayments(deps.db, BATCH_SIZE);
      const attempted = await deliverDueWebhooks(dispatch, BATCH_SIZE);
      return finalized === BATCH_SIZE || attempted === BATCH_SIZE;
    },
  });
}
