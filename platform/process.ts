import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { setReady, startMetricsServer } from './metrics';
import { startTelemetry } from './telemetry';

const FORCED_EXIT_MS = 5_000;

/**
 * Runs a background process: parses the configuration (a bad one ends it with a readable message), hands `main`
 * a logger and a shutdown signal, and stops it cleanly on SIGTERM or SIGINT. A crash exits non-zero so the
 * supervisor (or Kubernetes) restarts it; an engine that is down is no crash: processes wait for it in-process
 * (platform/reconnect.ts) and say so on `/ready`. `main` calls `ready` once it does its work; from then until a shutdown
 * signal the readiness probe answers 200. Tracing starts first, under `name`, and buffered spans are flushed before
 * the process exits.
 */
export function runProcess(
  name: string,
  main: (context: {
    config: Config;
    logger: Logger;
    shutdown: AbortSignal;
    /**
     * Says the process does its work now (listening, polling, consuming): `GET /ready` answers 200 from then on,
     * with `state` (default `ready`) saying what it does. A process that waits for an engine again says so with
     * setReadiness (platform/metrics.ts).
     */
    ready: (state?: string) => void;
  }) => Promise<void>,
): void {
  const config = loadConfig();
  const telemetry = startTelemetry(name);
  const logger = createLogger(name, config.LOG_LEVEL);
  const controller = new AbortController();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      setReady(false, 'stopping');
      controller.abort();
      // Everything of ours is durable elsewhere (Temporal, Postgres, Kafka), so a process that cannot stop
      // cleanly (say, signalled while still connecting) may simply exit.
      setTimeout(() => {
        logger.warn(`did not stop within ${FORCED_EXIT_MS} ms; exiting`);
        process.exit(0);
      }, FORCED_EXIT_MS).unref();
    });
  }
  logger.info('starting');
  startMetricsServer(config, logger); // never fails: a taken METRICS_PORT is only a warning
  const ready = (state?: string) => {
    setReady(true, state);
    logger.info({ state }, 'ready');
  };
  main({ config, logger, shutdown: controller.signal, ready }).then(
    async () => {
      logger.info('stopped');
      await telemetry.shutdown();
      process.exit(0);
    },
    async (err: unknown) => {
      logger.fatal({ err }, 'crashed');
      await telemetry.shutdown();
      process.exit(1);
    },
  );
}

/** Resolves when `signal` aborts. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
