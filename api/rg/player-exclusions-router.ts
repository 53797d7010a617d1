import type { Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { RgExclusionKind } from '../../contracts/rg';
import { requestExclusion, requestExclusionReturn } from '../../domain/rg/exclusions/exclusion-requests';
import {
  listPlayerExclusions,
  selfExclusionRequestSchema,
  timeOutRequestSchema,
} from '../../domain/rg/exclusions/exclusions';
import { realityCheckOf, realityCheckSettingSchema, setRealityCheckInterval } from '../../domain/rg/reality-checks';
import type { Db } from '../../platform/db';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { authenticatedPlayerId } from '../players/player-authentication';
import { exclusionOrProblem } from './exclusion-problems';
import type {
  rgExclusionListSchema,
  rgExclusionReturnSchema,
  rgExclusionStartedSchema,
  rgRealityCheckSchema,
} from './exclusions-response-schemas';

export const exclusionIdParam = z.object({
  exclusionId: z.string().regex(/^rgx_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an rgx_… id'),
});

/**
 * The player API of time-outs, self-exclusions and reality checks, always the authenticated player's own: take a
 * time-out or self-exclude (in force at once), ask to return after a self-exclusion's length, list them; set the
 * reality-check interval and read when the next reminder is due and what the session has cost.
 */
export function createPlayerExclusionsRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();

  router.post('/rg/time-outs', async (req, res) => {
    const { hours, reason } = parseOrThrow(timeOutRequestSchema, req.body);
    const playerId = authenticatedPlayerId(res);
    const started = await exclusionOrProblem(() =>
      requestExclusion(deps, {
        playerId,
        kind: RgExclusionKind.TIME_OUT,
        length: { hours },
        requestedBy: playerId,
        reason: reason ?? 'Asked by the player',
      }),
    );
    res.status(201).json(started satisfies z.input<typeof rgExclusionStartedSchema>);
  });

  router.post('/rg/self-exclusions', async (req, res) => {
    const { months, reason } = parseOrThrow(selfExclusionRequestSchema, req.body);
    const playerId = authenticatedPlayerId(res);
    const started = await exclusionOrProblem(() =>
      requestExclusion(deps, {
        playerId,
        kind: RgExclusionKind.SELF_EXCLUSION,
        length: { months },
        requestedBy: playerId,
        reason: reason ?? 'Asked by the player',
      }),
    );
    res.status(201).json(started satisfies z.input<typeof rgExclusionStartedSchema>);
  });

  router.post('/rg/self-exclusions/:exclusionId/return-request', async (req, res) => {
    const { exclusionId } = parseOrThrow(exclusionIdParam, req.params, 'path');
    const playerId = authenticatedPlayerId(res);
    const answered = await exclusionOrProblem(() => requestExclusionReturn(deps, { playerId, exclusionId }));
    if (!answered) throw notFound(`No self-exclusion ${exclusionId}`);
    res.status(202).json(answered satisfies z.input<typeof rgExclusionReturnSchema>);
  });

  router.get('/rg/exclusions', async (_req, res) => {
    const items = await listPlayerExclusions(deps.db, authenticatedPlayerId(res));
    res.json({ items } satisfies z.input<typeof rgExclusionListSchema>);
  });

  router.put('/rg/reality-check', async (req, res) => {
    const { intervalMinutes } = parseOrThrow(realityCheckSettingSchema, req.body);
    const playerId = authenticatedPlayerId(res);
    await setRealityCheckInterval(deps.db, playerId, intervalMinutes);
    res.json((await realityCheckOf(deps.db, playerId)) satisfies z.input<typeof rgRealityCheckSchema>);
  });

  router.get('/rg/reality-check', async (_req, res) => {
    res.json(
      (await realityCheckOf(deps.db, authenticatedPlayerId(res))) satisfies z.input<typeof rgRealityCheckSchema>,
    );
  });

  return router;
}
