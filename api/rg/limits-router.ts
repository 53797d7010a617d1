import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { RgLimitChangeStatus, RgLimitErrorType, RgLimitKind, RgLimitPeriod } from '../../contracts/rg';
import { amountMinorSchema } from '../../contracts/wallet';
import { signalLimitChangesCancelled, startLimitChange } from '../../domain/rg/limits/limit-change-starts';
import {
  limitChangeOf,
  limitsOf,
  limitsRecordOf,
  requestLimitChange,
  RgLimitNotADecreaseError,
  RgLimitPeriodError,
  RgUnknownPlayerError,
  staffDecreaseLimit,
  type PendingLimitChange,
} from '../../domain/rg/limits/limits';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { confirmLimitChangeUpdate } from '../../workflows/rg/messages';
import { auditOf, authorize, staffOf } from '../admin/access-control';
import { authenticatedPlayerId } from '../players/player-authentication';
import { playerIdParam } from '../players/player-router';

const PENDING_STATUSES: readonly RgLimitChangeStatus[] = [
  RgLimitChangeStatus.COOLING_OFF,
  RgLimitChangeStatus.AWAITING_CONFIRMATION,
];

/** The longest session-time limit, in minutes: a day. */
const MAX_SESSION_MINUTES = 24 * 60;

/** The HTTP status of each limits refusal (one per code). */
export const rgLimitErrorStatus: Record<RgLimitErrorType, number> = {
  [RgLimitErrorType.PERIOD_NOT_OF_KIND]: 400,
  [RgLimitErrorType.NOT_CONFIRMABLE_YET]: 409,
  [RgLimitErrorType.NOT_PENDING]: 409,
  [RgLimitErrorType.NOT_A_DECREASE]: 422,
};

export const limitPathParams = z.object({ kind: z.enum(RgLimitKind), period: z.enum(RgLimitPeriod) });
export const playerLimitPathParams = playerIdParam.extend(limitPathParams.shape);
export const limitChangeParams = z.object({
  changeId: z.string().regex(/^rglc_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a rglc_… id'),
});

const limitAmount = amountMinorSchema.meta({
  description: 'Minor units of the player’s wallet currency; minutes for SESSION_TIME (1 to 1440).',
});

/** The player's new limit: an amount, or null to remove it (a removal waits the cooling-off as an increase does). */
export const playerLimitBody = z
  .object({
    amount: limitAmount.nullable(),
    reason: z.string().trim().min(1).max(500).optional().meta({ description: 'Why, in the player’s words.' }),
  })
  .strict();

/** Staff lower a limit on the player's behalf, with a reason (audited). */
export const staffLimitDecreaseBody = z
  .object({
    amount: limitAmount,
    reason: z.string().trim().min(10, { error: 'give a reason of at least 10 characters' }).max(1000),
  })
  .strict();

/** The problem a limits refusal answers. */
const limitProblem = (code: RgLimitErrorType, detail: string) =>
  new HttpProblemError(rgLimitErrorStatus[code], 'Limit change refused', detail, { code });

/** Session-time limits are minutes of one session: at least one, at most a day. */
function checkAmount(kind: RgLimitKind, amount: number | null): void {
  if (kind === RgLimitKind.SESSION_TIME && amount !== null && (amount < 1 || amount > MAX_SESSION_MINUTES)) {
    throw new HttpProblemError(
      400,
      'Validation failed',
      `a session-time limit is 1 to ${MAX_SESSION_MINUTES} minutes`,
      {
        code: 'VALIDATION_FAILED',
        where: 'body',
        issues: [{ path: 'amount', message: `must be 1 to ${MAX_SESSION_MINUTES} minutes` }],
      },
    );
  }
}

/** The domain's refusals as problems. */
function asProblem(err: unknown): unknown {
  if (err instanceof RgLimitPeriodError) return limitProblem(err.code, err.message);
  if (err instanceof RgLimitNotADecreaseError) return limitProblem(err.code, err.message);
  if (err instanceof RgUnknownPlayerError) return notFound(err.message);
  return err;
}

/** What the player sees of a pending change (not the workflow's id). */
const playerChangeView = ({ workflowId: _workflowId, ...change }: PendingLimitChange) => change;

/**
 * The player API of limits: read them (what is left of each window, the pending increases with when they take
 * effect), set one (a first limit or a decrease applies at once; an increase or a removal waits the jurisdiction's
 * cooling-off in `rg:limit-change:<id>`), and confirm an increase after its cooling-off where the jurisdiction asks.
 * The player's own only: the player is the token's.
 */
export function createPlayerLimitsRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();

  router.get('/rg/limits', async (_req, res) => {
    const playerId = authenticatedPlayerId(res);
    const limits = await limitsOf(deps.db, playerId);
    if (!limits) throw notFound(`No player ${playerId}`);
    res.json({ ...limits, pending: limits.pending.map(playerChangeView) });
  });

  router.put('/rg/limits/:kind/:period', async (req, res) => {
    const { kind, period } = parseOrThrow(limitPathParams, req.params, 'path');
    const { amount, reason } = parseOrThrow(playerLimitBody, req.body);
    checkAmount(kind, amount);
    const playerId = authenticatedPlayerId(res);
    const outcome = await requestLimitChange(
      deps.db,
      { playerId, kind, period, amount, reason: reason ?? 'set by the player', requestedBy: playerId },
      // In the transaction: without Temporal nothing is recorded, and the player may ask again.
      async (recorded) => {
        await signalLimitChangesCancelled(deps.temporal, recorded.cancelledWorkflowIds);
        if (recorded.outcome === 'PENDING') await startLimitChange(deps.temporal, recorded.start);
      },
    ).catch((err: unknown) => {
      throw asProblem(err);
    });
    if (outcome.outcome === 'PENDING') {
      res.status(202).json({ outcome: outcome.outcome, pendingChange: playerChangeView(outcome.change) });
      return;
    }
    res.json({ outcome: outcome.outcome, amount: outcome.amount, pendingChange: null });
  });

  router.post('/rg/limit-changes/:changeId/confirm', async (req, res) => {
    const { changeId } = parseOrThrow(limitChangeParams, req.params, 'path');
    const change = await limitChangeOf(deps.db, authenticatedPlayerId(res), changeId);
    if (!change) throw notFound(`No limit change ${changeId}`);
    if (!PENDING_STATUSES.includes(change.status)) {
      throw limitProblem(RgLimitErrorType.NOT_PENDING, `this limit change is ${change.status}: nothing to confirm`);
    }
    res.json(await confirmByUpdate(deps.temporal, change.workflowId));
  });

  return router;
}

/** Runs the confirmation Update; its validator's refusal, or a workflow already ended, becomes a problem. */
async function confirmByUpdate(temporal: Client, workflowId: string) {
  try {
    return await temporal.workflow.getHandle(workflowId).executeUpdate(confirmLimitChangeUpdate);
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) {
      throw limitProblem(RgLimitErrorType.NOT_PENDING, 'this limit change is no longer pending');
    }
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type && cause.type in rgLimitErrorStatus) {
      throw limitProblem(cause.type as RgLimitErrorType, cause.message);
    }
    throw err;
  }
}

/**
 * The back office of limits: a player's limits (in force, pending with their countdown, the full history and the
 * changes that did not apply), and a decrease on the player's behalf with a reason, audited whether accepted or
 * refused. Staff never raise a limit: increases are the player's own.
 */
export function createBackOfficeLimitsRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();

  router.get('/:playerId/rg/limits', authorize('read', 'RgLimit'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const record = await limitsRecordOf(deps.db, playerId);
    if (!record) throw notFound(`No player ${playerId}`);
    res.json(record);
  });

  router.put('/:playerId/rg/limits/:kind/:period', authorize('update', 'RgLimit'), async (req, res) => {
    const { playerId, kind, period } = parseOrThrow(playerLimitPathParams, req.params, 'path');
    const { amount, reason } = parseOrThrow(staffLimitDecreaseBody, req.body);
    checkAmount(kind, amount);
    const audit = auditFor(res, playerId, reason, { kind, period, requested: amount });
    try {
      const lowered = await staffDecreaseLimit(
        deps.db,
        { playerId, kind, period, amount, reason, requestedBy: staffOf(res).staffId },
        (cancelled) => signalLimitChangesCancelled(deps.temporal, cancelled),
      ).catch((err: unknown) => {
        throw asProblem(err);
      });
      await audit('rg.limit.decrease', { from: lowered.from, to: lowered.to, cancelled: lowered.cancelledWorkflowIds });
      res.json({ playerId, kind, period, fromAmount: lowered.from, toAmount: lowered.to });
    } catch (err) {
      if (err instanceof HttpProblemError) {
        await audit('rg.limit.decrease.refused', {
          httpStatus: err.status,
          code: err.extensions.code,
          detail: err.detail ?? null,
        });
      }
      throw err;
    }
  });

  return router;
}

/** The audit of one staff decision on a player's limit. */
function auditFor(res: Response, playerId: string, reason: string, before: Record<string, unknown>) {
  return (action: string, after: Record<string, unknown>) =>
    auditOf(res)({ action, entityType: 'Player', entityId: playerId, reason, before, after });
}
