import { createBackOfficeLimitsRouter, createPlayerLimitsRouter } from '../api/rg/limits-router';
import { rgLimitsOpenApi } from '../api/rg/limits-openapi';
import type { DomainOpenApi } from '../api/openapi/operation-spec';
import { createRgExclusionsRouter } from '../api/rg/exclusions-router';
import { rgOpenApi } from '../api/rg/openapi';
import { createPlayerExclusionsRouter } from '../api/rg/player-exclusions-router';
import { RG_EVENTS_TOPIC } from '../contracts/rg';
import type { DomainModule, RouteMount } from './domain-module';

// Each part of the domain adds its routes and its OpenAPI part to these lists (one block per part).

/** The player API of responsible gambling (bearer token; the player's own only). */
const publicRoutes: RouteMount[] = [
  // rg-limits:
  { path: '/player/v1', router: (deps) => createPlayerLimitsRouter({ db: deps.db, temporal: deps.temporal }) },
  // rg-exclusions: time-outs, self-exclusions and reality checks in the player API.
  { path: '/player/v1', router: (deps) => createPlayerExclusionsRouter({ db: deps.db, temporal: deps.temporal }) },
];

/** The back office of responsible gambling (staff session, CASL abilities, audited actions). */
const backOfficeRoutes: RouteMount[] = [
  // rg-limits:
  { path: '/players', router: (deps) => createBackOfficeLimitsRouter({ db: deps.db, temporal: deps.temporal }) },
  // rg-harm: the RG officer queue and interventions; a player's harm score, restrictions, interactions, checks.
  { path: '/rg', router: (deps) => createRgInterventionsRouter({ db: deps.db, temporal: deps.temporal }) },
  { path: '/players', router: (deps) => createRgRestrictionsRouter({ db: deps.db }) },
  // rg-exclusions: a player's exclusions and national scheme checks, an exclusion started for the player.
  { path: '/players', router: (deps) => createRgExclusionsRouter({ db: deps.db, temporal: deps.temporal }) },
];

/** The OpenAPI parts, in the order readers meet them. */
const openApiParts: readonly DomainOpenApi[] = [
  // rg-limits:
  rgLimitsOpenApi,
  // rg-harm:
  rgHarmOpenApi,
  // rg-exclusions:
  rgOpenApi,
];
// rg-harm:
import { rgHarmOpenApi } from '../api/rg/harm-openapi';
import { createRgInterventionsRouter } from '../api/rg/interventions-router';
import { createRgRestrictionsRouter } from '../api/rg/restrictions-router';

/**
 * Responsible gambling: limits with cooling-off, time-outs and self-exclusion, national exclusion schemes,
 * financial vulnerability checks, markers of harm and the interventions they start, reality checks.
 */
export const rgDomain: DomainModule = {
  name: 'rg',
  openApi: {
    tags: openApiParts.flatMap((part) => part.tags ?? []),
    requestSchemas: openApiParts.flatMap((part) => part.requestSchemas),
    operations: openApiParts.flatMap((part) => part.operations),
  },
  routes: { public: publicRoutes, backOffice: backOfficeRoutes },
  topics: [{ topic: RG_EVENTS_TOPIC, numPartitions: 6 }],
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
