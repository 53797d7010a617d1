import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Router, type Response } from 'express';
import { z } from 'zod';
import {
  RgInteractionKind,
  RgInterventionErrorType,
  rgInterventionWorkflowId,
  type RgInterventionActor,
  type RgInterventionState,
} from '../../contracts/rg';
import {
  findIntervention,
  INTERVENTION_QUEUE_SORTS,
  listOpenInterventions,
} from '../../domain/rg/interventions/interventions';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import {
  claimInterventionUpdate,
  escalateInterventionUpdate,
  logInterventionInteractionUpdate,
  resolveInterventionUpdate,
} from '../../workflows/rg/messages';
import { auditOf, authorize, staffOf } from '../admin/access-control';
import { queueQueryShape } from '../queue-query';
import type {
  rgInterventionDetailSchema,
  rgInterventionPageSchema,
  rgInterventionStateSchema,
} from './harm-response-schemas';

export const interventionQueueQuery = z
  .object({
    ...queueQueryShape(INTERVENTION_QUEUE_SORTS, { sort: 'slaDueAt', order: 'asc' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export const interventionParams = z.object({
  playerId: z.string().regex(/^pl_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a player id'),
  n: z.coerce.number().int().min(1).max(1_000_000),
});
const reason = z.string().trim().min(1, 'give a reason').max(4000);
export const interventionReasonBody = z.object({ reason }).strict();
export const interventionResolveBody = z
  .object({
    outcome: z
      .enum(['NO_FURTHER_ACTION', 'RESTRICTIONS_KEPT', 'RESTRICTIONS_LIFTED', 'REFERRED_TO_SUPPORT'])
      .meta({ description: 'What the officer decided.' }),
    reason,
  })
  .strict();
export const interventionInteractionBody = z
  .object({
    kind: z.enum([RgInteractionKind.CALL, RgInteractionKind.MESSAGE, RgInteractionKind.NOTE]),
    note: z.string().trim().min(1, 'write what was said').max(10_000),
  })
  .strict();

/** The HTTP status of each refusal of the intervention Updates' validators. */
export const rgInterventionRefusalStatus: Record<
  (typeof RgInterventionErrorType)[keyof typeof RgInterventionErrorType],
  number
> = {
  [RgInterventionErrorType.NotAnOfficer]: 403,
  [RgInterventionErrorType.NotOpen]: 409,
  [RgInterventionErrorType.NotYours]: 409,
  [RgInterventionErrorType.AlreadyAtTop]: 409,
  [RgInterventionErrorType.NoInteraction]: 422,
};
type RefusalCode = keyof typeof rgInterventionRefusalStatus;

/**
 * The RG officer queue (open interventions with their SLA, level and score), one intervention with its timeline, and
 * the officer's acts on it as Workflow Updates on `rg:intervention:<playerId>:<n>`: claim, log an interaction,
 * escalate, resolve. The ability is checked here and the workflow's validators check the rest; every act, accepted
 * or refused, is audited.
 */
export function createRgInterventionsRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();
  const actorOf = (res: Response): RgInterventionActor => {
    const staff = staffOf(res);
    return { staffId: staff.staffId, roles: [...staff.roles] };
  };

  const act = async (
    res: Response,
    params: z.output<typeof interventionParams>,
    action: string,
    send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<RgInterventionState>,
    why?: string,
  ): Promise<RgInterventionState> => {
    const workflowId = rgInterventionWorkflowId(params.playerId, params.n);
    if (!(await findIntervention(deps.db, workflowId))) throw notFound(`No intervention ${workflowId}`);
    try {
      const state = await send(deps.temporal.workflow.getHandle(workflowId)).catch((err: unknown) => {
        if (err instanceof WorkflowNotFoundError) {
          throw new HttpProblemError(409, 'Refused', 'the intervention is resolved', {
            code: RgInterventionErrorType.NotOpen,
          });
        }
        const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
        if (cause instanceof ApplicationFailure && cause.type && cause.type in rgInterventionRefusalStatus) {
          throw new HttpProblemError(rgInterventionRefusalStatus[cause.type as RefusalCode], 'Refused', cause.message, {
            code: cause.type,
          });
        }
        throw err;
      });
      await auditOf(res)({
        action: `rg.intervention.${action}`,
        entityType: 'RgIntervention',
        entityId: workflowId,
        reason: why,
        after: { status: state.status, level: state.level, assignee: state.assignee ?? null },
      });
      return state;
    } catch (err) {
      if (err instanceof HttpProblemError) {
        await auditOf(res)({
          action: `rg.intervention.${action}.refused`,
          entityType: 'RgIntervention',
          entityId: workflowId,
          reason: why,
          after: { httpStatus: err.status, code: err.extensions.code ?? null, detail: err.detail ?? null },
        });
      }
      throw err;
    }
  };
  const answer = (res: Response, state: RgInterventionState) =>
    res.json(state satisfies z.input<typeof rgInterventionStateSchema>);

  router.get('/interventions', authorize('read', 'RgIntervention'), async (req, res) => {
    const query = parseOrThrow(interventionQueueQuery, req.query, 'query');
    const page = await listOpenInterventions(deps.db, { ...query, staffId: staffOf(res).staffId });
    res.json({ ...page, limit: query.limit, offset: query.offset } satisfies z.input<typeof rgInterventionPageSchema>);
  });

  router.get('/interventions/:playerId/:n', authorize('read', 'RgIntervention'), async (req, res) => {
    const params = parseOrThrow(interventionParams, req.params, 'path');
    const found = await findIntervention(deps.db, rgInterventionWorkflowId(params.playerId, params.n));
    if (!found) throw notFound(`No intervention ${params.n} of player ${params.playerId}`);
    res.json(found satisfies z.input<typeof rgInterventionDetailSchema>);
  });

  router.post('/interventions/:playerId/:n/claim', authorize('update', 'RgIntervention'), async (req, res) => {
    const params = parseOrThrow(interventionParams, req.params, 'path');
    const actor = actorOf(res);
    answer(res, await act(res, params, 'claim', (h) => h.executeUpdate(claimInterventionUpdate, { args: [actor] })));
  });

  router.post('/interventions/:playerId/:n/interactions', authorize('update', 'RgIntervention'), async (req, res) => {
    const params = parseOrThrow(interventionParams, req.params, 'path');
    const body = parseOrThrow(interventionInteractionBody, req.body ?? {});
    const actor = actorOf(res);
    answer(
      res,
      await act(
        res,
        params,
        'interaction',
        (h) => h.executeUpdate(logInterventionInteractionUpdate, { args: [{ ...actor, ...body }] }),
        body.kind,
      ),
    );
  });

  router.post('/interventions/:playerId/:n/escalate', authorize('update', 'RgIntervention'), async (req, res) => {
    const params = parseOrThrow(interventionParams, req.params, 'path');
    const body = parseOrThrow(interventionReasonBody, req.body ?? {});
    const actor = actorOf(res);
    answer(
      res,
      await act(
        res,
        params,
        'escalate',
        (h) => h.executeUpdate(escalateInterventionUpdate, { args: [{ ...actor, ...body }] }),
        body.reason,
      ),
    );
  });

  router.post('/interventions/:playerId/:n/resolve', authorize('update', 'RgIntervention'), async (req, res) => {
    const params = parseOrThrow(interventionParams, req.params, 'path');
    const body = parseOrThrow(interventionResolveBody, req.body ?? {});
    const actor = actorOf(res);
    answer(
      res,
      await act(
        res,
        params,
        'resolve',
        (h) => h.executeUpdate(resolveInterventionUpdate, { args: [{ ...actor, ...body }] }),
        body.reason,
      ),
    );
  });

  return router;
}
