import type { AttemptView, DecisionView, WithdrawalState } from '../../../contracts/payments';
import { request, toQueryString, type Page } from '../api/http';

// The payments domain's calls: payments, the withdrawal queue, one payment's story, decisions.

/* ------------------------------------------------------------------------------------- payments */

export type PaymentKind = 'DEPOSIT' | 'WITHDRAWAL';

/** A deposit or withdrawal as the back office lists it. */
export interface Payment {
  paymentId: string;
  kind: PaymentKind;
  playerId: string;
  brand: string;
  amountMinor: number;
  currency: string;
  method: string;
  country: string;
  status: string;
  psp: string | null;
  requestedBy: string;
  workflowId: string;
  approvalsNeeded: number;
  escalated: boolean;
  failureReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Filters, order and page of `GET /api/payments`. */
export interface PaymentFilter {
  kind?: PaymentKind;
  status?: string[];
  playerId?: string;
  psp?: string;
  createdFrom?: string;
  createdTo?: string;
  order?: 'oldest' | 'newest';
  limit: number;
  offset: number;
}

/** A page of payments from the read model. */
export function listPayments(filter: PaymentFilter, signal?: AbortSignal): Promise<Page<Payment>> {
  return request<Page<Payment>>(`/api/payments${toQueryString({ ...filter })}`, { signal });
}

/** The risk context of a withdrawal awaiting a decision. */
export interface WithdrawalRiskContext {
  /** NOT_STARTED for everyone until the KYC issue lands. */
  kycStatus: string;
  /** Empty until the AML issue lands. */
  amlFlags: string[];
  /** The player's status (ACTIVE, BLOCKED, SELF_EXCLUDED, CLOSED). */
  rgStatus: string;
  netDepositsMinor: number;
  depositsCount: number;
  withdrawalsCount: number;
  bonusBalanceMinor: number;
  riskLevel?: string | null;
  riskReasons?: string[] | null;
}

/** A withdrawal in the approval queue: the payment, its SLA, who decided already and the risk context. */
export interface QueuedWithdrawal extends Payment {
  slaDueAt: string;
  decidedBy: string[];
  /** The display names of `decidedBy`, in the same order. */
  decidedByNames: string[];
  /** The display name of the staff member who raised it; null when the player did. */
  requestedByName: string | null;
  seniorRequiredForNext: boolean;
  fourEyes: boolean;
  risk: WithdrawalRiskContext;
}

/** The whole approval queue at a glance, whatever the page or search. */
export interface WithdrawalQueueSummary {
  awaiting: number;
  awaitingSecondApproval: number;
  fourEyes: number;
  pastSla: number;
}

/** Which page of the queue, and an optional search on withdrawal and player ids. */
export interface WithdrawalQueueParams {
  limit: number;
  offset: number;
  q?: string;
}

/** One page of withdrawals awaiting a first or second approval, oldest first, paged and searched by the API. */
export function getWithdrawalQueue(
  params: WithdrawalQueueParams,
  signal?: AbortSignal,
): Promise<Page<QueuedWithdrawal> & { summary: WithdrawalQueueSummary }> {
  return request<Page<QueuedWithdrawal> & { summary: WithdrawalQueueSummary }>(
    `/api/payments/withdrawals/queue${toQueryString({ ...params })}`,
    { signal },
  );
}

/** One step of a payment's story. */
export interface TimelineEvent {
  type: string;
  /** A staff id, a player id, or 'system' (a saga step). */
  actor: string;
  /** The display name when `actor` is a staff member. */
  actorName: string | null;
  detail: Record<string, unknown> | null;
  at: string;
}

/** One PSP try, as the read model recorded it. */
export interface PaymentAttempt {
  attemptId: string;
  seq: number;
  psp: string;
  operation: string;
  status: string;
  outcome: string | null;
  code: string | null;
  pspReference: string | null;
  latencyMs: number | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** One officer's decision, as recorded. */
export interface PaymentDecision {
  staffId: string;
  staffName: string | null;
  decision: 'APPROVE' | 'REJECT';
  role: string;
  reason: string | null;
  at: string;
}

/** One ledger transaction that moved this payment's money. */
export interface PaymentLedgerTransaction {
  transactionId: number;
  idempotencyKey: string;
  kind: string;
  createdAt: string;
}

/** What the saga's `getStatus` query answers (a withdrawal's state; deposits carry a subset). */
export type SagaState = Partial<WithdrawalState> & {
  status: string;
  route?: string[];
  attempts?: AttemptView[];
  decisions?: (DecisionView & { staffName: string | null })[];
};

/** One payment with its whole story and the saga's live state. */
export interface PaymentDetail extends Payment {
  /** The display name of the staff member who raised it; null when the player did. */
  requestedByName: string | null;
  timeline: TimelineEvent[];
  attempts: PaymentAttempt[];
  decisions: PaymentDecision[];
  ledger: PaymentLedgerTransaction[];
  workflowState?: SagaState | null;
  temporalWebUrl: string;
}

export function getPayment(paymentId: string, signal?: AbortSignal): Promise<PaymentDetail> {
  return request<PaymentDetail>(`/api/payments/${encodeURIComponent(paymentId)}`, { signal });
}

/** Approves a withdrawal; `totp` is the step-up code the API requires for four-eyes amounts. */
export function approveWithdrawal(paymentId: string, decision: { reason?: string; totp?: string }): Promise<SagaState> {
  return request<SagaState>(`/api/payments/withdrawals/${encodeURIComponent(paymentId)}/approve`, {
    method: 'POST',
    body: decision,
  });
}

/** Rejects a withdrawal; the reason is required and goes into the audit log. */
export function rejectWithdrawal(paymentId: string, decision: { reason: string }): Promise<SagaState> {
  return request<SagaState>(`/api/payments/withdrawals/${encodeURIComponent(paymentId)}/reject`, {
    method: 'POST',
    body: decision,
  });
}

/** Walks the payout route again for a withdrawal that waits in NEEDS_ATTENTION. */
export function retryPayout(paymentId: string): Promise<SagaState> {
  return request<SagaState>(`/api/payments/withdrawals/${encodeURIComponent(paymentId)}/retry-payout`, {
    method: 'POST',
    body: {},
  });
}
