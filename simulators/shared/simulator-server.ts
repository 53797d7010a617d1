import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { startBackgroundLoop, type BackgroundLoop } from './background-loop';
import { jsonErrorHandler, jsonNotFound } from './json-errors';

/** A simulator: `app` for in-process use, `listen` to serve it and run its background loop. */
export interface Simulator {
  app: express.Express;
  /** Creates the simulator's tables unless they exist; `listen` calls it. */
  init(): Promise<void>;
  /** Initialises, starts the background loop, and serves on `port` (0: any free one). */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /** Stops the background loop, cuts held requests short and closes the server; the pool stays the caller's. */
  close(): Promise<void>;
}

/** What differs between simulators; the health check, error format, loop and server lifecycle are the same. */
export interface SimulatorParts {
  /** Names the background loop in logs. */
  name: string;
  /** Its own database, checked by `/health`. */
  db: Db;
  logger: Logger;
  /** The simulator's routers; `closing` aborts when the simulator closes, so held requests end early. */
  routers(closing: AbortSignal): express.Router[];
  /** Creates the simulator's tables unless they exist. */
  init(): Promise<void>;
  /** One round of background work (due results, due webhooks); true when more is waiting. */
  round(): Promise<boolean>;
  /** How long the loop sleeps when a round found nothing more to do. */
  idleMs: number;
}

/** Builds a simulator's express app and lifecycle around its routers and background round. */
export function createSimulatorServer(parts: SimulatorParts): Simulator {
  const closing = new AbortController();
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '32kb' }));
  app.get('/health', async (_req, res) => {
    try {
      await parts.db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', detail: (err as Error).message });
    }
  });
  for (const router of parts.routers(closing.signal)) app.use(router);
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(parts.logger));

  let server: Server | undefined;
  let loop: BackgroundLoop | undefined;

  return {
    app,
    init: () => parts.init(),
    async listen(port, host) {
      await parts.init();
      loop = startBackgroundLoop({ name: parts.name, logger: parts.logger, idleMs: parts.idleMs, round: parts.round });
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
