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
