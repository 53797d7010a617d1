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
  // PLACEHOLDER (owned by aml-cases): the AML worker bundles workflows/aml (the case and retention workflows).
  workflows: 'aml',
};
