import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import type { Config } from './config';
import { createPool, type Db } from './db';
import type { Logger } from './logger';
import { setReadiness } from './metrics';
import { runProcess } from './process';
import { retryUntilUp } from './reconnect';
import { connectTemporalWorker, temporalDataConverter } from './temporal';
import { activityLogInterceptor } from './activity-logging';
import { installTemporalRuntime } from './temporal-runtime';
import { tracingWorkerOptions } from './telemetry-temporal';

/** How often a worker asks Temporal whether it answers, and how long it waits for the answer. */
const TEMPORAL_CHECK_INTERVAL_MS = 5_000;
const TEMPORAL_CHECK_TIMEOUT_MS = 3_000;

/**
 * Runs a Temporal worker as its own process: one task queue, its activities built from a database pool, and
 * optionally workflows. A SIGTERM (the supervisor, Kubernetes, a chaos drill) drains it and exits. Temporal being
 * down, at start or later, is no reason to exit: the worker connects again with backoff, in-process, and says on
 * `/ready` that it waits for Temporal meanwhile.
 */
export function runTemporalWorker(options: {
  name: string;
  taskQueue: string;
  activities: (deps: { db: Db; config: Config; logger: Logger }) => object;
  /** Where the workflow code comes from, for a worker that runs workflows too. */
  workflows?: (config: Config) => Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'>;
  /** Idempotent set-up the task queue relies on (its Schedules), run before polling starts. */
  beforePolling?: (deps: { config: Config; logger: Logger }) => Promise<void>;
  /**
   * Work the process does beside polling (a Kafka consumer that signals this queue's workflows): it runs until
   * `shutdown`; if it fails for good, the process stops (non-zero) so that its supervisor restarts it.
   */
  alongside?: (deps: { db: Db; config: Config; logger: Logger; shutdown: AbortSignal }) => Promise<void>;
}): void {
  runProcess(options.name, async ({ config, logger, shutdown, ready }) => {
    const db = createPool(config.databaseUrl, config.DATABASE_POOL_SIZE, {}, (err) =>
      logger.warn({ err }, 'an idle database connection broke'),
    );
    await installTemporalRuntime(logger); // before the first NativeConnection, which fixes the Runtime
    const workflowCode = options.workflows?.(config);
    const tracing = tracingWorkerOptions(workflowCode);
    const activities = options.activities({ db, config, logger });
    const alongside = options.alongside?.({ db, config, logger, shutdown }).catch((err: unknown) => {
      logger.error({ err }, 'the work beside the worker stopped for good; stopping the process');
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    const dataConverter = temporalDataConverter(config); // a production start without its keys ends here
    const waitingForTemporal = () =>
      setReadiness({ ready: false, state: 'waiting for temporal', engines: { temporal: 'down' } });

    /**
     * The worker's polls ride a Temporal outage out by themselves (the Core SDK retries them), so nothing fails to
     * tell; this asks the server every few seconds, so that /ready says whether the worker works or waits.
     */
    function watchTemporal(connection: NativeConnection): NodeJS.Timeout {
      let reachable = true;
      return setInterval(() => {
        connection
          .withDeadline(Date.now() + TEMPORAL_CHECK_TIMEOUT_MS, () => connection.workflowService.getSystemInfo({}))
          .then(
            () => {
              if (reachable) return;
              reachable = true;
              logger.info('Temporal answers again');
              ready(`polling ${options.taskQueue}`);
            },
            (err: unknown) => {
              if (!reachable || shutdown.aborted) return;
              reachable = false;
              logger.warn({ err }, 'Temporal does not answer; the worker polls on and waits for it');
              waitingForTemporal();
            },
          );
      }, TEMPORAL_CHECK_INTERVAL_MS).unref();
    }

    /** A connection and a worker on it, with the task queue's set-up done; throws while Temporal is unreachable. */
    async function connectWorker(): Promise<{ connection: NativeConnection; worker: Worker }> {
      const connection = await connectTemporalWorker(config);
      try {
        const worker = await Worker.create({
          connection,
          namespace: config.TEMPORAL_NAMESPACE,
          taskQueue: options.taskQueue,
          activities,
          dataConverter,
          ...workflowCode,
          ...tracing,
          interceptors: {
            ...tracing.interceptors,
            // After the tracing interceptor, so inside the activity's span: each line carries its trace id.
            activity: [...(tracing.interceptors?.activity ?? []), activityLogInterceptor(logger)],
          },
        });
        await options.beforePolling?.({ config, logger });
        return { connection, worker };
      } catch (err) {
        await connection.close().catch(() => undefined);
        throw err;
      }
    }

    try {
      while (!shutdown.aborted) {
        const connected = await retryUntilUp('connecting to Temporal', connectWorker, {
          logger,
          signal: shutdown,
          onFailure: waitingForTemporal,
        });
        if (!connected) break;
        const { connection, worker } = connected;
        // A SIGTERM during start-up (Ctrl-C right after `npm start`) must not leave a worker polling forever.
        const stop = () => worker.shutdown();
        shutdown.addEventListener('abort', stop, { once: true });
        logger.info({ taskQueue: options.taskQueue }, 'polling');
        ready(`polling ${options.taskQueue}`); // worker.run() polls from its first tick
        const watch = watchTemporal(connection);
        try {
          if (!shutdown.aborted) await worker.run();
        } catch (err) {
          // The worker gives up when it loses the server for long; a new one connects once Temporal is back.
          if (!shutdown.aborted) logger.warn({ err }, 'the worker stopped; connecting to Temporal again');
          waitingForTemporal();
        } finally {
          clearInterval(watch);
          shutdown.removeEventListener('abort', stop);
          await connection.close().catch(() => undefined);
        }
      }
    } finally {
      await alongside;
      await db.end();
    }
  });
}
