import { ApplicationFailure } from '@temporalio/workflow';
import { StaffRole } from '../../contracts/admin';
import {
  PaymentsErrorType,
  WithdrawalStatus,
  type DecisionInput,
  type WithdrawalState,
} from '../../contracts/payments';
import { WithdrawalApprovals, type ApprovalEffects } from './withdrawal-approvals';

// The approval rules without a Temporal server: the validators are plain methods, and the saga's effects (the
// decision log, the timeline) are recorded here instead of scheduled as local activities.

const officer = (staffId: string, reason?: string): DecisionInput => ({
  staffId,
  roles: [StaffRole.COMPLIANCE_OFFICER],
  reason,
});
const senior = (staffId: string, reason?: string): DecisionInput => ({
  staffId,
  roles: [StaffRole.SENIOR_COMPLIANCE],
  reason,
});

function approvalsOf(overrides: Partial<WithdrawalState> = {}) {
  const state: WithdrawalState = {
    withdrawalId: 'wd_1',
    status: WithdrawalStatus.AWAITING_APPROVAL,
    requestedBy: 'pl_maker',
    approvalsNeeded: 1,
    seniorRequired: false,
    escalated: false,
    decisions: [],
    cancellable: true,
    route: [],
    attempts: [],
    ...overrides,
  };
  const effects: string[] = [];
  const record: ApprovalEffects = {
    keepAccepted: async () => undefined,
    recordDecision: async (d) => effects.push(`recorded ${d.decision} by ${d.staffId} as ${d.role}`),
    note: async (type) => {
      effects.push(`note ${type}`);
    },
    moveTo: async (status, type) => {
      state.status = status;
      effects.push(`moved to ${status} (${type})`);
    },
  };
  const approvals = new WithdrawalApprovals({ playerId: 'pl_1', requestedBy: 'pl_maker' }, state, record);
  return { approvals, state, effects };
}

/** The refusal a call throws: always a non-retryable ApplicationFailure with a contract error type. */
function refusalOf(call: () => void): { type: string | undefined | null; message: string } {
  try {
    call();
  } catch (err) {
    expect(err).toBeInstanceOf(ApplicationFailure);
    const failure = err as ApplicationFailure;
    expect(failure.nonRetryable).toBe(true);
    expect(Object.values(PaymentsErrorType)).toContain(failure.type);
    return { type: failure.type, message: failure.message };
  }
  throw new Error('expected a refusal, but the call was accepted');
}

describe('approval', () => {
  it('is accepted from a compliance officer who did not raise the request', () => {
    const { approvals } = approvalsOf();
    expect(() => approvals.validateApproval(officer('st_a'))).not.toThrow();
    expect(() => approvals.validateApproval(senior('st_s'))).not.toThrow();
  });

  it('is refused when the withdrawal is not awaiting a decision', () => {
    const { approvals } = approvalsOf({ status: WithdrawalStatus.PAYING_OUT });
    expect(refusalOf(() => approvals.validateApproval(officer('st_a')))).toEqual({
      type: PaymentsErrorType.NotAwaitingDecision,
      message: 'withdrawal is PAYING_OUT, not awaiting a decision',
    });
  });

  it('is refused from staff who are not compliance officers', () => {
    const { approvals } = approvalsOf();
    const ops = { staffId: 'st_ops', roles: [StaffRole.PAYMENTS_OPS, StaffRole.ADMIN] };
    expect(refusalOf(() => approvals.validateApproval(ops)).type).toBe(PaymentsErrorType.NotAuthorised);
  });

  it('is refused from the maker of the request', () => {
    const { approvals } = approvalsOf();
    expect(refusalOf(() => approvals.validateApproval(officer('pl_maker'))).type).toBe(
      PaymentsErrorType.MakerCannotApprove,
    );
  });

  it('is refused from an officer who already decided, even while their decision is being recorded', async () => {
    const { approvals } = approvalsOf({ approvalsNeeded: 2 });
    const recording = approvals.decide(officer('st_a'), 'APPROVE');
    expect(refusalOf(() => approvals.validateApproval(officer('st_a'))).type).toBe(PaymentsErrorType.AlreadyDecided);
    await recording;
    expect(refusalOf(() => approvals.validateApproval(officer('st_a'))).type).toBe(PaymentsErrorType.AlreadyDecided);
  });

  it('is refused once every approval needed is in or being recorded', () => {
    const { approvals } = approvalsOf({ approvalsNeeded: 1 });
    void approvals.decide(officer('st_a'), 'APPROVE');
    expect(refusalOf(() => approvals.validateApproval(officer('st_b'))).type).toBe(
      PaymentsErrorType.NotAwaitingDecision,
    );
  });

  it('needs senior compliance for the second of four eyes when the risk says so', async () => {
    const { approvals } = approvalsOf({ approvalsNeeded: 2, seniorRequired: true });
    expect(() => approvals.validateApproval(officer('st_a'))).not.toThrow(); // the first may be anyone's
    await approvals.decide(officer('st_a'), 'APPROVE');
    expect(refusalOf(() => approvals.validateApproval(officer('st_b'))).type).toBe(
      PaymentsErrorType.SeniorApprovalRequired,
    );
    expect(() => approvals.validateApproval(senior('st_s'))).not.toThrow();
  });

  it('needs no second senior when a senior approved first', async () => {
    const { approvals } = approvalsOf({ approvalsNeeded: 2, seniorRequired: true });
    await approvals.decide(senior('st_s'), 'APPROVE');
    expect(() => approvals.validateApproval(officer('st_b'))).not.toThrow();
  });

  it('is recorded before it counts, and the first of two moves the withdrawal to the second approval', async () => {
    const { approvals, state, effects } = approvalsOf({ approvalsNeeded: 2 });
    await approvals.decide(officer('st_a'), 'APPROVE');
    expect(effects).toEqual([
      'recorded APPROVE by st_a as compliance_officer',
      'note APPROVAL',
      'moved to AWAITING_SECOND_APPROVAL (AWAITING_SECOND_APPROVAL)',
    ]);
    expect(approvals.decided).toBe(false);
    const answer = await approvals.decide(senior('st_s'), 'APPROVE');
    expect(answer.decisions.map((d) => [d.staffId, d.role, d.decision])).toEqual([
      ['st_a', StaffRole.COMPLIANCE_OFFICER, 'APPROVE'],
      ['st_s', StaffRole.SENIOR_COMPLIANCE, 'APPROVE'],
    ]);
    expect(approvals.decided).toBe(true);
    expect(state.status).toBe(WithdrawalStatus.AWAITING_SECOND_APPROVAL); // the saga moves on from here
  });
});

describe('rejection', () => {
  it('is accepted from an officer with a reason, and ends the review', async () => {
    const { approvals } = approvalsOf({ approvalsNeeded: 2 });
    expect(() => approvals.validateRejection(officer('st_a', 'source of funds unclear'))).not.toThrow();
    await approvals.decide(officer('st_a', 'source of funds unclear'), 'REJECT');
    expect(approvals.decided).toBe(true);
    expect(approvals.rejection).toMatchObject({ staffId: 'st_a', reason: 'source of funds unclear' });
  });

  it('is refused without a reason', () => {
    const { approvals } = approvalsOf();
    expect(refusalOf(() => approvals.validateRejection(officer('st_a', '  ')))).toEqual({
      type: PaymentsErrorType.ReasonRequired,
      message: 'a rejection needs a reason',
    });
  });

  it('is refused from the maker, and after another officer rejected', () => {
    const { approvals } = approvalsOf({ approvalsNeeded: 2 });
    expect(refusalOf(() => approvals.validateRejection(officer('pl_maker', 'no'))).type).toBe(
      PaymentsErrorType.MakerCannotApprove,
    );
    void approvals.decide(officer('st_a', 'no'), 'REJECT');
    expect(refusalOf(() => approvals.validateRejection(officer('st_b', 'no'))).type).toBe(
      PaymentsErrorType.NotAwaitingDecision,
    );
    expect(refusalOf(() => approvals.validateApproval(officer('st_b'))).type).toBe(
      PaymentsErrorType.NotAwaitingDecision,
    );
  });
});

describe('SLA escalation', () => {
  it('leaves the decision to senior compliance and says so on the timeline', async () => {
    const { approvals, state, effects } = approvalsOf();
    await approvals.escalate(1_500);
    expect(state.escalated).toBe(true);
    expect(effects).toEqual(['note ESCALATED', 'moved to AWAITING_APPROVAL (ESCALATED_STATUS)']);
    expect(refusalOf(() => approvals.validateApproval(officer('st_a')))).toEqual({
      type: PaymentsErrorType.SeniorApprovalRequired,
      message: 'escalated: only senior compliance may decide it now',
    });
    expect(refusalOf(() => approvals.validateRejection(officer('st_a', 'late'))).type).toBe(
      PaymentsErrorType.SeniorApprovalRequired,
    );
    expect(() => approvals.validateApproval(senior('st_s'))).not.toThrow();
  });
});

describe('cancellation', () => {
  it('is accepted from the player while the withdrawal awaits a decision, and ends the review', () => {
    const { approvals } = approvalsOf({ status: WithdrawalStatus.AWAITING_SECOND_APPROVAL });
    expect(() => approvals.validateCancellation({ playerId: 'pl_1' })).not.toThrow();
    approvals.cancel();
    expect(approvals.cancelled).toBe(true);
    expect(approvals.decided).toBe(true);
  });

  it('is refused from anyone but the player', () => {
    const { approvals } = approvalsOf();
    expect(refusalOf(() => approvals.validateCancellation({ playerId: 'pl_2' })).type).toBe(
      PaymentsErrorType.NotAuthorised,
    );
  });

  it('is refused where reverse withdrawals are not allowed', () => {
    const { approvals } = approvalsOf({ cancellable: false });
    expect(refusalOf(() => approvals.validateCancellation({ playerId: 'pl_1' }))).toEqual({
      type: PaymentsErrorType.CancellationNotAllowed,
      message: 'reverse withdrawals are not allowed in this jurisdiction',
    });
  });

  it('is refused once the withdrawal no longer awaits a decision', () => {
    const { approvals } = approvalsOf({ status: WithdrawalStatus.APPROVED });
    expect(refusalOf(() => approvals.validateCancellation({ playerId: 'pl_1' }))).toEqual({
      type: PaymentsErrorType.CancellationNotAllowed,
      message: 'withdrawal is APPROVED: too late to cancel',
    });
  });
});

describe('payout retry', () => {
  const ops = { staffId: 'st_ops', roles: [StaffRole.PAYMENTS_OPS] };

  it('is accepted from payments ops when the payout needs attention', () => {
    const { approvals } = approvalsOf({ status: WithdrawalStatus.NEEDS_ATTENTION });
    expect(() => approvals.validateRetry(ops)).not.toThrow();
    approvals.requestRetry();
    expect(approvals.retryRequested).toBe(true);
  });

  it('is refused from anyone but payments ops', () => {
    const { approvals } = approvalsOf({ status: WithdrawalStatus.NEEDS_ATTENTION });
    expect(
      refusalOf(() => approvals.validateRetry({ staffId: 'st_c', roles: [StaffRole.SENIOR_COMPLIANCE] })).type,
    ).toBe(PaymentsErrorType.NotAuthorised);
  });

  it('is refused while the payout does not need attention', () => {
    const { approvals } = approvalsOf({ status: WithdrawalStatus.PAYING_OUT });
    expect(refusalOf(() => approvals.validateRetry(ops))).toEqual({
      type: PaymentsErrorType.NotRetryable,
      message: 'withdrawal is PAYING_OUT, not NEEDS_ATTENTION',
    });
  });
});
