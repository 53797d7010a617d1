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
