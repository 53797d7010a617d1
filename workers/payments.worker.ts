import { createPaymentsActivities } from '../activities/payments';
import { knownPsps } from '../domain/payments/decline-taxonomy';
import { paymentGates } from '../domain/payments/payment-gates';
import { createHttpPspAdapter } from '../domain/payments/psp-adapter';
import { runTemporalWorker } from '../platform/temporal-worker';
import { workflowCode } from './workflow-code';
import { ensureReconciliationSchedule } from './payments-schedules';
import { PAYMENTS_TASK_QUEUE } from '../contracts/payments';

// Temporal worker of the payments task queue: deposit and withdrawal sagas, reconciliation, and their activities.
runTemporalWorker({
  name: 'payments-worker',
  taskQueue: PAYMENTS_TASK_QUEUE,
  activities: ({ db, config, logger }) =>
    createPaymentsActivities({
      db,
      logger,
      gates: paymentGates,
      psps: new Map(knownPsps.map((psp) => [psp, createHttpPspAdapter({ psp, baseUrl: config.pspBaseUrl })])),
    }),
  workflows: workflowCode,
  beforePolling: ensureReconciliationSchedule,
});
