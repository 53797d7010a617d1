import { Worker, type WorkerOptions } from '@temporalio/worker';
import type { Config } from './config';
import { createPool, type Db } from './db';
import type { Logger } from './logger';
import { runProcess } from './process';
import { connectTemporalWorker } from './temporal';
import { activityLogInterceptor } from './activity-logging';
import { installTemporalRuntime } from './temporal-runtime';
import { tracingWorkerOptions } from './telemetry-temporal';

/**
 * Runs a Temporal worker as its own process: one task queue, its activities built from a database pool, and
 * optionally workflows. A SIGTERM (the supervisor, Kubernetes, a chaos drill) drains it and exits.
 */
export function runTemporalWorker(options: {
  name: string;
  taskQueue: string;
  activities: (deps: { db: Db; config: Config; logger: Logger }) => object;
  /** Where the workflow code comes from, for a worker that runs workflows too. */
  workflows?: (config: Config) => Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'>;
  /** Idempotent set-up the task queue relies on (its Schedules), run before polling starts. */
  beforePolling?: (deps: { config: Config; logger: Logger }) => Promise<void>;
}): void {
  runProcess(options.name, async ({ config, logger, shutdown, ready }) => {
    const db = createPool(config.databaseUrl, config.DATABASE_POOL_SIZE);
    await installTemporalRuntime(logger); // before the first NativeConnection, which fixes the Runtime
    const connection = await connectTemporalWorker(config);
    const workflowCode = options.workflows?.(config);
    const tracing = tracingWorkerOptions(workflowCode);
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: options.taskQueue,
      activities: options.activities({ db, config, logger }),
      ...workflowCode,
      ...tracing,
      interceptors: {
        ...tracing.interceptors,
        // After the tracing interceptor, so inside the activity's span: each line carries its trace id.
        activity: [...(tracing.interceptors?.activity ?? []), activityLogInterceptor(logger)],
      },
    });
    await options.beforePolling?.({ config, logger });
    // A SIGTERM during start-up (Ctrl-C right after `npm start`) must not leave a worker polling forever.
    shutdown.addEventListener('abort', () => worker.shutdown(), { once: true });
    logger.info({ taskQueue: options.taskQueue }, 'polling');
    ready(); // worker.run() polls from its first tick
    try {
      if (!shutdown.aborted) await worker.run();
    } finally {
      await connection.close();
      await db.end();
    }
  });
}
