import { createOpsActivities } from '../activities/ops';
import { runTemporalWorker } from '../platform/temporal-worker';
import { workflowCode } from './workflow-code';
import { OPS_TASK_QUEUE } from '../workflows/ops/definitions';

// Temporal worker of the ops task queue: stack probes.
runTemporalWorker({
  name: 'ops-worker',
  taskQueue: OPS_TASK_QUEUE,
  activities: createOpsActivities,
  workflows: workflowCode,
});
