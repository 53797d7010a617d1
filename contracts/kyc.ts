import type { StaffRole } from './admin';

// The KYC domain's contract: onboarding, due diligence and sanctions/PEP screening as anyone (the API, the payment
// and wallet gates, the workers, the admin UI) may know them without importing the Temporal SDK. The Signals,
// Queries and Updates of its workflows are in workflows/kyc/messages.ts, for workflow code and Temporal clients.

/** Task queue of the KYC worker: onboarding, due diligence and re-screening workflows. */
export const KYC_TASK_QUEUE = 'kyc';

/** The registered names of the KYC workflows (the exported function names in workflows/kyc/). */
export const KycWorkflowType = {
  onboarding: 'kycOnboardingWorkflow',
  dueDiligence: 'dueDiligenceWorkflow',
  rescreening: 'rescreeningWorkflow',
} as const;

/** Workflow id of a player's onboarding, started at registration. */
export const kycOnboardingWorkflowId = (playerId: string) => `kyc:onboarding:${playerId}`;
/** Workflow id of a player's enhanced due diligence (source-of-funds evidence with reminders and a deadline). */
export const dueDiligenceWorkflowId = (playerId: string, requestId: string) =>
  `kyc:due-diligence:${playerId}:${requestId}`;
/** Workflow id of one re-screening run (daily, or after a list import that changed something). */
export const rescreeningWorkflowId = (runId: string) => `kyc:rescreening:${runId}`;
/** Id of the Schedule that re-screens every active player daily. */
export const rescreeningScheduleId = 'kyc:rescreening:daily';

/** Where a player's identity verification stands. NOT_STARTED is every player without a KYC record. */
export const KycStatus = {
  NOT_STARTED: 'NOT_STARTED',
  PENDING: 'PENDING',
  MANUAL_REVIEW: 'MANUAL_REVIEW',
  VERIFIED: 'VERIFIED',
  REJECTED: 'REJECTED',
} as const;
/** One KYC status. */
export type KycStatus = (typeof KycStatus)[keyof typeof KycStatus];

/** How much the operator must know about a player: simplified, customer and enhanced due diligence. */
export const DueDiligenceLevel = { SDD: 'SDD', CDD: 'CDD', EDD: 'EDD' } as const;
/** One due diligence level. */
export type DueDiligenceLevel = (typeof DueDiligenceLevel)[keyof typeof DueDiligenceLevel];

/**
 * A player's KYC standing as the gates read it (table `player_kyc`): the status, the level of due diligence
 * required, and whether money movements are restricted until an officer clears it (an EDD deadline passed).
 */
export interface KycStanding {
  playerId: string;
  status: KycStatus;
  requiredLevel: DueDiligenceLevel;
  restricted: boolean;
  restrictionReason: string | null;
  updatedAt: string;
}

/** The refusal codes the payment gates and the wallet's bet gate answer when KYC stops money moving. */
export const KycRefusal = {
  /** The jurisdiction requires verification before deposits or play, or any withdrawal, and it is not done. */
  KYC_NOT_VERIFIED: 'KYC_NOT_VERIFIED',
  /** Verification was refused. */
  KYC_REJECTED: 'KYC_REJECTED',
  /** Enhanced due diligence is overdue (or an officer restricted the player): no money moves until cleared. */
  KYC_RESTRICTED: 'KYC_RESTRICTED',
} as const;
/** One KYC refusal code. */
export type KycRefusal = (typeof KycRefusal)[keyof typeof KycRefusal];

/** The checks the KYC provider runs: identity document, selfie face match with liveness, proof of address. */
export const KycCheckKind = { DOCUMENT: 'DOCUMENT', LIVENESS: 'LIVENESS', ADDRESS: 'ADDRESS' } as const;
/** One kind of provider check. */
export type KycCheckKind = (typeof KycCheckKind)[keyof typeof KycCheckKind];

/** What the provider concluded about one check. */
export const KycCheckOutcome = { CLEAR: 'CLEAR', REJECTED: 'REJECTED', NEEDS_REVIEW: 'NEEDS_REVIEW' } as const;
/** One check outcome. */
export type KycCheckOutcome = (typeof KycCheckOutcome)[keyof typeof KycCheckOutcome];

/**
 * A provider check's result as the onboarding workflow receives it (Signal `KycSignal.checkCompleted`): ids and
 * codes only; the provider's full report stays in Postgres (table of the provider checks), never in Temporal.
 */
export interface KycCheckResultNotice {
  checkId: string;
  kind: KycCheckKind;
  outcome: KycCheckOutcome;
  /** Reason codes such as DOCUMENT_EXPIRED, DOCUMENT_TAMPERED, FACE_MISMATCH; empty when CLEAR. */
  reasons: string[];
}

/** Why a player is screened against the sanctions and PEP lists. */
export type ScreeningReason = 'ONBOARDING' | 'RESCREEN';

/** Screen one player: against every current list, or (re-screening) only the entries a list import changed. */
export interface ScreenPlayerInput {
  playerId: string;
  reason: ScreeningReason;
  /** Re-screening: the list version whose added or changed entries to screen against. */
  listVersionId?: string;
  /** The screening's id when the caller chooses it (`scr_…`): a repeat with the same id returns the first outcome. */
  screeningId?: string;
}

/**
 * What a screening found, as workflows carry it: counts and ids; the hits themselves (which entry, the score and
 * the explanation of what matched) are rows in Postgres, read by the review screens.
 */
export interface ScreeningOutcome {
  screeningId: string;
  hitCount: number;
  sanctionsHits: number;
  pepHits: number;
  /** The best hit's score in [0, 1]; 0 without hits. */
  highestScore: number;
}

/** The names of the Signals other processes send to a player's onboarding workflow. */
export const KycSignal = {
  /** A provider check's result arrived by webhook: payload `KycCheckResultNotice`. */
  checkCompleted: 'kycCheckCompleted',
  /** Re-screening found new hits for the player: payload `ScreeningOutcome`. */
  screeningHits: 'screeningHits',
} as const;

/** Why an onboarding run started: a registration, or a re-screening hit on a player whose last run had ended. */
export type KycOnboardingTrigger = 'REGISTRATION' | 'RESCREEN';

/** The input of a player's onboarding workflow: ids and codes only, never personal data. */
export interface KycOnboardingInput {
  playerId: string;
  trigger: KycOnboardingTrigger;
  /** How long the provider's checks may take before the player goes to manual review. */
  checksTimeoutMs: number;
}

/** Where an onboarding run is in its story, for the status query and Temporal Web. */
export const KycOnboardingStep = {
  AGE_RULE: 'AGE_RULE',
  SCREENING: 'SCREENING',
  PROVIDER_CHECKS: 'PROVIDER_CHECKS',
  MANUAL_REVIEW: 'MANUAL_REVIEW',
  DONE: 'DONE',
} as const;
/** One onboarding step. */
export type KycOnboardingStep = (typeof KycOnboardingStep)[keyof typeof KycOnboardingStep];

/** Why a player was sent to an officer. */
export const KycReviewReason = {
  SCREENING_HIT: 'SCREENING_HIT',
  /** The player could not be screened: their personal data cannot be read (an officer must find out why). */
  SCREENING_FAILED: 'SCREENING_FAILED',
  CHECK_NEEDS_REVIEW: 'CHECK_NEEDS_REVIEW',
  PROVIDER_TIMEOUT: 'PROVIDER_TIMEOUT',
} as const;
/** One review reason. */
export type KycReviewReason = (typeof KycReviewReason)[keyof typeof KycReviewReason];

/** An officer's decision on a manual review: clear the player (VERIFIED) or reject them. */
export const KycReviewDecision = { CLEAR: 'CLEAR', REJECT: 'REJECT' } as const;
/** One review decision. */
export type KycReviewDecision = (typeof KycReviewDecision)[keyof typeof KycReviewDecision];

/** An officer's decision as the API sends it in the review Update; the reason is required for both decisions. */
export interface KycReviewDecisionInput {
  staffId: string;
  roles: StaffRole[];
  decision: KycReviewDecision;
  reason: string;
}

/** A decision the review accepted. */
export interface KycReviewDecisionView {
  staffId: string;
  decision: KycReviewDecision;
  reason: string;
  at: string;
}

/** An open or closed manual review as the onboarding workflow holds it (ids only; the evidence is in Postgres). */
export interface KycReviewState {
  reviewId: string;
  reasons: KycReviewReason[];
  /** Clearing needs two different officers: the review holds a sanctions or PEP hit. */
  fourEyes: boolean;
  /** The screenings whose hits the review is about. */
  screeningIds: string[];
  /** Clearances given since the last evidence arrived (a new hit asks for fresh ones). */
  clearedBy: string[];
  decisions: KycReviewDecisionView[];
  outcome?: KycReviewDecision;
}

/** An onboarding run's live state, answered by its `getStatus` query. */
export interface KycOnboardingState {
  playerId: string;
  trigger: KycOnboardingTrigger;
  jurisdiction?: string;
  status: KycStatus;
  step: KycOnboardingStep;
  screenings: ScreeningOutcome[];
  checkIds: string[];
  checks: KycCheckResultNotice[];
  review?: KycReviewState;
  /** Why the run ended where it did (a rejection's reason, the age rule). */
  reason?: string;
}

/** The refusal types of the review Update's validator, which the API turns into problems. */
export const KycErrorType = {
  NotInReview: 'KYC_NOT_IN_REVIEW',
  NotAuthorised: 'KYC_NOT_AUTHORISED',
  ReasonRequired: 'KYC_REASON_REQUIRED',
  AlreadyCleared: 'KYC_ALREADY_CLEARED',
} as const;
/** One refusal type of a review decision. */
export type KycErrorType = (typeof KycErrorType)[keyof typeof KycErrorType];

/** A re-screening run: against what one list version changed, or (daily) every active player against every list. */
export interface RescreeningInput {
  runId: string;
  listVersionId?: string;
  batchSize: number;
  /** Batches before the run continues as new (100 unless set). */
  batchesPerRun?: number;
  /** Carried across continue-as-new: where the next batch starts, and the counts so far. */
  afterPlayerId?: string;
  progress?: RescreeningProgress;
}

/** How far a re-screening run has come, answered by its `getProgress` query and kept in its summary. */
export interface RescreeningProgress {
  playersScreened: number;
  playersWithHits: number;
  batches: number;
  lastPlayerId?: string;
  done: boolean;
}
/**
 * The `type` of the ApplicationFailures the KYC provider activities end with when retrying cannot help (an unknown
 * player; the provider refusing the request itself), so the onboarding workflow can route them to manual review.
 */
export const KycProviderFailure = {
  UNKNOWN_PLAYER: 'KYC_UNKNOWN_PLAYER',
  REQUEST_REFUSED: 'KYC_PROVIDER_REQUEST_REFUSED',
} as const;
/** One KYC provider failure type. */
export type KycProviderFailure = (typeof KycProviderFailure)[keyof typeof KycProviderFailure];
/** The money movements the KYC gates judge: a deposit, a withdrawal, a bet (the wallet's bet gate). */
export type KycGatedMovement = 'DEPOSIT' | 'WITHDRAWAL' | 'BET';

/** What raised a player's required due diligence level. */
export const DueDiligenceTrigger = {
  /** Cumulative credited deposits reached the jurisdiction's CDD threshold. */
  CDD_THRESHOLD: 'CDD_THRESHOLD',
  /** Screening matched the player to a politically exposed person. */
  PEP_MATCH: 'PEP_MATCH',
  /** A risk rule: a withdrawal of at least the CDD threshold that the withdrawal risk assessment found ELEVATED. */
  RISK_RULE: 'RISK_RULE',
} as const;
/** One due diligence trigger. */
export type DueDiligenceTrigger = (typeof DueDiligenceTrigger)[keyof typeof DueDiligenceTrigger];

/** Where a source-of-funds request (enhanced due diligence) stands. */
export const SourceOfFundsStatus = {
  /** Asked of the player; the deadline has not passed. */
  REQUESTED: 'REQUESTED',
  /** The player sent evidence; an officer reviews it. */
  SUBMITTED: 'SUBMITTED',
  /** The deadline passed without evidence: the player is restricted until an officer clears it. */
  OVERDUE: 'OVERDUE',
  /** An officer accepted the evidence (or cleared the restriction): the request is closed. */
  CLEARED: 'CLEARED',
} as const;
/** One source-of-funds request status. */
export type SourceOfFundsStatus = (typeof SourceOfFundsStatus)[keyof typeof SourceOfFundsStatus];

/** Input of `dueDiligenceWorkflow`: ids and the jurisdiction's timings only, never the evidence itself. */
export interface DueDiligenceInput {
  playerId: string;
  requestId: string;
  trigger: DueDiligenceTrigger;
  /** Days the player has to send source-of-funds evidence (jurisdiction registry, `sourceOfFundsEvidence`). */
  deadlineDays: number;
  /** Days after the request on which the player is reminded, if no evidence came yet. */
  reminderDays: number[];
}

/** What the due diligence workflow exposes by its `getStatus` query, and returns when it ends. */
export interface DueDiligenceState {
  playerId: string;
  requestId: string;
  trigger: DueDiligenceTrigger;
  status: SourceOfFundsStatus;
  remindersSent: number;
  /** When the deadline passes (ISO 8601). */
  dueAt: string;
  /** The officer who cleared it and why, once CLEARED. */
  clearedBy?: string;
  clearReason?: string;
}

/** Business failure types of the due diligence workflow's Update validators. */
export const DueDiligenceErrorType = {
  /** The request is already cleared. */
  ALREADY_CLEARED: 'DUE_DILIGENCE_ALREADY_CLEARED',
  /** A clearance needs a reason of at least a few words. */
  REASON_REQUIRED: 'REASON_REQUIRED',
} as const;

/** Names of the due diligence workflow's messages (definitions in workflows/kyc/messages.ts). */
export const DueDiligenceMessage = {
  /** Signal: the player sent source-of-funds evidence (its reference and description stay in Postgres). */
  evidenceSubmitted: 'sourceOfFundsSubmitted',
  /** Update: an officer clears the request (and any restriction it caused), with a reason. */
  clear: 'clearDueDiligence',
  /** Query: the request's `DueDiligenceState`. */
  getStatus: 'getStatus',
} as const;

/** An officer's clearance of a source-of-funds request (Update `DueDiligenceMessage.clear`). */
export interface ClearDueDiligenceInput {
  officerId: string;
  /** Why it is cleared (evidence reviewed, or why no evidence is needed): kept in the audit log. */
  reason: string;
}

/** The `type` of the ApplicationFailures the screening activities end with when retrying cannot help. */
export const ScreeningFailure = {
  /** No such player. */
  UNKNOWN_PLAYER: 'ScreeningUnknownPlayer',
  /** The player's personal data cannot be decrypted (a changed byte, a missing key): nothing to screen. */
  PERSONAL_DATA_UNREADABLE: 'ScreeningPersonalDataUnreadable',
} as const;
