import { assessWithdrawalRisk, requiredApprovals } from './withdrawal-risk';

const policy = { autoApproveMaxMinor: 10_000, fourEyesMinMinor: 500_000, approvalSlaMs: 60_000 };
const regular = { amountMinor: 5_000, netDepositsMinor: 50_000, previousPaidWithdrawals: 3, accountAgeDays: 90 };

describe('withdrawal risk and approvals', () => {
  it('auto-approves a small withdrawal by a low-risk player', () => {
    const risk = assessWithdrawalRisk(regular);
    expect(risk).toEqual({ level: 'LOW', reasons: [] });
    expect(requiredApprovals(5_000, risk, policy)).toEqual({ approvalsNeeded: 0, seniorRequired: false });
  });

  it('asks one officer for a first withdrawal, however small', () => {
    const risk = assessWithdrawalRisk({ ...regular, previousPaidWithdrawals: 0 });
    expect(risk.level).toBe('ELEVATED');
    expect(risk.reasons).toContain('first withdrawal');
    expect(requiredApprovals(5_000, risk, policy).approvalsNeeded).toBe(1);
  });

  it('asks one officer above the auto-approval threshold and for winnings beyond net deposits', () => {
    expect(requiredApprovals(10_001, assessWithdrawalRisk(regular), policy).approvalsNeeded).toBe(1);
    const winnings = assessWithdrawalRisk({ ...regular, netDepositsMinor: 1_000 });
    expect(winnings.reasons).toContain('withdraws more than net deposits (winnings)');
  });

  it('needs two approvers, one senior, from the four-eyes threshold even for a low-risk player', () => {
    expect(requiredApprovals(500_000, assessWithdrawalRisk(regular), policy)).toEqual({
      approvalsNeeded: 2,
      seniorRequired: true,
    });
  });
});
