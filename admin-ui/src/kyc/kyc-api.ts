import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

// The KYC review queue and decisions, through the generated client.

export type KycReview = components['schemas']['KycReview'];
export type KycReviewDecision = components['schemas']['KycReviewDecision'];

/** The open reviews, oldest first. */
export function listOpenKycReviews(signal?: AbortSignal): Promise<components['schemas']['KycReviewPage']> {
  return resultOf(
    api.GET('/api/kyc/reviews', { params: { query: { status: 'OPEN', limit: 100, offset: 0 } }, signal }),
  );
}

/** Clears or rejects a player under review, with a reason. */
export function decideKycReview(
  reviewId: string,
  body: KycReviewDecision,
): Promise<components['schemas']['KycReviewDecisionResult']> {
  return resultOf(api.POST('/api/kyc/reviews/{reviewId}/decision', { params: { path: { reviewId } }, body }));
}

export type KycReviewDetail = components['schemas']['KycReviewDetail'];

/** One review with its evidence: the screenings whose hits it holds, the provider's check results, the clearances. */
export function getKycReview(reviewId: string, signal?: AbortSignal): Promise<KycReviewDetail> {
  return resultOf(api.GET('/api/kyc/reviews/{reviewId}', { params: { path: { reviewId } }, signal }));
}

export type ScreeningHits = components['schemas']['ScreeningHits'];
export type ScreeningHit = ScreeningHits['hits'][number];

/** A screening's hits, each beside the list entry it matched, with the score and its explanation. */
export function getScreeningHits(screeningId: string, signal?: AbortSignal): Promise<ScreeningHits> {
  return resultOf(api.GET('/api/kyc/screenings/{screeningId}/hits', { params: { path: { screeningId } }, signal }));
}
