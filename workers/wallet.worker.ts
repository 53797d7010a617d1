import { Worker } from '@temporalio/worker';
import { createWalletActivities } from '../activities/wallet';
import { createPool } from '../platform/db';
import { runProcess } from '../platform/process';
import { connectTemporalWorker } from '../platform/temporal';
import { WALLET_TASK_QUEUE } from '../workflows/wallet/definitions';

// Temporal worker of the wallet task queue: activities only; the workflows that call them live elsewhere.
runProcess('wallet-worker', async ({ config, logger, shutdown }) => {
  const db = createPool(config.databaseUrl, config.DATABASE_POOL_SIZE);
  const connection = await connectTemporalWorker(config);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: WALLET_TASK_QUEUE,
    activities: createWalletActivities({ db }),
  });
  // A SIGTERM during start-up (Ctrl-C right after `npm start`) must not leave a worker polling forever.
  shutdown.addEventListener('abort', () => worker.shutdown(), { once: true });
  logger.info({ taskQueue: WALLET_TASK_QUEUE }, 'polling');
  try {
    if (!shutdown.aborted) await worker.run();
  } finally {
    await connection.close();
    await db.end();
  }
});
