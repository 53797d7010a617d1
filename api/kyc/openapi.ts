import { codesOf, NOT_FOUND, type DomainOpenApi } from '../openapi/operation-spec';
import { dueDiligenceOpenApi } from './due-diligence-openapi';
import { kycWebhookOpenApi } from './kyc-webhook-openapi';
import { screeningOpenApi } from './screening-openapi';
import { kycDecisionStatus, reviewDecisionBody, reviewIdParam, reviewQueueQuery } from './kyc-review-router';
import { kycReviewDetailSchema, kycReviewPageSchema, kycReviewDecisionResultSchema } from './response-schemas';

const backOfficeTag = 'Back office: KYC';

/** The officers' manual review queue and decisions. */
const kycReviewOpenApi: DomainOpenApi = {
  tags: [
    {
      name: backOfficeTag,
      description: 'KYC onboarding reviews: the queue, the evidence of one review, and the officers’ decisions.',
    },
  ],
  requestSchemas: [[reviewDecisionBody, 'KycReviewDecision']],
  operations: [
    {
      method: 'get',
      path: '/api/kyc/reviews',
      operationId: 'listKycReviews',
      tag: backOfficeTag,
      summary: 'The KYC review queue',
      description: 'Reviews by status; open ones oldest first, so the longest waiting player is decided first.',
      caller: 'staff',
      query: reviewQueueQuery,
      success: { status: 200, description: 'A page of reviews.', schema: kycReviewPageSchema },
    },
    {
      method: 'get',
      path: '/api/kyc/reviews/:reviewId',
      operationId: 'getKycReview',
      tag: backOfficeTag,
      summary: 'One KYC review with its evidence',
      description:
        'The review, its decisions, the ids of the screenings whose hits it holds (each read with ' +
        '`GET /api/kyc/screenings/{screeningId}/hits`), and from the live onboarding the provider’s check results ' +
        'and the clearances given on the evidence as it stands.',
      caller: 'staff',
      params: reviewIdParam,
      success: { status: 200, description: 'The review.', schema: kycReviewDetailSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/kyc/reviews/:reviewId/decision',
      operationId: 'decideKycReview',
      tag: backOfficeTag,
      summary: 'Clear or reject a player under KYC review',
      description:
        'A Workflow Update on the player’s onboarding, with a reason. A REJECT by one officer ends the review. A ' +
        'CLEAR ends it too, unless the review holds a sanctions or PEP hit: then two different officers must clear ' +
        'it (the same officer twice is a 409 `KYC_ALREADY_CLEARED`), and a hit that joins the review later asks ' +
        'for fresh clearances. Every decision, accepted or refused, is audited.',
      caller: 'staff',
      params: reviewIdParam,
      body: reviewDecisionBody,
      success: { status: 200, description: 'The decision was accepted.', schema: kycReviewDecisionResultSchema },
      errors: {
        ...NOT_FOUND,
        ...codesOf(
          kycDecisionStatus,
          'KYC_NOT_IN_REVIEW',
          'KYC_NOT_AUTHORISED',
          'KYC_ALREADY_CLEARED',
          'KYC_REASON_REQUIRED',
        ),
      },
    },
  ],
};

/** The KYC domain's part of the OpenAPI document: each route file's operations, in the order readers meet them. */
const parts: readonly DomainOpenApi[] = [kycReviewOpenApi, screeningOpenApi, dueDiligenceOpenApi, kycWebhookOpenApi];
export const kycOpenApi: DomainOpenApi = {
  tags: parts.flatMap((part) => part.tags ?? []),
  requestSchemas: parts.flatMap((part) => part.requestSchemas),
  operations: parts.flatMap((part) => part.operations),
};
