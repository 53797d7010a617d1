import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { startBackgroundLoop, type BackgroundLoop } from './background-loop';
import { createControlRouter } from './control-router';
import type { Random } from './fault-injection';
import { jsonErrorHandler, jsonNotFound } from './json-errors';
import { finalizeDuePayments } from './payment-store';
import { createPspApiRouter } from './psp-api-router';
import { pspProfiles } from './psp-profiles';
import { createSimulatorTables } from './simulator-tables';
import { deliverDueWebhooks } from './webhook-dispatcher';

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
}

/** A PSP simulator: `app` for in-process use, `listen` to serve it and run its background loop. */
export interface PspSimulator {
  app: express.Express;
  /** Creates the simulator's tables unless they exist; `listen` calls it. */
  init(): Promise<void>;
  /** Initialises, starts the webhook and finalisation loop, and serves on `port` (0: any free one). */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /** Stops the background loop, cuts held requests short and closes the server; the pool stays the caller's. */
  close(): Promise<void>;
}

/** Builds the simulator of the three PSPs (cardpay, instantbank, paywallet) over its own Postgres database. */
export function createPspSimulator(deps: PspSimulatorDeps): PspSimulator {
  const missing = [...pspProfiles.keys()].filter((id) => !deps.webhookSecrets.get(id));
  if (missing.length > 0) throw new Error(`PSP simulator: no webhook secret for ${missing.join(', ')}`);

  const closing = new AbortController();
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '32kb' }));
  app.get('/health', async (_req, res) => {
    try {
      await deps.db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', detail: (err as Error).message });
    }
  });
  app.use(createControlRouter({ db: deps.db }));
  app.use(createPspApiRouter({ db: deps.db, random: deps.random ?? Math.random, closing: closing.signal }));
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(deps.logger));

  let server: Server | undefined;
  let loop: BackgroundLoop | undefined;
  const init = () => createSimulatorTables(deps.db);

  return {
    app,
    init,
    async listen(port, host) {
      await init();
      loop = startBackgroundLoop({
        name: 'psp-simulator',
        logger: deps.logger,
        idleMs: deps.pollIntervalMs ?? 200,
        round: async () => {
          const finalized = await finalizeDuePayments(deps.db, BATCH_SIZE);
          const attempted = await deliverDueWebhooks(deps, BATCH_SIZE);
          return finalized === BATCH_SIZE || attempted === BATCH_SIZE;
        },
      });
      const listening = app.listen(port, host);
      server = listening;
      await new Promise<void>((resolve, reject) => {
        listening.once('listening', resolve);
        listening.once('error', reject);
      });
      const address = listening.address() as AddressInfo;
      return { url: `http://${host}:${address.port}`, port: address.port };
    },
    async close() {
      closing.abort();
      await loop?.stop();
      if (server) {
        const closed = new Promise((resolve) => server!.close(resolve));
        server.closeAllConnections();
        await closed;
      }
    },
  };
}
