import type { ApprovalPolicy } from '../../contracts/payments';

/** What the risk decision looks at, read from the ledger and the payments read model. */
export interface WithdrawalRiskFacts {
  amountMinor: number;
  /** Credited deposits minus paid and pending withdrawals (this one excluded). */
  netDepositsMinor: number;
  previousPaidWithdrawals: number;
  accountAgeDays: number;
}

export interface WithdrawalRisk {
  level: 'LOW' | 'ELEVATED';
  reasons: string[];
}

/** A player is low risk unless this is their first withdrawal, the account is new, or they take out more than they put in. */
export function assessWithdrawalRisk(facts: WithdrawalRiskFacts): WithdrawalRisk {
  const reasons: string[] = [];
  if (facts.previousPaidWithdrawals === 0) reasons.push('first withdrawal');
  if (facts.accountAgeDays < 7) reasons.push(`account is ${facts.accountAgeDays} days old`);
  if (facts.amountMinor > facts.netDepositsMinor) reasons.push('withdraws more than net deposits (winnings)');
  return { level: reasons.length === 0 ? 'LOW' : 'ELEVATED', reasons };
}

/**
 * How many officers must approve: none for a low-risk player under the auto-approval threshold, two distinct
 * officers (one of them senior) from the four-eyes threshold, one otherwise.
 */
export function requiredApprovals(
  amountMinor: number,
  risk: WithdrawalRisk,
  policy: ApprovalPolicy,
): { approvalsNeeded: 0 | 1 | 2; seniorRequired: boolean } {
  if (amountMinor >= policy.fourEyesMinMinor) return { approvalsNeeded: 2, seniorRequired: true };
  if (risk.level === 'LOW' && amountMinor <= policy.autoApproveMaxMinor) {
    return { approvalsNeeded: 0, seniorRequired: false };
  }
  return { approvalsNeeded: 1, seniorRequired: false };
}
