import type { StaffRole } from './admin';

// The AML domain's contract: transaction monitoring (rules as versioned data, alerts, risk scores) and case
// management (case workflows with SLAs, holds on payouts, SARs approved by the MLRO) as anyone (the API, the
// payment gates, the workers, the admin UI) may know them without importing the Temporal SDK. The Signals, Queries
// and Updates of its workflows are in workflows/aml/messages.ts, for workflow code and Temporal clients.

/** Task queue of the AML worker: case workflows and the retention job. */
export const AML_TASK_QUEUE = 'aml';

/** The registered names of the AML workflows (the exported function names in workflows/aml/). */
export const AmlWorkflowType = {
  case: 'amlCaseWorkflow',
  retention: 'amlRetentionWorkflow',
} as const;

/** Workflow id of one AML case: the alerts of a player while it is open, until an officer closes it. */
export const amlCaseWorkflowId = (caseId: string) => `aml:case:${caseId}`;
/** Workflow id of one retention run (report what became purgeable, purge only that). */
export const amlRetentionWorkflowId = (runId: string) => `aml:retention:${runId}`;
/** Id of the Schedule that runs the retention job daily. */
export const amlRetentionScheduleId = 'aml:retention:daily';

/** How serious an alert (and so the case that holds it) is; a case takes the highest severity of its alerts. */
export const AmlSeverity = { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH', CRITICAL: 'CRITICAL' } as const;
/** One severity. */
export type AmlSeverity = (typeof AmlSeverity)[keyof typeof AmlSeverity];
/** Severities from the least to the most serious, to compare them. */
export const AML_SEVERITIES: readonly AmlSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
/** True when `a` is at least as serious as `b`. */
export const severityAtLeast = (a: AmlSeverity, b: AmlSeverity) =>
  AML_SEVERITIES.indexOf(a) >= AML_SEVERITIES.indexOf(b);

/** The starter rules the back office ships (rule ids); operators add their own beside them. */
export const AmlStarterRule = {
  LARGE_DEPOSIT: 'large-deposit',
  RAPID_DEPOSIT_WITHDRAWAL: 'rapid-deposit-withdrawal',
  STRUCTURING: 'structuring-below-cdd',
  DEPOSIT_VELOCITY: 'deposit-velocity',
  MANY_INSTRUMENTS: 'many-payment-instruments',
  NEW_PAYOUT_INSTRUMENT: 'withdrawal-to-new-instrument',
  SHARED_DEVICE_OR_ADDRESS: 'shared-device-or-address',
  FAILED_DEPOSITS: 'failed-deposits-in-a-row',
} as const;

/** Whether a closed case found its alerts to be real (true positive) or not: each rule's precision comes from it. */
export const AlertDisposition = { TRUE_POSITIVE: 'TRUE_POSITIVE', FALSE_POSITIVE: 'FALSE_POSITIVE' } as const;
/** One disposition; an alert has none until its case closes. */
export type AlertDisposition = (typeof AlertDisposition)[keyof typeof AlertDisposition];

/**
 * A raised alert as the case workflow receives it (Signal `AmlSignal.alertRaised`): ids, codes and numbers only;
 * the explanation of what fired (the facts, the window sums) stays in Postgres (table `aml_alerts`).
 */
export interface AmlAlertNotice {
  alertId: string;
  playerId: string;
  ruleId: string;
  ruleVersion: number;
  severity: AmlSeverity;
  score: number;
  /** When the event that fired it happened (ISO 8601). */
  occurredAt: string;
}

/** Where a case stands. ESCALATED: its SLA ran out (or an analyst escalated it) and it waits for a senior officer. */
export const AmlCaseStatus = {
  OPEN: 'OPEN',
  ASSIGNED: 'ASSIGNED',
  INVESTIGATING: 'INVESTIGATING',
  ESCALATED: 'ESCALATED',
  CLOSED: 'CLOSED',
} as const;
/** One case status. */
export type AmlCaseStatus = (typeof AmlCaseStatus)[keyof typeof AmlCaseStatus];

/** How a case ended. SAR_FILED needs a SAR approved by the MLRO; RESTRICT and CLOSE_ACCOUNT act on the player. */
export const AmlCaseOutcome = {
  NO_ACTION: 'NO_ACTION',
  RESTRICT: 'RESTRICT',
  CLOSE_ACCOUNT: 'CLOSE_ACCOUNT',
  SAR_FILED: 'SAR_FILED',
} as const;
/** One case outcome. */
export type AmlCaseOutcome = (typeof AmlCaseOutcome)[keyof typeof AmlCaseOutcome];

/** Where a suspicious activity report stands: drafted by an analyst, approved or sent back by the MLRO. */
export const SarStatus = { DRAFT: 'DRAFT', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
/** One SAR status. */
export type SarStatus = (typeof SarStatus)[keyof typeof SarStatus];

/** The input of a case workflow: ids only, never personal data. */
export interface AmlCaseInput {
  caseId: string;
  playerId: string;
  /** The player's jurisdiction, for the SLA and hold policy that apply. */
  jurisdiction: string;
  /** The alert that opened the case. */
  firstAlert: AmlAlertNotice;
}

/** The names of the Signals other processes send to AML workflows and to withdrawals. */
export const AmlSignal = {
  /** A new alert of the case's player (from the risk.alerts router): payload `AmlAlertNotice`. */
  alertRaised: 'amlAlertRaised',
  /** Sent to a withdrawal waiting on an AML hold when the hold is released: no payload. */
  holdReleased: 'amlHoldReleased',
} as const;

/** The refusal code and the waiting status of a payout that an AML hold stops. */
export const AmlHoldCode = 'AML_HOLD' as const;

/** A case as queues and the case page show it (table `aml_cases`). */
export interface AmlCaseSummary {
  caseId: string;
  playerId: string;
  status: AmlCaseStatus;
  severity: AmlSeverity;
  outcome: AmlCaseOutcome | null;
  assignee: string | null;
  /** The role an escalated case waits for. */
  assigneeRole: StaffRole | null;
  alertCount: number;
  holdActive: boolean;
  openedAt: string;
  slaDueAt: string;
  escalatedAt: string | null;
  closedAt: string | null;
}

// ── Cases: the case workflow's state, the inputs of its Updates and the refusals they answer. ──

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

// ── Record retention: what a retention run is given, what it reports and what it purged. Ids and counts only: no
// personal data in a run's input, its report or its status. ──

/** PURGE deletes what has become purgeable; REPORT_ONLY is the dry run that only lists it. */
export const AmlRetentionMode = { PURGE: 'PURGE', REPORT_ONLY: 'REPORT_ONLY' } as const;
/** One mode of a retention run. */
export type AmlRetentionMode = (typeof AmlRetentionMode)[keyof typeof AmlRetentionMode];

/** Where a run stands. */
export const AmlRetentionRunStatus = { RUNNING: 'RUNNING', COMPLETED: 'COMPLETED' } as const;
/** One status of a retention run. */
export type AmlRetentionRunStatus = (typeof AmlRetentionRunStatus)[keyof typeof AmlRetentionRunStatus];

/** Who starts the daily run (the Schedule): the run record and the audit entry name it as their actor. */
export const AML_RETENTION_SCHEDULE_ACTOR = 'system:aml-retention-schedule';

/** The input of `amlRetentionWorkflow`. */
export interface AmlRetentionInput {
  mode: AmlRetentionMode;
  /** The staff member who started it, or the Schedule's actor. */
  requestedBy: string;
  /** Players purged per batch (one transaction each). */
  batchSize: number;
  /** The run's id; the Schedule's runs leave it out and take the one Temporal gave their workflow id. */
  runId?: string;
}

/** How many records of one AML table are purgeable (or were purged). */
export interface AmlRetentionTableCount {
  table: string;
  /** What the table holds, in the compliance officer's words. */
  label: string;
  records: number;
}

/** What has become purgeable at a cutoff: records per table, and how many players they belong to. */
export interface AmlRetentionReport {
  cutoff: string;
  tables: AmlRetentionTableCount[];
  players: number;
  /** Players whose relationship ended but whose records are still within their retention period. */
  playersRetained: number;
  /** When the next records become purgeable (ISO 8601), if any are waiting. */
  nextPurgeableAt: string | null;
}

/** Where a run stands, on its `getStatus` query and as its result. */
export interface AmlRetentionStatus {
  runId: string;
  mode: AmlRetentionMode;
  status: AmlRetentionRunStatus;
  report: AmlRetentionReport | null;
  /** Records deleted per table so far (empty in a dry run). */
  purged: AmlRetentionTableCount[];
  playersPurged: number;
  batches: number;
}
