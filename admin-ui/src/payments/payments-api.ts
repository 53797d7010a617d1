import { api, resultOf } from '../api/http';
import type { components, operations } from '../api/openapi-types';

// The payments domain's calls: payments, the withdrawal queue, one payment's story, decisions. The types are the
// OpenAPI document's (generated into openapi-types.ts).

type Schemas = components['schemas'];

/* ------------------------------------------------------------------------------------- payments */

/** A deposit or withdrawal as the back office lists it. */
export type Payment = Schemas['Payment'];
export type PaymentKind = Payment['kind'];
/** A player's card, bank account or e-wallet: the PSP's display data only, with whether it was used to deposit. */
export type PaymentInstrument = Schemas['PaymentInstrument'];

/** Filters, order and page of `GET /api/payments`; the API reads `status` as a comma-separated list. */
export type PaymentFilter = Omit<NonNullable<operations['listPayments']['parameters']['query']>, 'status'> & {
  status?: string[];
  limit: number;
  offset: number;
};

/** A page of payments from the read model. */
export function listPayments(filter: PaymentFilter, signal?: AbortSignal): Promise<Schemas['PaymentPage']> {
  const query = { ...filter, status: filter.status?.join(',') };
  return resultOf(api.GET('/api/payments', { params: { query }, signal }));
}

/** The withdrawal approval queue: a page of it, the number the search matches, and the whole queue at a glance. */
export type WithdrawalQueue = Schemas['WithdrawalQueue'];

/** A withdrawal in the approval queue: the payment, its SLA, who decided already and the risk context. */
export type QueuedWithdrawal = WithdrawalQueue['items'][number];

/** The risk context of a withdrawal awaiting a decision. */
export type WithdrawalRiskContext = QueuedWithdrawal['risk'];

/** The whole approval queue at a glance, whatever the page or search. */
export type WithdrawalQueueSummary = WithdrawalQueue['summary'];

/** Which page of the queue, and an optional search on withdrawal and player ids. */
export type WithdrawalQueueParams = NonNullable<operations['getWithdrawalQueue']['parameters']['query']> & {
  limit: number;
  offset: number;
};

/** One page of withdrawals awaiting a first or second approval, oldest first, paged and searched by the API. */
export function getWithdrawalQueue(params: WithdrawalQueueParams, signal?: AbortSignal): Promise<WithdrawalQueue> {
  return resultOf(api.GET('/api/payments/withdrawals/queue', { params: { query: params }, signal }));
}

/** Who works a queued withdrawal. */
export type WithdrawalAssignment = Schemas['WithdrawalAssignment'];

/** Claims a queued withdrawal for the signed-in officer; refused while another officer has it. Audited. */
export function claimWithdrawal(paymentId: string): Promise<WithdrawalAssignment> {
  return resultOf(api.POST('/api/payments/withdrawals/{paymentId}/claim', { params: { path: { paymentId } } }));
}

/** Assigns a queued withdrawal to an officer, or back to nobody (null). Audited. */
export function assignWithdrawal(paymentId: string, assignee: string | null): Promise<WithdrawalAssignment> {
  return resultOf(
    api.PUT('/api/payments/withdrawals/{paymentId}/assignee', { params: { path: { paymentId } }, body: { assignee } }),
  );
}

/** One payment with its whole story and the saga's live state. */
export type PaymentDetail = Schemas['PaymentDetail'];

/** One step of a payment's story. */
export type TimelineEvent = PaymentDetail['timeline'][number];

/** One PSP try, as the read model recorded it. */
export type PaymentAttempt = PaymentDetail['attempts'][number];

/** One officer's decision, as recorded. */
export type PaymentDecision = PaymentDetail['decisions'][number];

/** One ledger transaction that moved this payment's money. */
export type PaymentLedgerTransaction = PaymentDetail['ledger'][number];

type WithdrawalState = Schemas['WithdrawalState'];
type DepositState = Schemas['DepositState'];

/** What the saga's `getStatus` query answers: a withdrawal's state or a deposit's, the other kind's fields absent. */
export type SagaState = Partial<Omit<WithdrawalState & DepositState, 'status'>> & {
  status: (WithdrawalState | DepositState)['status'];
};

export function getPayment(paymentId: string, signal?: AbortSignal): Promise<PaymentDetail> {
  return resultOf(api.GET('/api/payments/{paymentId}', { params: { path: { paymentId } }, signal }));
}

/** Approves a withdrawal; `totp` is the step-up code the API requires for four-eyes amounts. */
export function approveWithdrawal(
  paymentId: string,
  decision: Schemas['WithdrawalApproval'],
): Promise<WithdrawalState> {
  const params = { path: { paymentId } };
  return resultOf(api.POST('/api/payments/withdrawals/{paymentId}/approve', { params, body: decision }));
}

/** Rejects a withdrawal; the reason is required and goes into the audit log. */
export function rejectWithdrawal(
  paymentId: string,
  decision: Schemas['WithdrawalRejection'],
): Promise<WithdrawalState> {
  const params = { path: { paymentId } };
  return resultOf(api.POST('/api/payments/withdrawals/{paymentId}/reject', { params, body: decision }));
}

/** Walks the payout route again for a withdrawal that waits in NEEDS_ATTENTION. */
export function retryPayout(paymentId: string): Promise<WithdrawalState> {
  const params = { path: { paymentId } };
  return resultOf(api.POST('/api/payments/withdrawals/{paymentId}/retry-payout', { params }));
}
