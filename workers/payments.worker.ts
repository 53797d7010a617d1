import type { Client } from '@temporalio/client';
import { createDueDiligenceActivities } from '../activities/kyc/due-diligence-activities';
import { createPaymentsActivities } from '../activities/payments';
import { knownPsps } from '../domain/payments/decline-taxonomy';
import { paymentGates } from '../domain/payments/payment-gates';
import { createHttpPspAdapter } from '../domain/payments/psp-adapter';
import { connectTemporalClient } from '../platform/temporal';
import { runTemporalWorker } from '../platform/temporal-worker';
import { workflowCode } from './workflow-code';
import { ensureReconciliationSchedule } from './payments-schedules';
import { PAYMENTS_TASK_QUEUE } from '../contracts/payments';

// Temporal worker of the payments task queue: deposit and withdrawal sagas, reconciliation, and their activities.
runTemporalWorker({
  name: 'payments-worker',
  taskQueue: PAYMENTS_TASK_QUEUE,
  activities: ({ db, config, logger }) => {
    // A client for the one activity that starts a workflow (enhanced due diligence by the withdrawal risk rule),
    // connected on its first use; a failed connection is tried again by the activity's next attempt.
    let client: Promise<Client> | undefined;
    const temporal = () =>
      (client ??= connectTemporalClient(config).catch((err: unknown) => {
        client = undefined;
        throw err;
      }));
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
