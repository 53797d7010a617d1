import { Router } from 'express';
import { z } from 'zod';
import { RgInteractionKind, RgRestrictionKind, RgRestrictionSource } from '../../contracts/rg';
import { harmScoreOf, playerExists } from '../../domain/rg/harm/harm-score';
import { listInteractions, logInteraction } from '../../domain/rg/interactions';
import { applyRestriction, liftRestriction, listRestrictions, restrictionsInForce } from '../../domain/rg/restrictions';
import { listVulnerabilityChecks } from '../../domain/rg/vulnerability/vulnerability-checks';
import { withTransaction, type Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { newBusinessId } from '../../platform/ids';
import { playerIdParam } from '../players/player-router';
import { auditOf, authorize, staffOf } from '../admin/access-control';
import type {
  rgHarmScoreSchema,
  rgInteractionCreatedSchema,
  rgInteractionListSchema,
  rgRestrictionChangeSchema,
  rgRestrictionListSchema,
  rgVulnerabilityCheckListSchema,
} from './harm-response-schemas';

const reason = z.string().trim().min(1, 'give a reason').max(4000);
export const applyRestrictionBody = z
  .object({
    kind: z.enum(RgRestrictionKind),
    reason,
    until: z.iso.datetime({ offset: true }).optional().meta({ description: 'Until when; absent: until lifted.' }),
  })
  .strict();
export const liftRestrictionBody = z.object({ reason }).strict();
export const restrictionParams = playerIdParam.extend({
  restrictionId: z.string().regex(/^rst_[0-9A-Z]{26}$/, 'must be a restriction id'),
});
export const logInteractionBody = z
  .object({
    kind: z.enum([
      RgInteractionKind.CALL,
      RgInteractionKind.MESSAGE,
      RgInteractionKind.CUSTOMER_CONTACT_ABOUT_GAMBLING,
      RgInteractionKind.NOTE,
    ]),
    note: z.string().trim().min(1, 'write what was said').max(10_000),
    strongIndicator: z
      .boolean()
      .default(false)
      .meta({ description: 'The player said they cannot control their gambling: the intervention acts at once.' }),
  })
  .strict();
/** A restriction that is no longer in force (lifted, or past its end). */
export const RESTRICTION_NOT_IN_FORCE = 'RG_RESTRICTION_NOT_IN_FORCE';

/**
 * A player's RG file beside the player 360: the harm score with its contributions, restrictions (applied and
 * lifted by an officer, with a reason), interactions (an officer's or an agent's), and financial vulnerability
 * checks. Every change is audited; each row and its rg.events event are written in one transaction.
 */
export function createRgRestrictionsRouter(deps: { db: Db }): Router {
  const router = Router();
  const knownPlayer = async (params: unknown) => {
    const { playerId } = parseOrThrow(playerIdParam, params, 'path');
    if (!(await playerExists(deps.db, playerId))) throw notFound(`No player ${playerId}`);
    return playerId;
  };

  router.get('/:playerId/rg/harm', authorize('read', 'RgIntervention'), async (req, res) => {
    const playerId = await knownPlayer(req.params);
    res.json((await harmScoreOf(deps.db, playerId)) satisfies z.input<typeof rgHarmScoreSchema>);
  });

  router.get('/:playerId/rg/restrictions', authorize('read', 'RgRestriction'), async (req, res) => {
    const playerId = await knownPlayer(req.params);
    const [inForce, items] = await Promise.all([
      restrictionsInForce(deps.db, playerId),
      listRestrictions(deps.db, playerId),
    ]);
    res.json({ inForce, items } satisfies z.input<typeof rgRestrictionListSchema>);
  });

  router.post('/:playerId/rg/restrictions', authorize('create', 'RgRestriction'), async (req, res) => {
    const playerId = await knownPlayer(req.params);
    const body = parseOrThrow(applyRestrictionBody, req.body ?? {});
    const staffId = staffOf(res).staffId;
    const result = await withTransaction(deps.db, async (tx) => {
      // An officer's restriction of a kind already in force (by an officer) answers that one: one per kind.
      const { rows } = await tx.query<{ restriction_id: string }>(
        `SELECT restriction_id FROM rg_restrictions WHERE player_id = $1 AND kind = $2 AND source = 'OFFICER'
           AND lifted_at IS NULL AND (until IS NULL OR until > now()) FOR UPDATE`,
        [playerId, body.kind],
      );
      if (rows[0]) return { restrictionId: rows[0].restriction_id, created: false };
      return applyRestriction(tx, {
        playerId,
        kind: body.kind,
        source: RgRestrictionSource.OFFICER,
        sourceRef: newBusinessId('officer'),
        reason: body.reason,
        appliedBy: staffId,
        ...(body.until ? { until: new Date(body.until) } : {}),
      });
    });
    await auditOf(res)({
      action: 'rg.restriction.apply',
      entityType: 'RgRestriction',
      entityId: result.restrictionId,
      reason: body.reason,
      after: { playerId, kind: body.kind, until: body.until ?? null, created: result.created },
    });
    res.status(result.created ? 201 : 200).json(result satisfies z.input<typeof rgRestrictionChangeSchema>);
  });

  router.post(
    '/:playerId/rg/restrictions/:restrictionId/lift',
    authorize('update', 'RgRestriction'),
    async (req, res) => {
      const { playerId, restrictionId } = parseOrThrow(restrictionParams, req.params, 'path');
      const body = parseOrThrow(liftRestrictionBody, req.body ?? {});
      const { rowCount } = await deps.db.query(
        'SELECT 1 FROM rg_restrictions WHERE restriction_id = $1 AND player_id = $2',
        [restrictionId, playerId],
      );
      if (!rowCount) throw notFound(`No restriction ${restrictionId} of player ${playerId}`);
      const staffId = staffOf(res).staffId;
      const lifted = await withTransaction(deps.db, (tx) =>
        liftRestriction(tx, { restrictionId, liftedBy: staffId, reason: body.reason }),
      );
      await auditOf(res)({
        action: lifted ? 'rg.restriction.lift' : 'rg.restriction.lift.refused',
        entityType: 'RgRestriction',
        entityId: restrictionId,
        reason: body.reason,
        after: { playerId, lifted },
      });
      if (!lifted) {
        throw new HttpProblemError(409, 'Not in force', 'the restriction is lifted or over already', {
          code: RESTRICTION_NOT_IN_FORCE,
        });
      }
      res.json({ restrictionId, lifted } satisfies z.input<typeof rgRestrictionChangeSchema>);
    },
  );

  router.get('/:playerId/rg/interactions', authorize('read', 'RgInteraction'), async (req, res) => {
    const playerId = await knownPlayer(req.params);
    res.json({ items: await listInteractions(deps.db, playerId) } satisfies z.input<typeof rgInteractionListSchema>);
  });

  router.post('/:playerId/rg/interactions', authorize('create', 'RgInteraction'), async (req, res) => {
    const playerId = await knownPlayer(req.params);
    const body = parseOrThrow(logInteractionBody, req.body ?? {});
    const staffId = staffOf(res).staffId;
    const created = await withTransaction(deps.db, (tx) =>
      logInteraction(tx, {
        playerId,
        kind: body.kind,
        note: body.note,
        by: staffId,
        strongIndicator: body.strongIndicator,
      }),
    );
    await auditOf(res)({
      action: 'rg.interaction.log',
      entityType: 'RgInteraction',
      entityId: created.interactionId,
      after: { playerId, kind: body.kind, strongIndicator: body.strongIndicator },
    });
    res.status(201).json(created satisfies z.input<typeof rgInteractionCreatedSchema>);
  });

  router.get('/:playerId/rg/vulnerability-checks', authorize('read', 'RgIntervention'), async (req, res) => {
    const playerId = await knownPlayer(req.params);
    res.json({
      items: await listVulnerabilityChecks(deps.db, playerId),
    } satisfies z.input<typeof rgVulnerabilityCheckListSchema>);
  });

  return router;
}
