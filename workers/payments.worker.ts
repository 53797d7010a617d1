import { createDueDiligenceActivities } from '../activities/kyc/due-diligence-activities';
import { createPaymentsActivities } from '../activities/payments';
import { knownPsps } from '../domain/payments/decline-taxonomy';
import { paymentGates } from '../domain/payments/payment-gates';
import { createHttpPspAdapter } from '../domain/payments/psp-adapter';
import { lazyTemporalClient } from '../platform/temporal';
import { runTemporalWorker } from '../platform/temporal-worker';
import { workflowCode } from './workflow-code';
import { ensureReconciliationSchedule } from './payments-schedules';
import { PAYMENTS_TASK_QUEUE } from '../contracts/payments';

/** How long starting a due diligence workflow may take before its activity retries. */
const WORKFLOW_START_TIMEOUT_MS = 10_000;

// Temporal worker of the payments task queue: deposit and withdrawal sagas, reconciliation, and their activities.
runTemporalWorker({
  name: 'payments-worker',
  taskQueue: PAYMENTS_TASK_QUEUE,
  activities: ({ db, config, logger }) => {
    // A client for the one activity that starts a workflow (enhanced due diligence by the withdrawal risk rule),
    // connected on its first call; a failed call is tried again by the activity's next attempt.
    const client = lazyTemporalClient(config, WORKFLOW_START_TIMEOUT_MS);
    const temporal = async () => client;
    return createPaymentsActivities({
      db,
      logger,
      gates: paymentGates,
      psps: new Map(knownPsps.map((psp) => [psp, createHttpPspAdapter({ psp, baseUrl: config.pspBaseUrl })])),
      requireEnhancedDueDiligence: createDueDiligenceActivities({ db, logger, temporal }).requireEnhancedDueDiligence,
    });
  },
  workflows: workflowCode,
  beforePolling: ensureReconciliationSchedule,
});
