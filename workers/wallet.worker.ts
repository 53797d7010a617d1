import { createWalletActivities } from '../activities/wallet';
import { runTemporalWorker } from '../platform/temporal-worker';
import { WALLET_TASK_QUEUE } from '../contracts/wallet';

// Temporal worker of the wallet task queue: activities only; the workflows that call them live elsewhere.
runTemporalWorker({ name: 'wallet-worker', taskQueue: WALLET_TASK_QUEUE, activities: createWalletActivities });
