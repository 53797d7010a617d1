import { createAmlCasesRouter } from '../api/aml/cases-router';
import { createDecisionContextRouter } from '../api/aml/decision-context-router';
import { createAmlMonitoringRouter } from '../api/aml/monitoring-router';
import { amlOpenApi } from '../api/aml/openapi';
import { createAmlRetentionRouter } from '../api/aml/retention-router';
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
  routes: {
    backOffice: [
      // Monitoring: rules, back-tests, alerts and risk scores.
      { path: '/aml', router: (deps) => createAmlMonitoringRouter({ db: deps.db }) },
      // Cases: the queue, the case file, its actions and SARs.
      {
        path: '/aml',
        router: (deps) =>
          createAmlCasesRouter({
            db: deps.db,
            temporal: deps.temporal,
            vault: deps.personalDataVault,
            reportingEntity: deps.amlReportingEntity,
          }),
      },
      // Retention: the runs, the dry-run report, a run started now.
      { path: '/aml', router: (deps) => createAmlRetentionRouter({ db: deps.db, temporal: deps.temporal }) },
      // The decision in context and player notes, beside the player 360's routes.
      {
        path: '/players',
        router: (deps) => createDecisionContextRouter({ db: deps.db, vault: deps.personalDataVault }),
      },
    ],
  },
  workflows: 'aml',
  processes: [
    {
      name: 'aml-monitor',
      entry: 'workers/aml-monitor.ts',
      description: 'Kafka consumer: AML rules over wallet, payment and KYC events (group "aml-monitor")',
      metricsPort: 9472,
    },
    {
      name: 'aml-worker',
      entry: 'workers/aml.worker.ts',
      description: 'Temporal worker, task queue "aml" (case and retention workflows), and the risk.alerts router',
      metricsPort: 9473,
    },
  ],
};
