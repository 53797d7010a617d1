import { createRgActivities } from '../activities/rg';
import { RG_TASK_QUEUE } from '../contracts/rg';
import { parseRgInterventionSla } from '../domain/rg/interventions/intervention-sla';
import { runTemporalWorker } from '../platform/temporal-worker';
import { lazyTemporalClient } from '../platform/temporal';
import { workflowCode } from './workflow-code';

/** Long enough for a signal or a start under load; an activity that fails is retried by Temporal. */
const TEMPORAL_CALL_TIMEOUT_MS = 10_000;

// Temporal worker of the responsible-gambling task queue: limit changes, time-outs and self-exclusions,
// interventions and financial vulnerability checks.
runTemporalWorker({
  name: 'rg-worker',
  taskQueue: RG_TASK_QUEUE,
  activities: ({ db, config, logger }) =>
    createRgActivities({
      db,
      temporal: lazyTemporalClient(config, TEMPORAL_CALL_TIMEOUT_MS),
      logger,
      config,
      // rg-harm: a wrong RG_INTERVENTION_SLA stops the worker here, with a readable message.
      interventionSla: parseRgInterventionSla(config.RG_INTERVENTION_SLA),
      creditReferenceUrl: config.creditReferenceUrl,
    }),
  workflows: workflowCode,
});
