import { createDecisionContextRouter } from '../api/aml/decision-context-router';
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
  routes: {
    backOffice: [
      // aml-context: the decision context and player notes, beside the player 360's routes.
      {
        path: '/players',
        router: (deps) => createDecisionContextRouter({ db: deps.db, vault: deps.personalDataVault }),
      },
    ],
  },
  topics: [{ topic: amlAlertRaisedEvent.topic, numPartitions: 6 }],
};
