import { depositStatusChangedEvent, withdrawalStatusChangedEvent } from '../domain/payments/events';
import { createBackOfficePaymentsRouter } from '../api/payments/back-office-payments-router';
import { createPlayerPaymentsRouter } from '../api/payments/player-payments-router';
import { createPspWebhookRouter } from '../api/payments/psp-webhook-router';
import { paymentsOpenApi } from '../api/payments/openapi';
import type { DomainModule } from './domain-module';

/** Payments: the deposit and payout sagas across the PSPs, the withdrawal approval queue, reconciliation. */
export const paymentsDomain: DomainModule = {
  name: 'payments',
  openApi: paymentsOpenApi,
  routes: {
    rawBody: [
      {
        path: '/psp/v1/webhooks',
        router: (deps) =>
          createPspWebhookRouter({
            db: deps.db,
            temporal: deps.temporal,
            logger: deps.logger,
            secrets: deps.pspWebhookSecrets,
            toleranceSeconds: deps.pspWebhookToleranceSeconds,
            rateLimits: deps.rateLimiters,
          }),
      },
    ],
    public: [
      {
        path: '/player/v1',
        router: (deps) =>
          createPlayerPaymentsRouter({
            db: deps.db,
            temporal: deps.temporal,
            settings: deps.paymentSettings,
            logger: deps.logger,
          }),
      },
    ],
    backOffice: [
      {
        path: '/payments',
        router: (deps) =>
          createBackOfficePaymentsRouter({
            db: deps.db,
            temporal: deps.temporal,
            webLink: deps.temporalWebLink,
            settings: deps.paymentSettings,
            logger: deps.logger,
          }),
      },
    ],
  },
  workflows: 'payments',
  processes: [
    {
      name: 'payments-worker',
      entry: 'workers/payments.worker.ts',
      description: 'Temporal worker, task queue "payments"',
      metricsPort: 9467,
    },
  ],
  topics: [
    { topic: depositStatusChangedEvent.topic, numPartitions: 6 },
    { topic: withdrawalStatusChangedEvent.topic, numPartitions: 6 },
  ],
};
