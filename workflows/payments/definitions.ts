import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Currency } from '../../domain/wallet/money';

/** Task queue of the payments worker: deposit and withdrawal sagas, reconciliation. */
export const PAYMENTS_TASK_QUEUE = 'payments';

export const depositWorkflowId = (depositId: string) => `payments:deposit:${depositId}`;
export const withdrawalWorkflowId = (withdrawalId: string) => `payments:withdrawal:${withdrawalId}`;
export const reconciliationScheduleId = 'payments:reconciliation:daily';

/** How the player pays or is paid. */
export const PaymentMethod = { CARD: 'CARD', BANK_TRANSFER: 'BANK_TRANSFER', EWALLET: 'EWALLET' } as const;
export type PaymentMethod = (typeof PaymentMethod)[keyof typeof PaymentMethod];

/** Where a deposit is; the last four are final. */
export const DepositStatus = {
  REQUESTED: 'REQUESTED',
  AUTHORISING: 'AUTHORISING',
  AWAITING_CONFIRMATION: 'AWAITING_CONFIRMATION',
  CREDITING: 'CREDITING',
  REFUNDING: 'REFUNDING',
  NEEDS_ATTENTION: 'NEEDS_ATTENTION',
  CREDITED: 'CREDITED',
  DECLINED: 'DECLINED',
  REFUSED: 'REFUSED',
  REFUNDED: 'REFUNDED',
} as const;
export type DepositStatus = (typeof DepositStatus)[keyof typeof DepositStatus];

/** Where a withdrawal is; PAID, REJECTED, CANCELLED, REFUSED and FAILED are final. */
export const WithdrawalStatus = {
  REQUESTED: 'REQUESTED',
  FUNDS_RESERVED: 'FUNDS_RESERVED',
  AWAITING_APPROVAL: 'AWAITING_APPROVAL',
  AWAITING_SECOND_APPROVAL: 'AWAITING_SECOND_APPROVAL',
  APPROVED: 'APPROVED',
  PAYING_OUT: 'PAYING_OUT',
  NEEDS_ATTENTION: 'NEEDS_ATTENTION',
  PAID: 'PAID',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
  REFUSED: 'REFUSED',
  FAILED: 'FAILED',
} as const;
export type WithdrawalStatus = (typeof WithdrawalStatus)[keyof typeof WithdrawalStatus];

/** How a PSP answer is understood: the decline taxonomy every PSP's codes map into. */
export const PspOutcomeClass = {
  SUCCESS: 'SUCCESS',
  PENDING: 'PENDING',
  /** Insufficient funds, fraud, closed account: never retried elsewhere. */
  HARD_DECLINE: 'HARD_DECLINE',
  SOFT_DECLINE: 'SOFT_DECLINE',
  TIMEOUT: 'TIMEOUT',
  OUTAGE: 'OUTAGE',
} as const;
export type PspOutcomeClass = (typeof PspOutcomeClass)[keyof typeof PspOutcomeClass];

/** Whether the next PSP may be tried after this outcome: never after a hard decline. */
export const failsOver = (outcome: PspOutcomeClass) =>
  outcome === PspOutcomeClass.SOFT_DECLINE || outcome === PspOutcomeClass.TIMEOUT || outcome === PspOutcomeClass.OUTAGE;

/** Staff roles that matter to payment decisions; the back-office API takes them from the staff session. */
export const StaffRole = {
  COMPLIANCE_OFFICER: 'compliance_officer',
  SENIOR_COMPLIANCE: 'senior_compliance',
  PAYMENTS_OPS: 'payments_ops',
  CS_AGENT: 'cs_agent',
  RISK_ANALYST: 'risk_analyst',
  ADMIN: 'admin',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

/** Failure types of payment decisions, turned into HTTP problems by the back-office API. */
export const PaymentsErrorType = {
  NotAwaitingDecision: 'NOT_AWAITING_DECISION',
  NotAuthorised: 'NOT_AUTHORISED',
  MakerCannotApprove: 'MAKER_CANNOT_APPROVE',
  AlreadyDecided: 'ALREADY_DECIDED',
  SeniorApprovalRequired: 'SENIOR_APPROVAL_REQUIRED',
  CancellationNotAllowed: 'CANCELLATION_NOT_ALLOWED',
  NotRetryable: 'NOT_RETRYABLE',
  ReasonRequired: 'REASON_REQUIRED',
} as const;
export type PaymentsErrorType = (typeof PaymentsErrorType)[keyof typeof PaymentsErrorType];

/** The money and routing facts of one payment. */
export interface PaymentRequest {
  paymentId: string;
  playerId: string;
  amountMinor: number;
  currency: Currency;
  method: PaymentMethod;
  country: string;
}

/** Starts a deposit saga. */
export interface DepositInput extends PaymentRequest {
  confirmationTimeoutMs: number;
}

/** The approval rules a withdrawal was requested under, fixed at request time so replays see the same rules. */
export interface ApprovalPolicy {
  autoApproveMaxMinor: number;
  fourEyesMinMinor: number;
  approvalSlaMs: number;
}

/** Starts a withdrawal saga; `requestedBy` is the player, or the staff member who raised it for them. */
export interface WithdrawalInput extends PaymentRequest {
  requestedBy: string;
  policy: ApprovalPolicy;
  /** How long to wait for a PSP's final status of a pending payout before it needs a human. */
  payoutConfirmationTimeoutMs: number;
}

/** One PSP try as the workflow saw it. */
export interface AttemptView {
  attemptId: string;
  psp: string;
  outcome: PspOutcomeClass;
  code?: string;
  pspReference?: string;
}

/** One staff decision on a withdrawal. */
export interface DecisionView {
  staffId: string;
  role: StaffRole;
  decision: 'APPROVE' | 'REJECT';
  reason?: string;
  at: string;
}

/** What `getStatus` returns for a deposit. */
export interface DepositState {
  depositId: string;
  status: DepositStatus;
  route: string[];
  attempts: AttemptView[];
  ledgerTransactionId?: number | null;
  failure?: string;
}

/** What `getStatus` returns for a withdrawal: enough for the approval screen and an engineer. */
export interface WithdrawalState {
  withdrawalId: string;
  status: WithdrawalStatus;
  requestedBy: string;
  risk?: { level: 'LOW' | 'ELEVATED'; reasons: string[] };
  approvalsNeeded: number;
  seniorRequired: boolean;
  escalated: boolean;
  decisions: DecisionView[];
  cancellable: boolean;
  route: string[];
  attempts: AttemptView[];
  failure?: string;
}

/** A PSP's final word on an attempt, relayed from its signed webhook by the API. */
export interface PspResultSignal {
  attemptId: string;
  outcome: PspOutcomeClass;
  code?: string;
  pspReference: string;
}

/** Who is acting on a payment, as the back-office API established it. */
export interface StaffActor {
  staffId: string;
  roles: StaffRole[];
}

export interface DecisionInput extends StaffActor {
  reason?: string;
}

/** Starts a reconciliation; without a window it covers the previous UTC day (what the daily Schedule does). */
export interface ReconciliationInput {
  psps: string[];
  runId?: string;
  from?: string;
  to?: string;
}

/** What a reconciliation compared and found, per PSP. */
export interface ReconciliationResult {
  from: string;
  to: string;
  runs: { runId: string; psp: string; itemsChecked: number; mismatches: number }[];
  mismatches: number;
}

export const pspResultSignal = defineSignal<[PspResultSignal]>('pspResult');
export const getDepositStatusQuery = defineQuery<DepositState>('getStatus');
export const getWithdrawalStatusQuery = defineQuery<WithdrawalState>('getStatus');
export const approveWithdrawalUpdate = defineUpdate<WithdrawalState, [DecisionInput]>('approveWithdrawal');
export const rejectWithdrawalUpdate = defineUpdate<WithdrawalState, [DecisionInput]>('rejectWithdrawal');
export const cancelWithdrawalUpdate = defineUpdate<WithdrawalState, [{ playerId: string }]>('cancelWithdrawal');
export const retryPayoutUpdate = defineUpdate<WithdrawalState, [StaffActor]>('retryPayout');
