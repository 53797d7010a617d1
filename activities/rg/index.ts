import type { Client } from '@temporalio/client';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { createRgLimitActivities } from './limit-activities';
// rg-exclusions:
import { createExclusionActivities, exclusionPayoutSettingsOf } from './exclusion-activities';
// rg-harm:
import { createInterventionActivities, type InterventionSla } from './intervention-activities';
import { createVulnerabilityActivities } from './vulnerability-activities';

/** What the RG activities need: the database, a Temporal client (to start or signal other RG workflows), a logger. */
export interface RgActivityDeps {
  db: Db;
  temporal: Client;
  logger: Logger;
  /** The configuration (rg-exclusions: the withdrawal policy a self-exclusion's payout is started with). */
  config: Config;
  // rg-harm: the SLA per intervention level (RG_INTERVENTION_SLA) and the credit reference agency's base URL.
  interventionSla: InterventionSla;
  creditReferenceUrl: string;
}

/**
 * The activities of the RG task queue, each idempotent. Each part of the domain spreads its own here (limits,
 * exclusions, interventions, vulnerability checks).
 */
export function createRgActivities(deps: RgActivityDeps) {
  return {
    // rg-limits:
    ...createRgLimitActivities({ db: deps.db }),
    // rg-exclusions:
    ...createExclusionActivities({ ...deps, payouts: exclusionPayoutSettingsOf(deps.config) }),
    // rg-harm:
    ...createInterventionActivities({ db: deps.db, temporal: deps.temporal, sla: deps.interventionSla }),
    ...createVulnerabilityActivities({ db: deps.db, creditReferenceUrl: deps.creditReferenceUrl }),
  };
}
