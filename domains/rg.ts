import { createRgExclusionsRouter } from '../api/rg/exclusions-router';
import { rgOpenApi } from '../api/rg/openapi';
import { createPlayerExclusionsRouter } from '../api/rg/player-exclusions-router';
import { RG_EVENTS_TOPIC } from '../contracts/rg';
import type { DomainModule } from './domain-module';

/**
 * Responsible gambling: limits with cooling-off, time-outs and self-exclusion, national exclusion schemes,
 * financial vulnerability checks, markers of harm and the interventions they start, reality checks.
 */
export const rgDomain: DomainModule = {
  name: 'rg',
  openApi: rgOpenApi,
  topics: [{ topic: RG_EVENTS_TOPIC, numPartitions: 6 }],
  routes: {
    public: [
      // rg-exclusions: time-outs, self-exclusions and reality checks in the player API.
      { path: '/player/v1', router: (deps) => createPlayerExclusionsRouter({ db: deps.db, temporal: deps.temporal }) },
    ],
    backOffice: [
      // rg-exclusions: a player's exclusions and national scheme checks, an exclusion started for the player.
      { path: '/players', router: (deps) => createRgExclusionsRouter({ db: deps.db, temporal: deps.temporal }) },
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
  ],
};
