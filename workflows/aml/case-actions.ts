import { condition, setHandler } from '@temporalio/workflow';
import { StaffRole } from '../../contracts/admin';
import {
  AmlCaseOutcome,
  AmlCaseStatus,
  SarStatus,
  severityAtLeast,
  type AmlAlertNotice,
  type AmlSeverity,
  AmlCaseErrorType,
  type AmlCaseActor,
  type AmlCaseState,
  type AssignAmlCaseInput,
  type CloseAmlCaseInput,
  type DraftSarInput,
  type EscalateAmlCaseInput,
  type RejectSarInput,
} from '../../contracts/aml';
import { refusal } from '../refusal';
import {
  alertRaisedSignal,
  approveSarUpdate,
  assignAmlCaseUpdate,
  claimAmlCaseUpdate,
  closeAmlCaseUpdate,
  draftSarUpdate,
  escalateAmlCaseUpdate,
  investigateAmlCaseUpdate,
  rejectSarUpdate,
} from './messages';

/** Who works cases (abilities.ts: `update` `AmlCase`). */
const CASE_ROLES: readonly StaffRole[] = [
  StaffRole.RISK_ANALYST,
  StaffRole.COMPLIANCE_OFFICER,
  StaffRole.SENIOR_COMPLIANCE,
  StaffRole.MLRO,
];
/** Who takes over an escalated case. */
const SENIOR_ROLES: readonly StaffRole[] = [StaffRole.SENIOR_COMPLIANCE, StaffRole.MLRO];

const isSenior = (a: AmlCaseActor) => a.roles.some((r) => SENIOR_ROLES.includes(r));

/** What the case's people need from the workflow: its timeline and read model (activities). */
export interface CaseEffects {
  /** A timeline entry, with the case row's new fields when the step changed them. */
  record(type: string, actor: string, detail?: Record<string, unknown>): Promise<void>;
  /** Makes the revision the case's SAR (status DRAFT); its text was written by the API. */
  recordSarDraft(revisionId: string, staffId: string): Promise<{ sarId: string }>;
  /** Records the MLRO's decision on the SAR. */
  recordSarDecision(staffId: string, status: 'APPROVED' | 'REJECTED', reason?: string): Promise<void>;
}

/**
 * The people's side of a case: claims, assignments, escalation, the SAR's four eyes and the close request, with
 * the rules each passes, and the alerts the router signals. A refused request leaves no trace in the history; every
 * refusal has the shape of `refusal`. The workflow body does what follows a close (tags, hold, player).
 */
export class AmlCaseActions {
  /** The accepted close, which the workflow carries out; set once. */
  closeRequest: CloseAmlCaseInput | undefined;
  /** Set by the workflow once its OPENED step is recorded; requests accepted before it wait for it. */
  openRecorded = false;
  /** Alerts that joined since the workflow last recorded them. */
  readonly unrecordedAlerts: AmlAlertNotice[] = [];
  // The SAR decision being recorded: a second one is refused meanwhile.
  private sarDeciding = false;

  constructor(
    private readonly state: AmlCaseState,
    private readonly effects: CaseEffects,
  ) {}

  /** Registers the Signal and the Updates with their validators; call before the workflow's first step. */
  register(): void {
    setHandler(alertRaisedSignal, (alert) => this.addAlert(alert));
    setHandler(claimAmlCaseUpdate, (a) => this.claim(a), { validator: (a) => this.validateClaim(a) });
    setHandler(assignAmlCaseUpdate, (a) => this.assign(a), { validator: (a) => this.validateAssign(a) });
    setHandler(investigateAmlCaseUpdate, (a) => this.investigate(a), {
      validator: (a) => this.validateInvestigate(a),
    });
    setHandler(escalateAmlCaseUpdate, (a) => this.escalateByHand(a), {
      validator: (a) => this.validateEscalate(a),
    });
    setHandler(draftSarUpdate, (d) => this.draftSar(d), { validator: (d) => this.validateDraftSar(d) });
    setHandler(approveSarUpdate, (a) => this.decideSar(a, SarStatus.APPROVED), {
      validator: (a) => this.validateSarDecision(a),
    });
    setHandler(rejectSarUpdate, (r) => this.decideSar(r, SarStatus.REJECTED, r.reason.trim()), {
      validator: (r) => this.validateSarRejection(r),
    });
    setHandler(closeAmlCaseUpdate, (c) => this.close(c), { validator: (c) => this.validateClose(c) });
  }

  /**
   * A new alert joins the case and raises its severity; one it already has (a redelivery) is ignored. An alert
   * signalled while the case closes is not lost: the close step re-files what the case never knew.
   */
  addAlert(alert: AmlAlertNotice): void {
    if (this.state.alerts.some((a) => a.alertId === alert.alertId)) return;
    this.state.alerts.push(alert);
    this.unrecordedAlerts.push(alert);
    if (!severityAtLeast(this.state.severity, alert.severity)) this.state.severity = alert.severity;
  }

  validateClaim(a: AmlCaseActor): void {
    this.validateWorker(a);
    if (this.state.assignee === a.staffId) {
      throw refusal(AmlCaseErrorType.InvalidTransition, 'the case is already yours');
    }
    if (this.state.assignee && this.state.status !== AmlCaseStatus.ESCALATED) {
      throw refusal(AmlCaseErrorType.InvalidTransition, `the case is assigned to ${this.state.assignee}: ask them`);
    }
  }

  async claim(a: AmlCaseActor): Promise<AmlCaseState> {
    this.takeOver(a.staffId);
    await this.opened();
    await this.effects.record('CLAIMED', a.staffId, { assignee: a.staffId });
    return this.state;
  }

  validateAssign(a: AssignAmlCaseInput): void {
    this.validateWorker(a);
    if (!a.assignee?.trim()) throw refusal(AmlCaseErrorType.InvalidTransition, 'say whom to assign it to');
    if (this.state.assignee === a.assignee) {
      throw refusal(AmlCaseErrorType.InvalidTransition, `the case is already assigned to ${a.assignee}`);
    }
  }

  async assign(a: AssignAmlCaseInput): Promise<AmlCaseState> {
    this.takeOver(a.assignee);
    await this.opened();
    await this.effects.record('ASSIGNED', a.staffId, { assignee: a.assignee });
    return this.state;
  }

  validateInvestigate(a: AmlCaseActor): void {
    this.validateWorker(a);
    if (this.state.assignee !== a.staffId) {
      throw refusal(AmlCaseErrorType.InvalidTransition, 'only the assignee starts the investigation: claim it first');
    }
    if (this.state.status !== AmlCaseStatus.ASSIGNED) {
      throw refusal(AmlCaseErrorType.InvalidTransition, `the case is ${this.state.status}, not ASSIGNED`);
    }
  }

  async investigate(a: AmlCaseActor): Promise<AmlCaseState> {
    this.state.status = AmlCaseStatus.INVESTIGATING;
    await this.opened();
    await this.effects.record('INVESTIGATING', a.staffId);
    return this.state;
  }

  validateEscalate(a: EscalateAmlCaseInput): void {
    this.validateWorker(a);
    if (this.state.escalated) throw refusal(AmlCaseErrorType.InvalidTransition, 'the case is already escalated');
    if (!a.reason?.trim()) throw refusal(AmlCaseErrorType.ReasonRequired, 'an escalation needs a reason');
  }

  async escalateByHand(a: EscalateAmlCaseInput): Promise<AmlCaseState> {
    await this.opened();
    await this.escalate(a.staffId, { reason: a.reason.trim() });
    return this.state;
  }

  /** To senior compliance: by hand, or because the SLA ran out (actor `system`). The assignee stays, if any. */
  async escalate(actor: string, detail: Record<string, unknown>): Promise<void> {
    this.state.escalated = true;
    this.state.status = AmlCaseStatus.ESCALATED;
    this.state.assigneeRole = StaffRole.SENIOR_COMPLIANCE;
    await this.effects.record('ESCALATED', actor, { ...detail, to: StaffRole.SENIOR_COMPLIANCE });
  }

  validateDraftSar(d: DraftSarInput): void {
    this.validateWorker(d);
    if (!d.revisionId?.trim()) throw refusal(AmlCaseErrorType.InvalidTransition, 'no SAR revision given');
    if (this.state.sar?.status === SarStatus.APPROVED) {
      throw refusal(AmlCaseErrorType.SarAlreadyApproved, 'the SAR is approved: it can no longer change');
    }
    if (this.sarDeciding) throw refusal(AmlCaseErrorType.SarNotAwaitingDecision, 'the MLRO is deciding the SAR');
  }

  async draftSar(d: DraftSarInput): Promise<AmlCaseState> {
    await this.opened();
    const draftedBy = [...new Set([...(this.state.sar?.draftedBy ?? []), d.staffId])];
    const { sarId } = await this.effects.recordSarDraft(d.revisionId, d.staffId);
    this.state.sar = { sarId, status: SarStatus.DRAFT, revisionId: d.revisionId, draftedBy };
    await this.effects.record('SAR_DRAFTED', d.staffId, { sarId, revisionId: d.revisionId });
    return this.state;
  }

  /** Only the MLRO decides a SAR in draft, and never one they wrote any revision of (maker ≠ checker). */
  validateSarDecision(a: AmlCaseActor): void {
    this.validateOpen();
    if (!a.roles.includes(StaffRole.MLRO)) throw refusal(AmlCaseErrorType.NotAuthorised, 'only the MLRO decides SARs');
    const sar = this.state.sar;
    if (!sar || sar.status !== SarStatus.DRAFT || this.sarDeciding) {
      throw refusal(AmlCaseErrorType.SarNotAwaitingDecision, `the SAR is ${sar?.status ?? 'not drafted'}`);
    }
    if (sar.draftedBy.includes(a.staffId)) {
      throw refusal(AmlCaseErrorType.SarDrafterCannotApprove, 'you drafted this SAR: another MLRO must decide it');
    }
  }

  validateSarRejection(r: RejectSarInput): void {
    this.validateSarDecision(r);
    if (!r.reason?.trim()) throw refusal(AmlCaseErrorType.ReasonRequired, 'a rejected SAR needs a reason');
  }

  async decideSar(a: AmlCaseActor, status: 'APPROVED' | 'REJECTED', reason?: string): Promise<AmlCaseState> {
    this.sarDeciding = true;
    try {
      await this.opened();
      await this.effects.recordSarDecision(a.staffId, status, reason);
      this.state.sar = { ...this.state.sar!, status, decidedBy: a.staffId, rejectionReason: reason };
      await this.effects.record(status === SarStatus.APPROVED ? 'SAR_APPROVED' : 'SAR_REJECTED', a.staffId, {
        sarId: this.state.sar.sarId,
        ...(reason && { reason }),
      });
    } finally {
      this.sarDeciding = false;
    }
    return this.state;
  }

  /** A close needs a reason; SAR_FILED an approved SAR; an escalated case, senior compliance or the MLRO. */
  validateClose(c: CloseAmlCaseInput): void {
    this.validateWorker(c);
    if (!Object.values(AmlCaseOutcome).includes(c.outcome)) {
      throw refusal(AmlCaseErrorType.InvalidTransition, `unknown outcome ${String(c.outcome)}`);
    }
    if (!c.reason?.trim()) throw refusal(AmlCaseErrorType.ReasonRequired, 'closing a case needs a reason');
    if (this.state.escalated && !isSenior(c)) {
      throw refusal(AmlCaseErrorType.SeniorRequired, 'escalated: only senior compliance or the MLRO may close it');
    }
    if (c.outcome === AmlCaseOutcome.SAR_FILED && this.state.sar?.status !== SarStatus.APPROVED) {
      throw refusal(AmlCaseErrorType.SarRequired, 'SAR_FILED needs a SAR approved by the MLRO');
    }
  }

  /** Accepts the close; answers once the workflow has carried it out. */
  async close(c: CloseAmlCaseInput): Promise<AmlCaseState> {
    this.closeRequest = { ...c, reason: c.reason.trim() };
    await condition(() => this.state.status === AmlCaseStatus.CLOSED);
    return this.state;
  }

  /** Whether the case may still take requests. */
  private validateOpen(): void {
    if (this.state.status === AmlCaseStatus.CLOSED || this.closeRequest) {
      throw refusal(AmlCaseErrorType.CaseClosed, 'the case is closed');
    }
  }

  /** The rules every case action passes: an open case, a role that works cases, senior once escalated. */
  private validateWorker(a: AmlCaseActor): void {
    this.validateOpen();
    if (!a.roles?.some((r) => CASE_ROLES.includes(r))) {
      throw refusal(AmlCaseErrorType.NotAuthorised, 'only analysts and compliance officers work AML cases');
    }
    if (this.state.escalated && !isSenior(a)) {
      throw refusal(AmlCaseErrorType.SeniorRequired, 'escalated: senior compliance or the MLRO works it now');
    }
  }

  /** A request accepted while the case is still opening waits for it, so the timeline starts with OPENED. */
  private opened(): Promise<void> {
    return condition(() => this.openRecorded);
  }

  private takeOver(assignee: string): void {
    this.state.assignee = assignee;
    if (this.state.status === AmlCaseStatus.OPEN) this.state.status = AmlCaseStatus.ASSIGNED;
  }
}

/** The SLA a case has after its severity rose: the new severity's, counted from now, but never later than before. */
export function slaDueAfterRise(
  currentDueMs: number,
  nowMs: number,
  slaMs: Record<AmlSeverity, number>,
  s: AmlSeverity,
) {
  return Math.min(currentDueMs, nowMs + slaMs[s]);
}
