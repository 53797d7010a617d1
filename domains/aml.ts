import { createAmlMonitoringRouter } from '../api/aml/monitoring-router';
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
  // Monitoring (aml-rules): rules, back-tests, alerts and risk scores; the monitoring consumer.
  routes: {
    backOffice: [{ path: '/aml', router: (deps) => createAmlMonitoringRouter({ db: deps.db }) }],
  },
  processes: [
    {
      name: 'aml-monitor',
      entry: 'workers/aml-monitor.ts',
      description: 'Kafka consumer: AML rules over wallet, payment and KYC events (group "aml-monitor")',
      metricsPort: 9472,
    },
  ],
};
