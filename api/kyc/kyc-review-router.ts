import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { KycErrorType, KycReviewDecision, type KycOnboardingState } from '../../contracts/kyc';
import { findKycReview, listKycReviews, type KycReview } from '../../domain/kyc/kyc-reviews';
import type { Db } from '../../platform/db';
import { unavailableEngineOf } from '../../platform/engine-errors';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { decideKycReviewUpdate, getKycStatusQuery } from '../../workflows/kyc/messages';
import { abilityOf, auditOf, authorize, staffOf } from '../admin/access-control';
import type { kycReviewDetailSchema } from './response-schemas';

/** How long a review's detail waits for its onboarding's live state before answering without it. */
const LIVE_STATE_TIMEOUT_MS = 1_500;

export const reviewQueueQuery = z.object({
  status: z.enum(['OPEN', 'CLEARED', 'REJECTED']).default('OPEN'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const reviewIdParam = z.object({
  reviewId: z.string().regex(/^kyc-review:[\w-]{1,100}$/, 'must be a review id'),
});
export const reviewDecisionBody = z.object({
  decision: z.enum(KycReviewDecision),
  reason: z.string().trim().min(1, 'a KYC decision needs a reason').max(2000),
});

/** The HTTP status of each refusal of the review Update's validator. */
export const kycDecisionStatus: Record<KycErrorType, number> = {
  [KycErrorType.NotInReview]: 409,
  [KycErrorType.NotAuthorised]: 403,
  [KycErrorType.ReasonRequired]: 400,
  [KycErrorType.AlreadyCleared]: 409,
};

const refused = (code: KycErrorType, detail: string) =>
  new HttpProblemError(kycDecisionStatus[code], 'Decision refused', detail, { code });

/**
 * The officers' KYC review queue: open reviews oldest first, one review with its evidence (screening ids, the
 * provider's check results from the live onboarding) and the decision as a Workflow Update with a reason. The
 * abilities are enforced here, the workflow's validator checks again (four eyes: never the same officer twice),
 * and every decision, accepted or refused, is audited.
 */
export function createKycReviewRouter(deps: {
  db: Db;
  temporal: Client;
  webLink: (workflowId: string) => string;
}): Router {
  const router = Router();
  const handleOf = (review: KycReview) => deps.temporal.workflow.getHandle(review.workflowId, review.runId);

  const liveState = async (review: KycReview): Promise<KycOnboardingState | undefined> => {
    try {
      return await deps.temporal.withDeadline(Date.now() + LIVE_STATE_TIMEOUT_MS, () =>
        handleOf(review).query(getKycStatusQuery),
      );
    } catch (err) {
      // The review comes from Postgres; the live state is extra, left out while Temporal does not answer.
      if (err instanceof WorkflowNotFoundError || unavailableEngineOf(err) === 'temporal') return undefined;
      throw err;
    }
  };

  router.get('/reviews', authorize('read', 'KycReview'), async (req, res) => {
    const query = parseOrThrow(reviewQueueQuery, req.query, 'query');
    res.json({ ...(await listKycReviews(deps.db, query)), limit: query.limit, offset: query.offset });
  });

  router.get('/reviews/:reviewId', authorize('read', 'KycReview'), async (req, res) => {
    const { reviewId } = parseOrThrow(reviewIdParam, req.params, 'path');
    const review = await findKycReview(deps.db, reviewId);
    if (!review) throw notFound(`No KYC review ${reviewId}`);
    const live = await liveState(review);
    const ofThisReview = live?.review?.reviewId === reviewId ? live.review : undefined;
    res.json({
      ...review,
      playerStatus: live?.status ?? null,
      checks: live?.checks ?? [],
      clearedBy: ofThisReview?.clearedBy ?? [],
      temporalWebUrl: deps.webLink(review.workflowId),
    } satisfies z.input<typeof kycReviewDetailSchema>);
  });

  const decide = async (res: Response, review: KycReview, body: z.infer<typeof reviewDecisionBody>) => {
    const staff = staffOf(res);
    const action = body.decision === KycReviewDecision.CLEAR ? 'approve' : 'reject';
    const before = { status: review.status, decidedBy: review.decisions.map((d) => d.staffId) };
    try {
      if (!abilityOf(res).can(action, 'KycReview')) {
        throw refused(KycErrorType.NotAuthorised, 'your roles may not decide KYC reviews');
      }
      if (review.status !== 'OPEN') throw refused(KycErrorType.NotInReview, `the review is ${review.status}`);
      const state = await handleOf(review)
        .executeUpdate(decideKycReviewUpdate, {
          args: [{ staffId: staff.staffId, roles: [...staff.roles], decision: body.decision, reason: body.reason }],
        })
        .catch((err: unknown) => {
          if (err instanceof WorkflowNotFoundError) {
            throw refused(KycErrorType.NotInReview, 'the onboarding is no longer in progress');
          }
          const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
          if (cause instanceof ApplicationFailure && cause.type && cause.type in kycDecisionStatus) {
            throw refused(cause.type as KycErrorType, cause.message);
          }
          throw err;
        });
      await auditOf(res)({
        action: `kyc.review.${body.decision.toLowerCase()}`,
        entityType: 'KycReview',
        entityId: review.reviewId,
        reason: body.reason,
        before,
        after: {
          status: state.status,
          clearedBy: state.review?.clearedBy ?? [],
          outcome: state.review?.outcome ?? null,
        },
      });
      return state;
    } catch (err) {
      if (err instanceof HttpProblemError) {
        await auditOf(res)({
          action: `kyc.review.${body.decision.toLowerCase()}.refused`,
          entityType: 'KycReview',
          entityId: review.reviewId,
          reason: body.reason,
          before,
          after: { httpStatus: err.status, code: err.extensions.code ?? null, detail: err.detail ?? null },
        });
      }
      throw err;
    }
  };

  router.post('/reviews/:reviewId/decision', authorize('approve', 'KycReview'), async (req, res) => {
    const { reviewId } = parseOrThrow(reviewIdParam, req.params, 'path');
    const body = parseOrThrow(reviewDecisionBody, req.body ?? {});
    const review = await findKycReview(deps.db, reviewId);
    if (!review) throw notFound(`No KYC review ${reviewId}`);
    const state = await decide(res, review, body);
    res.json({
      status: state.status,
      outcome: state.review?.outcome ?? null,
      clearedBy: state.review?.clearedBy ?? [],
    });
  });

  return router;
}
