import { createAmlCasesRouter } from '../api/aml/cases-router';
import { amlOpenApi } from '../api/aml/openapi';
import { amlAlertRaisedEvent } from '../domain/aml/events';
import type { DomainModule } from './domain-module';

/**
 * AML: transaction monitoring (rules as versioned data over the event stream, alerts, risk scores, back-tests) and
 * case management (case workflows with SLAs, holds on payouts, SARs approved by the MLRO, retention).
 */
export const amlDomain: DomainModule = {
  name: 'aml',
  openApi: amlOpenApi,
  topics: [{ topic: amlAlertRaisedEvent.topic, numPartitions: 6 }],
  // aml-cases: the case workflows and the risk.alerts router.
  routes: {
    backOffice: [
      {
        path: '/aml',
        router: (deps) =>
          createAmlCasesRouter({
            db: deps.db,
            temporal: deps.temporal,
            vault: deps.personalDataVault,
            reportingEntity: { id: 'BACKOFFICE-OPERATOR', name: 'iGaming back office (operator)' },
          }),
      },
    ],
  },
  workflows: 'aml',
  processes: [
    {
      name: 'aml-worker',
      entry: 'workers/aml.worker.ts',
      description: 'Temporal worker, task queue "aml" (case and retention workflows), and the risk.alerts router',
      metricsPort: 9473,
    },
  ],
};
