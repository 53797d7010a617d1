import { createOpsActivities } from '../activities/ops';
import { runTemporalWorker } from '../platform/temporal-worker';
import { OPS_TASK_QUEUE } from '../contracts/ops';
import { workflowCode } from './workflow-code';

// Temporal worker of the ops task queue: stack probes.
runTemporalWorker({
  name: 'ops-worker',
  taskQueue: OPS_TASK_QUEUE,
  activities: createOpsActivities,
  workflows: workflowCode,
});
