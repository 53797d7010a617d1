import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';

const FORCED_EXIT_MS = 5_000;

/**
 * Runs a background process: parses the configuration (a bad one ends it with a readable message), hands `main`
 * a logger and a shutdown signal, and stops it cleanly on SIGTERM or SIGINT. A crash exits non-zero so the
 * supervisor (or Kubernetes) restarts it.
 */
export function runProcess(
  name: string,
  main: (context: { config: Config; logger: Logger; shutdown: AbortSignal }) => Promise<void>,
): void {
  const config = loadConfig();
  const logger = createLogger(name, config.LOG_LEVEL);
  const controller = new AbortController();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
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
  main({ config, logger, shutdown: controller.signal }).then(
    () => {
      logger.info('stopped');
      process.exit(0);
    },
    (err: unknown) => {
      logger.fatal({ err }, 'crashed');
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
