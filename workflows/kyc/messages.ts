import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import {
  DueDiligenceMessage,
  KycSignal,
  type ClearDueDiligenceInput,
  type DueDiligenceState,
  type KycCheckResultNotice,
  type KycOnboardingState,
  type KycReviewDecisionInput,
  type RescreeningProgress,
  type ScreeningOutcome,
} from '../../contracts/kyc';

// The KYC workflows' messages, for workflow code and the Temporal clients that send them (the API's routes and the
// provider's webhook, the re-screening workflow, tests). Everyone else uses contracts/kyc.ts.

/** A provider check's result, signalled by the API from the provider's webhook. */
export const checkCompletedSignal = defineSignal<[KycCheckResultNotice]>(KycSignal.checkCompleted);
/** Re-screening found new hits for the player: joins an open review, or opens one (signalWithStart). */
export const screeningHitsSignal = defineSignal<[ScreeningOutcome]>(KycSignal.screeningHits);
/** An onboarding run's live state. */
export const getKycStatusQuery = defineQuery<KycOnboardingState>('getStatus');
/** An officer clears or rejects a player under manual review, with a reason; answers the state after it. */
export const decideKycReviewUpdate = defineUpdate<KycOnboardingState, [KycReviewDecisionInput]>('decideKycReview');
/** How far a re-screening run has come. */
export const getRescreeningProgressQuery = defineQuery<RescreeningProgress>('getProgress');

// The due diligence workflow's messages.

/** The player sent source-of-funds evidence; what they sent is in Postgres (source_of_funds_requests), not here. */
export const sourceOfFundsSubmittedSignal = defineSignal<[]>(DueDiligenceMessage.evidenceSubmitted);
/** An officer clears the request and any restriction it caused, with a reason; answers the state after it. */
export const clearDueDiligenceUpdate = defineUpdate<DueDiligenceState, [ClearDueDiligenceInput]>(
  DueDiligenceMessage.clear,
);
/** The request's live state. */
export const getDueDiligenceStatusQuery = defineQuery<DueDiligenceState>(DueDiligenceMessage.getStatus);
