import { RG_EVENTS_TOPIC } from '../contracts/rg';
import type { DomainModule } from './domain-module';

/**
 * Responsible gambling: limits with cooling-off, time-outs and self-exclusion, national exclusion schemes,
 * financial vulnerability checks, markers of harm and the interventions they start, reality checks.
 */
export const rgDomain: DomainModule = {
  name: 'rg',
  topics: [{ topic: RG_EVENTS_TOPIC, numPartitions: 6 }],
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
