import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';

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
