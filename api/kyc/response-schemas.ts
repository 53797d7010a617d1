import { z } from 'zod';
import { KycCheckKind, KycCheckOutcome, KycReviewDecision, KycReviewReason, KycStatus } from '../../contracts/kyc';
import { dateTime, nullableDateTime, page, url } from '../openapi/common-schemas';

// What the KYC review routes answer, registered by id for the OpenAPI document (api/kyc/openapi.ts).

const reviewDecisionSchema = z.object({
  staffId: z.string(),
  decision: z.enum(KycReviewDecision),
  reason: z.string(),
  at: dateTime,
});

/** A manual KYC review as the queue lists it. */
export const kycReviewSchema = z
  .object({
    reviewId: z.string(),
    playerId: z.string(),
    jurisdiction: z.string(),
    workflowId: z.string(),
    runId: z.string(),
    reasons: z.array(z.enum(KycReviewReason)),
    screeningIds: z.array(z.string()).meta({
      description: 'The screenings whose hits the review holds: `GET /api/kyc/screenings/{screeningId}/hits` each.',
    }),
    checkIds: z.array(z.string()),
    fourEyes: z.boolean().meta({ description: 'A sanctions or PEP hit: clearing needs two different officers.' }),
    status: z.enum(['OPEN', 'CLEARED', 'REJECTED']),
    openedAt: dateTime,
    closedAt: nullableDateTime,
    decisions: z.array(reviewDecisionSchema),
  })
  .meta({ id: 'KycReview' });

/** The review queue. */
export const kycReviewPageSchema = page(kycReviewSchema).meta({ id: 'KycReviewPage' });

/** One review with the live state of its onboarding: the provider's check results, the clearances so far. */
export const kycReviewDetailSchema = kycReviewSchema
  .extend({
    playerStatus: z.enum(KycStatus).nullable().meta({ description: "The onboarding's status; null when unknown." }),
    checks: z.array(
      z.object({
        checkId: z.string(),
        kind: z.enum(KycCheckKind),
        outcome: z.enum(KycCheckOutcome),
        reasons: z.array(z.string()),
      }),
    ),
    clearedBy: z.array(z.string()).meta({ description: 'Officers who cleared the evidence as it stands now.' }),
    temporalWebUrl: url,
  })
  .meta({ id: 'KycReviewDetail' });

/** What a decision answers: the onboarding's status after it, the review's outcome once it has one, the clearances. */
export const kycReviewDecisionResultSchema = z
  .object({
    status: z.enum(KycStatus),
    outcome: z.enum(KycReviewDecision).nullable(),
    clearedBy: z.array(z.string()),
  })
  .meta({ id: 'KycReviewDecisionResult' });
