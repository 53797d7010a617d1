import { setHandler } from '@temporalio/workflow';
import { StaffRole } from '../../contracts/admin';
import {
  AWAITING_DECISION_STATUSES,
  PaymentsErrorType,
  WithdrawalStatus,
  type CancellationInput,
  type DecisionInput,
  type DecisionView,
  type StaffActor,
  type WithdrawalDecision,
  type WithdrawalInput,
  type WithdrawalState,
} from '../../contracts/payments';
import { refusal } from '../refusal';
import { approveWithdrawalUpdate, cancelWithdrawalUpdate, rejectWithdrawalUpdate, retryPayoutUpdate } from './messages';

const DECIDING_ROLES: readonly StaffRole[] = [StaffRole.COMPLIANCE_OFFICER, StaffRole.SENIOR_COMPLIANCE];

/** What the approvals need from the saga: the read model's decision log and the payment's story. */
export interface ApprovalEffects {
  /**
   * Makes the workflow task that accepted a decision durable before anything else happens. An Update's first task is
   * speculative: when Temporal restarts before it is stored, the Update never happened (the officer got a 503), so
   * the read model must not have heard of it yet.
   */
  keepAccepted(): Promise<void>;
  /** Records an officer's decision in the read model (a local activity). */
  recordDecision(decision: Omit<DecisionView, 'at'>): Promise<unknown>;
  /** A timeline entry that does not change the status. */
  note(type: string, detail: Record<string, unknown>, actor?: string): Promise<void>;
  /** Moves the withdrawal to a status, with its timeline entry. */
  moveTo(
    status: WithdrawalStatus,
    type: string,
    detail?: Record<string, unknown>,
    extra?: { actor?: string; escalated?: boolean },
  ): Promise<void>;
}

/**
 * The human side of a withdrawal: officers' approvals and rejections (one or four eyes, senior after an SLA
 * escalation), the player's cancellation and payments ops' payout retry. It holds their state and the rules every
 * request passes; a refused one leaves no trace in the history, and every refusal has the shape of `refusal`.
 */
export class WithdrawalApprovals {
  /** Set once the player's cancellation is accepted. */
  cancelled = false;
  /** Set when payments ops ask for a payout retry; the saga clears it before it waits for one. */
  retryRequested = false;
  // A decision is recorded before it counts, so the timeline shows it before what it caused; officers whose
  // decision is being recorded are already held against deciding twice.
  private readonly deciding = new Map<string, { decision: WithdrawalDecision; senior: boolean }>();

  constructor(
    private readonly request: Pick<WithdrawalInput, 'playerId' | 'requestedBy'>,
    private readonly state: WithdrawalState,
    private readonly effects: ApprovalEffects,
  ) {}

  /** Registers the Updates with their validators; call before the saga's first step. */
  register(): void {
    setHandler(approveWithdrawalUpdate, (d) => this.decide(d, 'APPROVE'), {
      validator: (d) => this.validateApproval(d),
    });
    setHandler(rejectWithdrawalUpdate, (d) => this.decide(d, 'REJECT'), {
      validator: (d) => this.validateRejection(d),
    });
    setHandler(cancelWithdrawalUpdate, () => this.cancel(), { validator: (c) => this.validateCancellation(c) });
    setHandler(retryPayoutUpdate, () => this.requestRetry(), { validator: (a) => this.validateRetry(a) });
  }

  /** Whether the review is over: cancelled, rejected, or every approval needed is in. */
  get decided(): boolean {
    return this.cancelled || this.rejection !== undefined || this.approvals().length >= this.state.approvalsNeeded;
  }

  /** The rejection that ended the review, if one did. */
  get rejection(): DecisionView | undefined {
    return this.state.decisions.find((d) => d.decision === 'REJECT');
  }

  /** An approval may come from an officer who may decide, while approvals are still missing; senior where due. */
  validateApproval(d: DecisionInput): void {
    this.validateDecision(d);
    const approving = [...this.deciding.values()].filter((x) => x.decision === 'APPROVE');
    if (approving.length >= this.state.approvalsNeeded) {
      throw refusal(PaymentsErrorType.NotAwaitingDecision, 'this withdrawal already has every approval it needs');
    }
    const last = approving.length + 1 >= this.state.approvalsNeeded;
    const seniorAmong = approving.some((x) => x.senior);
    if (this.state.seniorRequired && last && !seniorAmong && !d.roles.includes(StaffRole.SENIOR_COMPLIANCE)) {
      throw refusal(PaymentsErrorType.SeniorApprovalRequired, 'the second approval must come from senior compliance');
    }
  }

  /** A rejection may come from an officer who may decide, and always gives a reason. */
  validateRejection(d: DecisionInput): void {
    this.validateDecision(d);
    if (!d.reason?.trim()) throw refusal(PaymentsErrorType.ReasonRequired, 'a rejection needs a reason');
  }

  /** Only the player may cancel, where reverse withdrawals are allowed, while it awaits a decision or an AML hold. */
  validateCancellation({ playerId }: CancellationInput): void {
    if (playerId !== this.request.playerId) {
      throw refusal(PaymentsErrorType.NotAuthorised, 'not this player’s withdrawal');
    }
    if (!this.state.cancellable) {
      throw refusal(
        PaymentsErrorType.CancellationNotAllowed,
        'reverse withdrawals are not allowed in this jurisdiction',
      );
    }
    // A payout held by an AML case has not left: the player may still take the money back, as before a decision.
    if (!AWAITING_DECISION_STATUSES.includes(this.state.status) && this.state.status !== WithdrawalStatus.AML_HOLD) {
      throw refusal(PaymentsErrorType.CancellationNotAllowed, `withdrawal is ${this.state.status}: too late to cancel`);
    }
  }

  /** Only payments ops retry a payout, and only one that needs attention. */
  validateRetry(actor: StaffActor): void {
    if (!actor.roles.includes(StaffRole.PAYMENTS_OPS)) {
      throw refusal(PaymentsErrorType.NotAuthorised, 'only payments ops retry payouts');
    }
    if (this.state.status !== WithdrawalStatus.NEEDS_ATTENTION) {
      throw refusal(PaymentsErrorType.NotRetryable, `withdrawal is ${this.state.status}, not NEEDS_ATTENTION`);
    }
    // The status stays NEEDS_ATTENTION while an accepted retry asks the PSP again: a second one then would be
    // answered "accepted" and dropped, so it is refused until the saga needs attention anew.
    if (this.retryRequested) throw refusal(PaymentsErrorType.NotRetryable, 'a retry is already under way');
  }

  /** Records an accepted decision, then counts it; a first of two approvals moves to AWAITING_SECOND_APPROVAL. */
  async decide(d: DecisionInput, decision: WithdrawalDecision): Promise<WithdrawalState> {
    const senior = d.roles.includes(StaffRole.SENIOR_COMPLIANCE);
    this.deciding.set(d.staffId, { decision, senior });
    const role = senior ? StaffRole.SENIOR_COMPLIANCE : StaffRole.COMPLIANCE_OFFICER;
    const at = new Date().toISOString();
    await this.effects.keepAccepted();
    await this.effects.recordDecision({ staffId: d.staffId, decision, role, reason: d.reason });
    await this.effects.note(decision === 'APPROVE' ? 'APPROVAL' : 'REJECTION', { reason: d.reason, role }, d.staffId);
    this.state.decisions.push({ staffId: d.staffId, role, decision, reason: d.reason, at });
    if (decision === 'APPROVE' && !this.decided) {
      await this.effects.moveTo(
        WithdrawalStatus.AWAITING_SECOND_APPROVAL,
        'AWAITING_SECOND_APPROVAL',
        {},
        { actor: d.staffId },
      );
    }
    return this.state;
  }

  /** Accepts the player's cancellation; the saga voids the reservation. */
  cancel(): WithdrawalState {
    this.cancelled = true;
    return this.state;
  }

  /** Accepts payments ops' retry; the saga asks the PSP again or walks the route again. */
  requestRetry(): WithdrawalState {
    this.retryRequested = true;
    return this.state;
  }

  /** The SLA ran out undecided: from now on only senior compliance decides, and the timeline says so. */
  async escalate(slaMs: number): Promise<void> {
    this.state.escalated = true;
    await this.effects.note('ESCALATED', { slaMs, to: StaffRole.SENIOR_COMPLIANCE });
    await this.effects.moveTo(this.state.status, 'ESCALATED_STATUS', {}, { escalated: true });
  }

  private approvals(): DecisionView[] {
    return this.state.decisions.filter((d) => d.decision === 'APPROVE');
  }

  /** The rules every decision passes before it is accepted. */
  private validateDecision(d: DecisionInput): void {
    const { status } = this.state;
    if (
      !AWAITING_DECISION_STATUSES.includes(status) ||
      [...this.deciding.values()].some((x) => x.decision === 'REJECT')
    ) {
      throw refusal(PaymentsErrorType.NotAwaitingDecision, `withdrawal is ${status}, not awaiting a decision`);
    }
    if (!d.roles.some((r) => DECIDING_ROLES.includes(r))) {
      throw refusal(PaymentsErrorType.NotAuthorised, 'only compliance officers decide withdrawals');
    }
    if (d.staffId === this.request.requestedBy) {
      throw refusal(PaymentsErrorType.MakerCannotApprove, 'the maker of a request cannot decide it');
    }
    if (this.deciding.has(d.staffId)) {
      throw refusal(PaymentsErrorType.AlreadyDecided, `${d.staffId} has already decided this withdrawal`);
    }
    if (this.state.escalated && !d.roles.includes(StaffRole.SENIOR_COMPLIANCE)) {
      throw refusal(PaymentsErrorType.SeniorApprovalRequired, 'escalated: only senior compliance may decide it now');
    }
  }
}
