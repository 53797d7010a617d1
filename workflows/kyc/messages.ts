import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { DueDiligenceMessage, type ClearDueDiligenceInput, type DueDiligenceState } from '../../contracts/kyc';

// kycgates' part of the KYC workflows' messages (kycflow's onboarding messages join them in this file at merge).
// The due diligence workflow's messages, for workflow code and the Temporal clients that send them (the player and
// back-office routes, tests). Everyone else uses contracts/kyc.ts.

/** The player sent source-of-funds evidence; what they sent is in Postgres (source_of_funds_requests), not here. */
export const sourceOfFundsSubmittedSignal = defineSignal<[]>(DueDiligenceMessage.evidenceSubmitted);
/** An officer clears the request and any restriction it caused, with a reason; answers the state after it. */
export const clearDueDiligenceUpdate = defineUpdate<DueDiligenceState, [ClearDueDiligenceInput]>(
  DueDiligenceMessage.clear,
);
/** The request's live state. */
export const getDueDiligenceStatusQuery = defineQuery<DueDiligenceState>(DueDiligenceMessage.getStatus);
