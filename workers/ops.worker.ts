import { Worker } from '@temporalio/worker';
import { createOpsActivities } from '../activities/ops';
import { createPool } from '../platform/db';
import { runProcess } from '../platform/process';
import { connectTemporalWorker, workflowCode } from '../platform/temporal';
import { OPS_TASK_QUEUE } from '../workflows/ops/definitions';

// Temporal worker of the ops task queue: stack probes.
runProcess('ops-worker', async ({ config, logger, shutdown }) => {
  const db = createPool(config.databaseUrl, config.DATABASE_POOL_SIZE);
  const connection = await connectTemporalWorker(config);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: OPS_TASK_QUEUE,
    ...workflowCode(config),
    activities: createOpsActivities({ db }),
  });
  // A SIGTERM during start-up (Ctrl-C right after `npm start`) must not leave a worker polling forever.
  shutdown.addEventListener('abort', () => worker.shutdown(), { once: true });
  logger.info({ taskQueue: OPS_TASK_QUEUE }, 'polling');
  try {
    if (!shutdown.aborted) await worker.run();
  } finally {
    await connection.close();
    await db.end();
  }
});
