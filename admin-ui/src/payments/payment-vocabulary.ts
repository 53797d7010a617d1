import type { DepositStatus, WithdrawalStatus } from '../../../workflows/payments/definitions';

// Lists for the filters. The contract's status objects live next to workflow code that pulls in the Temporal
// workflow runtime, so they are restated here and checked against its types.

export const WITHDRAWAL_STATUSES = [
  'REQUESTED',
  'FUNDS_RESERVED',
  'AWAITING_APPROVAL',
  'AWAITING_SECOND_APPROVAL',
  'APPROVED',
  'PAYING_OUT',
  'NEEDS_ATTENTION',
  'PAID',
  'REJECTED',
  'CANCELLED',
  'REFUSED',
  'FAILED',
] as const satisfies readonly WithdrawalStatus[];

export const DEPOSIT_STATUSES = [
  'REQUESTED',
  'AUTHORISING',
  'AWAITING_CONFIRMATION',
  'CREDITING',
  'REFUNDING',
  'NEEDS_ATTENTION',
  'CREDITED',
  'DECLINED',
  'REFUSED',
  'REFUNDED',
] as const satisfies readonly DepositStatus[];

/** The PSPs the simulator plays (domain/payments/decline-taxonomy.ts knows their codes). */
export const PSPS = ['cardpay', 'instantbank', 'paywallet'] as const;

/** The statuses to offer for a kind of payment (both kinds when none is chosen). */
export function statusesFor(kind: string): string[] {
  if (kind === 'WITHDRAWAL') return [...WITHDRAWAL_STATUSES];
  if (kind === 'DEPOSIT') return [...DEPOSIT_STATUSES];
  return [...new Set<string>([...WITHDRAWAL_STATUSES, ...DEPOSIT_STATUSES])].sort();
}
