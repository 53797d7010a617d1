import http from 'node:http';
import { collectDefaultMetrics } from 'prom-client';
import type { Config } from './config';
import type { Engine } from './engine-errors';
import type { Logger } from './logger';
import { metricsRegistry } from './slo-metrics';

/** More exposition text for this process's `/metrics`, from an exporter of its own (the Temporal Core SDK's). */
export type MetricsSource = () => Promise<string>;

/** This process's `/metrics` endpoint. */
export interface MetricsServer {
  /** Resolves true once it serves, false when it cannot (its port was taken). */
  ready: Promise<boolean>;
  /** Stops serving, closing open (keep-alive) connections too; resolves once the server is closed. */
  close(): Promise<void>;
}

const extraSources: { name: string; scrape: MetricsSource }[] = [];
let running: MetricsServer | undefined;
let defaultMetricsCollected = false;

/** Appends another exporter's text to this process's `/metrics`, so Prometheus scrapes one endpoint per process. */
export function appendToMetrics(name: string, scrape: MetricsSource): void {
  extraSources.push({ name, scrape });
}

/** What `GET /ready` answers: whether the process does its work, what it does or waits for, and its engines. */
export interface Readiness {
  ready: boolean;
  /** In words: `polling payments`, `waiting for Temporal`, `stopping`. */
  state: string;
  /** The engines the process depends on and whether it reaches each one. */
  engines?: Partial<Record<Engine, 'up' | 'down'>>;
}

let readiness: Readiness = { ready: false, state: 'starting' };

/**
 * Says whether this process does its work: `GET /ready` answers 200 while it does, 503 otherwise, with `state`
 * saying what it does or waits for.
 */
export function setReady(ready: boolean, state = ready ? 'ready' : 'starting'): void {
  readiness = { ready, state };
}

/** Says what this process does or waits for, and which of its engines it reaches (see setReady). */
export function setReadiness(next: Readiness): void {
  readiness = next;
}

/** What `GET /ready` answers now. */
export function currentReadiness(): Readiness {
  return readiness;
}

/** Resolves true once this process serves `/metrics`, false when it does not (its port was taken, or no server). */
export function metricsEndpointReady(): Promise<boolean> {
  return running?.ready ?? Promise.resolve(false);
}

async function exposition(logger: Logger): Promise<string> {
  const parts = [await metricsRegistry.metrics()];
  for (const source of extraSources) {
    try {
      parts.push(await source.scrape());
    } catch (err) {
      // Our own metrics still answer; the missing exporter shows as a gap in its series and in this log.
      logger.warn({ err, source: source.name }, 'metrics source did not answer; scraped without it');
    }
  }
  return parts.map((text) => (text.endsWith('\n') ? text : `${text}\n`)).join('');
}

/**
 * Serves this process's Prometheus metrics at `GET /metrics` on METRICS_HOST:METRICS_PORT: the SLO metrics it
 * observes, prom-client's process metrics (CPU, memory, event-loop lag, GC) and any appended exporter. `GET /ready`
 * on the same port answers 200 while the process says it does its work (setReady: listening, polling, consuming) and
 * 503 while it starts, waits for an engine or stops, with a JSON body `{ ready, state, engines? }` (Readiness): the
 * readiness probe of `npm start` and of Kubernetes. A port already taken (a second
 * copy of the process, started by a chaos drill or a test) is logged and the process runs on without metrics:
 * metrics must never be the reason a worker does not work. A second call returns the first call's server until
 * that is closed.
 */
export function startMetricsServer(
  config: Pick<Config, 'METRICS_HOST' | 'METRICS_PORT'>,
  logger: Logger,
): MetricsServer {
  if (running) return running;
  if (!defaultMetricsCollected) {
    // Once per process: the registry refuses a second registration of the same metric names.
    collectDefaultMetrics({ register: metricsRegistry });
    defaultMetricsCollected = true;
  }
  const server = http.createServer((req, res) => {
    const route = req.method === 'GET' ? (req.url ?? '').split('?')[0] : undefined;
    if (route === '/ready') {
      res.writeHead(readiness.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(readiness));
      return;
    }
    if (route !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Prometheus metrics are at GET /metrics\n');
      return;
    }
    exposition(logger).then(
      (text) => res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      (err: unknown) => {
        logger.error({ err }, 'metrics exposition failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics exposition failed\n');
      },
    );
  });
  const ready = new Promise<boolean>((resolve) => {
    server.on('error', (err: NodeJS.ErrnoException) => {
      logger.warn(
        { err, port: config.METRICS_PORT },
        err.code === 'EADDRINUSE'
          ? 'METRICS_PORT is taken (another copy of this process?); running on without a /metrics endpoint'
          : 'cannot serve /metrics; running on without it',
      );
      resolve(false);
    });
    server.listen(config.METRICS_PORT, config.METRICS_HOST, () => {
      logger.info({ url: `http://${config.METRICS_HOST}:${config.METRICS_PORT}/metrics` }, 'serving metrics');
      resolve(true);
    });
  });
  // The endpoint never keeps a stopping process alive.
  server.unref();
  const handle: MetricsServer = {
    ready,
    close: () =>
      new Promise<void>((resolve) => {
        if (running === handle) running = undefined;
        // A scraper's keep-alive connection would otherwise hold the server (and a test run) open until it idles out.
        server.closeAllConnections();
        server.close(() => resolve()); // also when it never listened (port taken): then it has nothing to close
      }),
  };
  running = handle;
  return handle;
}
