import type { StaffRole } from './admin';
import type { Currency } from './wallet';

// The payments domain's contract: what anyone (the API, the domain rules, the workers, the admin UI) may know
// about deposits, withdrawals and reconciliation without importing the Temporal SDK. The Signals, Queries and
// Updates of these workflows are in workflows/payments/messages.ts, for workflow code and Temporal clients only.

/** Task queue of the payments worker: deposit and withdrawal sagas, reconciliation. */
export const PAYMENTS_TASK_QUEUE = 'payments';

/** The registered names of the payments workflows (the exported function names in workflows/payments/). */
export const PaymentsWorkflowType = {
  deposit: 'depositWorkflow',
  withdrawal: 'withdrawalWorkflow',
  reconciliation: 'reconciliationWorkflow',
} as const;

/** Workflow id of a deposit's saga. */
export const depositWorkflowId = (depositId: string) => `payments:deposit:${depositId}`;
/** Workflow id of a withdrawal's saga. */
export const withdrawalWorkflowId = (withdrawalId: string) => `payments:withdrawal:${withdrawalId}`;
/** Workflow id of an on-demand reconciliation run. */
export const reconciliationWorkflowId = (runId: string) => `payments:reconciliation:${runId}`;
/** Id of the Schedule that reconciles the previous UTC day every day. */
export const reconciliationScheduleId = 'payments:reconciliation:daily';

/** How the player pays or is paid. */
export const PaymentMethod = { CARD: 'CARD', BANK_TRANSFER: 'BANK_TRANSFER', EWALLET: 'EWALLET' } as const;
/** One payment method. */
export type PaymentMethod = (typeof PaymentMethod)[keyof typeof PaymentMethod];

/** What kind of payment instrument a PSP token stands for. */
export const PaymentInstrumentKind = { CARD: 'CARD', BANK_ACCOUNT: 'BANK_ACCOUNT', EWALLET: 'EWALLET' } as const;
/** One kind of payment instrument. */
export type PaymentInstrumentKind = (typeof PaymentInstrumentKind)[keyof typeof PaymentInstrumentKind];

/** The one kind of instrument each payment method pays from or to: a card is never paid by a bank rail. */
export const instrumentKindOf: Record<PaymentMethod, PaymentInstrumentKind> = {
  CARD: PaymentInstrumentKind.CARD,
  BANK_TRANSFER: PaymentInstrumentKind.BANK_ACCOUNT,
  EWALLET: PaymentInstrumentKind.EWALLET,
};

/**
 * A player's card, bank account or e-wallet as the back office shows it: never the PSP's token, never a full card
 * number or IBAN, only what the PSP gave us to recognise it by.
 */
export interface PaymentInstrumentView {
  instrumentId: string;
  psp: string;
  kind: PaymentInstrumentKind;
  /** A one-line description for screens: "Visa •••• 4242, 12/2030", "IBAN DE •••• 3000", "j•••@example.com". */
  label: string;
  cardBrand: string | null;
  cardLast4: string | null;
  cardExpiryMonth: number | null;
  cardExpiryYear: number | null;
  holderName: string | null;
  ibanCountry: string | null;
  ibanLast4: string | null;
  ewalletAccount: string | null;
  /** When a deposit from it was first credited; null if it never funded the account. */
  firstDepositAt: string | null;
  usedForDeposit: boolean;
  canReceivePayouts: boolean;
}

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
/** One deposit status. */
export type DepositStatus = (typeof DepositStatus)[keyof typeof DepositStatus];
/** Every deposit status, in the order of the saga (for filters). */
export const DEPOSIT_STATUSES: readonly DepositStatus[] = Object.values(DepositStatus);
/** The deposit statuses after which a deposit never changes again. */
export const FINAL_DEPOSIT_STATUSES: readonly DepositStatus[] = [
  DepositStatus.CREDITED,
  DepositStatus.DECLINED,
  DepositStatus.REFUSED,
  DepositStatus.REFUNDED,
];

/** Where a withdrawal is; PAID, REJECTED, CANCELLED, REFUSED and FAILED are final. */
export const WithdrawalStatus = {
  REQUESTED: 'REQUESTED',
  FUNDS_RESERVED: 'FUNDS_RESERVED',
  AWAITING_APPROVAL: 'AWAITING_APPROVAL',
  AWAITING_SECOND_APPROVAL: 'AWAITING_SECOND_APPROVAL',
  APPROVED: 'APPROVED',
  /** Approved, but an open AML case holds the player's payouts: it pays out when the hold is released. */
  AML_HOLD: 'AML_HOLD',
  PAYING_OUT: 'PAYING_OUT',
  NEEDS_ATTENTION: 'NEEDS_ATTENTION',
  PAID: 'PAID',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
  REFUSED: 'REFUSED',
  FAILED: 'FAILED',
} as const;
/** One withdrawal status. */
export type WithdrawalStatus = (typeof WithdrawalStatus)[keyof typeof WithdrawalStatus];
/** Every withdrawal status, in the order of the saga (for filters). */
export const WITHDRAWAL_STATUSES: readonly WithdrawalStatus[] = Object.values(WithdrawalStatus);
/** The withdrawal statuses after which a withdrawal never changes again. */
export const FINAL_WITHDRAWAL_STATUSES: readonly WithdrawalStatus[] = [
  WithdrawalStatus.PAID,
  WithdrawalStatus.REJECTED,
  WithdrawalStatus.CANCELLED,
  WithdrawalStatus.REFUSED,
  WithdrawalStatus.FAILED,
];
/** The withdrawal statuses in which officers decide it and the player may still cancel it. */
export const AWAITING_DECISION_STATUSES: readonly WithdrawalStatus[] = [
  WithdrawalStatus.AWAITING_APPROVAL,
  WithdrawalStatus.AWAITING_SECOND_APPROVAL,
];

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
/** One class of PSP outcome. */
export type PspOutcomeClass = (typeof PspOutcomeClass)[keyof typeof PspOutcomeClass];

/** Whether the next PSP may be tried after this outcome: never after a hard decline. */
export const failsOver = (outcome: PspOutcomeClass) =>
  outcome === PspOutcomeClass.SOFT_DECLINE || outcome === PspOutcomeClass.TIMEOUT || outcome === PspOutcomeClass.OUTAGE;

/** Failure types of payment decisions a saga refuses, turned into HTTP problems by the back-office API. */
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
/** One failure type of a refused payment decision. */
export type PaymentsErrorType = (typeof PaymentsErrorType)[keyof typeof PaymentsErrorType];

/**
 * The failure type a saga ends with, at once and having written nothing, when its payment was never recorded: the
 * request that started it rolled back (a COMMIT that failed, or a start that timed out yet happened).
 */
export const PAYMENT_NOT_RECORDED = 'PAYMENT_NOT_RECORDED';

/**
 * The failure type of a payout attempt that was not sent because its player came under an AML hold after the
 * withdrawal saga's AML gate; its one detail is the holding case's id. Never retried: the saga waits for the release.
 */
export const PAYOUT_AML_HELD = 'PAYOUT_AML_HELD';

/** The money and routing facts of one payment. */
export interface PaymentRequest {
  paymentId: string;
  playerId: string;
  amountMinor: number;
  currency: Currency;
  method: PaymentMethod;
  country: string;
  /**
   * The instrument paid from (a deposit with a saved one) or to (a withdrawal's destination): payments to it go
   * through its PSP only, which alone knows its token. Absent on a deposit from a new instrument.
   */
  instrumentId?: string;
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

/** What an officer decided on a withdrawal. */
export type WithdrawalDecision = 'APPROVE' | 'REJECT';

/** One staff decision on a withdrawal. */
export interface DecisionView {
  staffId: string;
  role: StaffRole;
  decision: WithdrawalDecision;
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
export interface PspResult {
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

/** An officer's approval or rejection of a withdrawal; a rejection needs a reason. */
export interface DecisionInput extends StaffActor {
  reason?: string;
}

/** A player's request to cancel their own withdrawal. */
export interface CancellationInput {
  playerId: string;
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
