import type { Client } from '@temporalio/client';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { createRgLimitActivities } from './limit-activities';

/** What the RG activities need: the database, a Temporal client (to start or signal other RG workflows), a logger. */
export interface RgActivityDeps {
  db: Db;
  temporal: Client;
  logger: Logger;
}

/**
 * The activities of the RG task queue, each idempotent. Each part of the domain spreads its own here (limits,
 * exclusions, interventions, vulnerability checks).
 */
export function createRgActivities(deps: RgActivityDeps) {
  return {
    // rg-limits:
    ...createRgLimitActivities({ db: deps.db }),
  };
}
