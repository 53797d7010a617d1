import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { startBackgroundLoop, type BackgroundLoop } from '../psp/background-loop';
import type { Random } from '../psp/fault-injection';
import { jsonErrorHandler, jsonNotFound } from '../psp/json-errors';
import { completeDueChecks } from './check-store';
import { createKycControlRouter } from './control-router';
import { createKycApiRouter } from './kyc-api-router';
import { createKycSimulatorTables } from './simulator-tables';
import { deliverDueWebhooks } from './webhook-dispatcher';

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

/** A KYC provider simulator: `app` for in-process use, `listen` to serve it and run its background loop. */
export interface KycSimulator {
  app: express.Express;
  /** Creates the simulator's tables unless they exist; `listen` calls it. */
  init(): Promise<void>;
  /** Initialises, starts the result and webhook loop, and serves on `port` (0: any free one). */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /** Stops the background loop, cuts held requests short and closes the server; the pool stays the caller's. */
  close(): Promise<void>;
}

/**
 * Builds the simulated identity-verification provider (document, liveness and address checks with results by
 * signed webhook) over its own Postgres database; its errors are the PSPs' `{ error, detail }` shape.
 */
export function createKycSimulator(deps: KycSimulatorDeps): KycSimulator {
  if (!deps.webhookSecret) throw new Error('KYC simulator: no webhook secret');
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
  app.use(createKycControlRouter({ db: deps.db }));
  app.use(createKycApiRouter({ db: deps.db, random: deps.random ?? Math.random, closing: closing.signal }));
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(deps.logger));

  let server: Server | undefined;
  let loop: BackgroundLoop | undefined;
  const init = () => createKycSimulatorTables(deps.db);

  return {
    app,
    init,
    async listen(port, host) {
      await init();
      loop = startBackgroundLoop({
        name: 'kyc-simulator',
        logger: deps.logger,
        idleMs: deps.pollIntervalMs ?? 100,
        round: async () => {
          const completed = await completeDueChecks(deps.db, BATCH_SIZE);
          const attempted = await deliverDueWebhooks(deps, BATCH_SIZE);
          return completed === BATCH_SIZE || attempted === BATCH_SIZE;
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
