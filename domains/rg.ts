import { RG_EVENTS_TOPIC } from '../contracts/rg';
// rg-harm:
import { rgHarmOpenApi } from '../api/rg/harm-openapi';
import { createRgInterventionsRouter } from '../api/rg/interventions-router';
import { createRgRestrictionsRouter } from '../api/rg/restrictions-router';
import type { DomainModule } from './domain-module';

/**
 * Responsible gambling: limits with cooling-off, time-outs and self-exclusion, national exclusion schemes,
 * financial vulnerability checks, markers of harm and the interventions they start, reality checks.
 */
export const rgDomain: DomainModule = {
  name: 'rg',
  topics: [{ topic: RG_EVENTS_TOPIC, numPartitions: 6 }],
  // rg-harm: (the other parts add theirs to the list)
  openApi: rgHarmOpenApi,
  routes: {
    backOffice: [
      // rg-harm: the RG officer queue and interventions; a player's harm score, restrictions, interactions, checks.
      { path: '/rg', router: (deps) => createRgInterventionsRouter({ db: deps.db, temporal: deps.temporal }) },
      { path: '/players', router: (deps) => createRgRestrictionsRouter({ db: deps.db }) },
    ],
  },
  workflows: 'rg',
  processes: [
    {
      name: 'rg-worker',
      entry: 'workers/rg.worker.ts',
      description: 'Temporal worker, task queue "rg" (limit changes, exclusions, interventions, vulnerability checks)',
      metricsPort: 9474,
    },
    // rg-harm:
    {
      name: 'rg-monitor',
      entry: 'workers/rg-monitor.ts',
      description: 'Kafka consumer: markers of harm, interventions and vulnerability checks (group "rg-monitor")',
      metricsPort: 9475,
    },
  ],
};
