import type { Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { RgExclusionKind } from '../../contracts/rg';
import { requestExclusion } from '../../domain/rg/exclusions/exclusion-requests';
import {
  listPlayerExclusions,
  selfExclusionRequestSchema,
  timeOutRequestSchema,
} from '../../domain/rg/exclusions/exclusions';
import { listSchemeChecks } from '../../domain/rg/schemes/scheme-checks';
import { findPlayer } from '../../domain/wallet/players';
import type { Db } from '../../platform/db';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { auditContextOf, authorize } from '../admin/access-control';
import { playerIdParam } from '../players/player-router';
import { exclusionOrProblem } from './exclusion-problems';
import type {
  rgExclusionStartedSchema,
  rgPlayerExclusionsSchema,
  rgSchemeCheckListSchema,
} from './exclusions-response-schemas';

const staffReason = z.string().trim().min(1).max(500).meta({
  description: 'Why, as the player told the agent (required, audited).',
});

/** A time-out or self-exclusion that an agent starts on the player's behalf (the player asked them). */
export const staffExclusionBody = z.discriminatedUnion('kind', [
  timeOutRequestSchema.extend({ kind: z.literal(RgExclusionKind.TIME_OUT), reason: staffReason }).strict(),
  selfExclusionRequestSchema.extend({ kind: z.literal(RgExclusionKind.SELF_EXCLUSION), reason: staffReason }).strict(),
]);

/**
 * The back office of a player's exclusions: read them with the national scheme checks beside them, start one on
 * the player's behalf (customer support, RG officers; audited with the reason), read the scheme checks alone.
 */
export function createRgExclusionsRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();

  const requirePlayer = async (playerId: string) => {
    if (!(await findPlayer(deps.db, playerId))) throw notFound(`No player ${playerId}`);
  };

  router.get('/:playerId/rg/exclusions', authorize('read', 'RgExclusion'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    await requirePlayer(playerId);
    const [exclusions, schemeChecks] = await Promise.all([
      listPlayerExclusions(deps.db, playerId),
      listSchemeChecks(deps.db, playerId),
    ]);
    res.json({ exclusions, schemeChecks } satisfies z.input<typeof rgPlayerExclusionsSchema>);
  });

  router.post('/:playerId/rg/exclusions', authorize('create', 'RgExclusion'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const body = parseOrThrow(staffExclusionBody, req.body);
    const { actor, requestId, sourceIp } = auditContextOf(res);
    const started = await exclusionOrProblem(() =>
      requestExclusion(deps, {
        playerId,
        kind: body.kind,
        length: body.kind === RgExclusionKind.TIME_OUT ? { hours: body.hours } : { months: body.months },
        requestedBy: actor,
        reason: body.reason,
        requestId,
        sourceIp,
      }),
    );
    res.status(201).json(started satisfies z.input<typeof rgExclusionStartedSchema>);
  });

  router.get('/:playerId/rg/scheme-checks', authorize('read', 'RgExclusion'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    await requirePlayer(playerId);
    res.json({ items: await listSchemeChecks(deps.db, playerId) } satisfies z.input<typeof rgSchemeCheckListSchema>);
  });

  return router;
}
