import { defineSignal } from '@temporalio/workflow';
import { KycSignal, type KycCheckResultNotice } from '../../contracts/kyc';

// PLACEHOLDER: replaced by kycflow's workflows/kyc/messages.ts at merge (its Signal of the same name and payload);
// the webhook router then imports the Signal from there.

/** A provider check's result, sent to the player's onboarding workflow. */
export const kycCheckCompletedSignal = defineSignal<[KycCheckResultNotice]>(KycSignal.checkCompleted);
