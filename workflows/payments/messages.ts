import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  CancellationInput,
  DecisionInput,
  DepositState,
  PspResult,
  StaffActor,
  WithdrawalState,
} from '../../contracts/payments';

// The payment sagas' messages, for workflow code and the Temporal clients that send them (the API's routes and
// webhooks, tests). Everyone else uses contracts/payments.ts.

/** A PSP's final word on an attempt, signalled by the API from the PSP's webhook. */
export const pspResultSignal = defineSignal<[PspResult]>('pspResult');
/** A deposit's live state. */
export const getDepositStatusQuery = defineQuery<DepositState>('getStatus');
/** A withdrawal's live state. */
export const getWithdrawalStatusQuery = defineQuery<WithdrawalState>('getStatus');
/** An officer approves a withdrawal; answers the state after the decision. */
export const approveWithdrawalUpdate = defineUpdate<WithdrawalState, [DecisionInput]>('approveWithdrawal');
/** An officer rejects a withdrawal, with a reason; answers the state after the decision. */
export const rejectWithdrawalUpdate = defineUpdate<WithdrawalState, [DecisionInput]>('rejectWithdrawal');
/** The player cancels their withdrawal while it awaits a decision, where the jurisdiction allows it. */
export const cancelWithdrawalUpdate = defineUpdate<WithdrawalState, [CancellationInput]>('cancelWithdrawal');
/** Payments ops retry a payout that needs attention. */
export const retryPayoutUpdate = defineUpdate<WithdrawalState, [StaffActor]>('retryPayout');
