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
  routes: {
    backOffice: [
      // aml-retention: the retention runs, the dry-run report, a run started now.
      { path: '/aml', router: (deps) => createAmlRetentionRouter({ db: deps.db, temporal: deps.temporal }) },
    ],
  },
  topics: [{ topic: amlAlertRaisedEvent.topic, numPartitions: 6 }],
  // PLACEHOLDER (owned by aml-cases): the AML worker bundles workflows/aml (the case and retention workflows).
  workflows: 'aml',
};
