import type { StaffRole } from './admin';
import type { AmlAlertNotice, AmlCaseOutcome, AmlCaseStatus, AmlSeverity, SarStatus } from './aml';

// The case part of the AML contract (beside contracts/aml.ts): the case workflow's state, the inputs of its Updates
// and the refusals they answer, as the API, the activities and the admin UI know them without the Temporal SDK.

/** Why a case action was refused; the API answers each with one HTTP status (api/aml/cases-openapi.ts). */
export const AmlCaseErrorType = {
  NotAuthorised: 'AML_CASE_NOT_AUTHORISED',
  CaseClosed: 'AML_CASE_CLOSED',
  InvalidTransition: 'AML_CASE_INVALID_TRANSITION',
  ReasonRequired: 'AML_CASE_REASON_REQUIRED',
  SeniorRequired: 'AML_CASE_SENIOR_REQUIRED',
  SarRequired: 'AML_SAR_APPROVAL_REQUIRED',
  SarNotAwaitingDecision: 'AML_SAR_NOT_AWAITING_DECISION',
  SarDrafterCannotApprove: 'AML_SAR_DRAFTER_CANNOT_APPROVE',
  SarAlreadyApproved: 'AML_SAR_ALREADY_APPROVED',
} as const;
/** One refusal type of a case action. */
export type AmlCaseErrorType = (typeof AmlCaseErrorType)[keyof typeof AmlCaseErrorType];

/** Who asks: a staff member and the roles of their session. */
export interface AmlCaseActor {
  staffId: string;
  roles: StaffRole[];
}

/** The case's SAR as the workflow knows it: ids and who did what; its text is in Postgres (`aml_sars`). */
export interface AmlCaseSarView {
  sarId: string;
  status: SarStatus;
  revisionId: string;
  draftedBy: string[];
  decidedBy?: string;
  rejectionReason?: string;
}

/** The live state of a case workflow (its `getStatus` query): ids, codes and times, no personal data. */
export interface AmlCaseState {
  caseId: string;
  playerId: string;
  jurisdiction: string;
  status: AmlCaseStatus;
  severity: AmlSeverity;
  alerts: AmlAlertNotice[];
  assignee?: string;
  /** The role an escalated case waits for. */
  assigneeRole?: StaffRole;
  slaDueAt: string;
  escalated: boolean;
  holdActive: boolean;
  sar?: AmlCaseSarView;
  outcome?: AmlCaseOutcome;
  closedBy?: string;
}

/** What a case workflow reads once from the worker's configuration: SLA per severity and the hold threshold. */
export interface AmlCasePolicy {
  slaMs: Record<AmlSeverity, number>;
  holdMinSeverity: AmlSeverity;
}

/** Assign a case to a staff member. */
export interface AssignAmlCaseInput extends AmlCaseActor {
  assignee: string;
}
/** Escalate a case by hand, with a reason. */
export interface EscalateAmlCaseInput extends AmlCaseActor {
  reason: string;
}
/** A SAR revision an officer wrote (its text is in `aml_sar_revisions`). */
export interface DraftSarInput extends AmlCaseActor {
  revisionId: string;
}
/** The MLRO rejects a SAR, with a reason. */
export interface RejectSarInput extends AmlCaseActor {
  reason: string;
}
/** Close a case with an outcome and a reason. */
export interface CloseAmlCaseInput extends AmlCaseActor {
  outcome: AmlCaseOutcome;
  reason: string;
}
