import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Router } from 'express';
import { z } from 'zod';
import { DueDiligenceErrorType, SourceOfFundsStatus } from '../../contracts/kyc';
import {
  kycStandingDetailOf,
  openRequestOf,
  sourceOfFundsRequest,
  submitSourceOfFundsEvidence,
  type SourceOfFundsRequest,
} from '../../domain/kyc/due-diligence';
import type { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { clearDueDiligenceUpdate, sourceOfFundsSubmittedSignal } from '../../workflows/kyc/messages';
import { auditOf, authorize, staffOf } from '../admin/access-control';
import { authenticatedPlayerId } from '../players/player-authentication';
import { playerIdParam } from '../players/player-router';

/** The player's source-of-funds evidence: where it is (a document's name or reference) and what it shows. */
export const sourceOfFundsEvidenceBody = z
  .object({
    reference: z.string().trim().min(1).max(200).meta({
      description: 'Which document or record shows the funds (e.g. "payslips March–May", a bank statement name).',
    }),
    description: z.string().trim().min(1).max(2000).meta({
      description: 'Where the money the player gambles with comes from, in their words.',
    }),
  })
  .strict();

export const clearDueDiligenceBody = z
  .object({
    reason: z.string().trim().min(10, { error: 'give a reason of at least 10 characters' }).max(1000),
  })
  .strict();

export const sourceOfFundsRequestParams = playerIdParam.extend({
  requestId: z.string().regex(/^sof_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a sof_… id'),
});

/** The HTTP status of each refusal of the clearance Update's validator. */
export const dueDiligenceDecisionStatus: Record<string, number> = {
  [DueDiligenceErrorType.ALREADY_CLEARED]: 409,
  [DueDiligenceErrorType.REASON_REQUIRED]: 400,
};

/**
 * What the player sees of a request: what is asked and by when. Not what raised it: telling a player that
 * screening matched them to a politically exposed person, or that a risk rule fired, could tip them off.
 */
const playerView = (request: SourceOfFundsRequest) => ({
  requestId: request.requestId,
  status: request.status,
  dueAt: request.dueAt,
  submittedAt: request.submittedAt,
});

/**
 * The player API of enhanced due diligence: read the open source-of-funds request, and send the evidence for it
 * (stored sealed in Postgres; the workflow is told by a Signal that carries no evidence). The player's own only.
 */
export function createPlayerDueDiligenceRouter(deps: { db: Db; temporal: Client; vault: PersonalDataVault }): Router {
  const router = Router();

  router.get('/kyc/source-of-funds', async (_req, res) => {
    const request = await openRequestOf(deps.db, authenticatedPlayerId(res));
    if (!request) throw notFound('No open source-of-funds request');
    res.json(playerView(request));
  });

  router.post('/kyc/source-of-funds', async (req, res) => {
    const evidence = parseOrThrow(sourceOfFundsEvidenceBody, req.body);
    const request = await submitSourceOfFundsEvidence(deps.db, deps.vault, authenticatedPlayerId(res), evidence);
    if (!request) throw notFound('No open source-of-funds request');
    await deps.temporal.workflow.getHandle(request.workflowId).signal(sourceOfFundsSubmittedSignal);
    res.json(playerView(request));
  });

  return router;
}

/**
 * The back office of KYC standing: a player's standing for the player 360 (status, level, restriction, the open
 * source-of-funds request), and an officer's clearance of a request (the workflow's validated Update), audited
 * whether accepted or refused.
 */
export function createBackOfficeDueDiligenceRouter(deps: { db: Db; temporal: Client }): Router {
  const router = Router();

  router.get('/players/:playerId/standing', authorize('read', 'KycStanding'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const standing = await kycStandingDetailOf(deps.db, playerId);
    if (!standing) throw notFound(`No player ${playerId}`);
    res.json(standing);
  });

  router.post(
    '/players/:playerId/source-of-funds/:requestId/clear',
    authorize('update', 'DueDiligence'),
    async (req, res) => {
      const { playerId, requestId } = parseOrThrow(sourceOfFundsRequestParams, req.params, 'path');
      const { reason } = parseOrThrow(clearDueDiligenceBody, req.body);
      const request = await sourceOfFundsRequest(deps.db, playerId, requestId);
      if (!request) throw notFound(`No source-of-funds request ${requestId} of player ${playerId}`);
      const before = { requestId, status: request.status };
      try {
        if (request.status === SourceOfFundsStatus.CLEARED) {
          throw new HttpProblemError(409, 'Decision refused', 'this request is already cleared', {
            code: DueDiligenceErrorType.ALREADY_CLEARED,
          });
        }
        const state = await clearByUpdate(deps.temporal, request.workflowId, {
          officerId: staffOf(res).staffId,
          reason,
        });
        await auditOf(res)({
          action: 'kyc.source-of-funds.clear',
          entityType: 'Player',
          entityId: playerId,
          reason,
          before,
          after: { requestId, status: state.status },
        });
        res.json(state);
      } catch (err) {
        if (err instanceof HttpProblemError) {
          await auditOf(res)({
            action: 'kyc.source-of-funds.clear.refused',
            entityType: 'Player',
            entityId: playerId,
            reason,
            before,
            after: { httpStatus: err.status, code: err.extensions.code ?? null, detail: err.detail ?? null },
          });
        }
        throw err;
      }
    },
  );

  return router;
}

/** Runs the clearance Update; its validator's refusal, or a workflow already ended, becomes a problem. */
async function clearByUpdate(temporal: Client, workflowId: string, input: { officerId: string; reason: string }) {
  try {
    return await temporal.workflow.getHandle(workflowId).executeUpdate(clearDueDiligenceUpdate, { args: [input] });
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) {
      throw new HttpProblemError(409, 'Decision refused', 'this request is no longer open', {
        code: DueDiligenceErrorType.ALREADY_CLEARED,
      });
    }
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type && cause.type in dueDiligenceDecisionStatus) {
      throw new HttpProblemError(dueDiligenceDecisionStatus[cause.type]!, 'Decision refused', cause.message, {
        code: cause.type,
      });
    }
    throw err;
  }
}
