import { DEPOSIT_STATUSES, WITHDRAWAL_STATUSES } from '../../../contracts/payments';

/** The PSPs the simulator plays (domain/payments/decline-taxonomy.ts knows their codes). */
export const PSPS = ['cardpay', 'instantbank', 'paywallet'] as const;

/** The statuses to offer for a kind of payment (both kinds when none is chosen). */
export function statusesFor(kind: string): string[] {
  if (kind === 'WITHDRAWAL') return [...WITHDRAWAL_STATUSES];
  if (kind === 'DEPOSIT') return [...DEPOSIT_STATUSES];
  return [...new Set<string>([...WITHDRAWAL_STATUSES, ...DEPOSIT_STATUSES])].sort();
}
