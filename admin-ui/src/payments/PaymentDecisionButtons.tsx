import { Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AWAITING_DECISION_STATUSES } from '../../../contracts/payments';
import { useSession } from '../admin/session-context';
import { ApproveWithdrawalButton } from './ApproveWithdrawalButton';
import { RejectWithdrawalButton } from './RejectWithdrawalButton';
import { withdrawalQueueQuery } from './withdrawal-queries';

const AWAITING = new Set<string>(AWAITING_DECISION_STATUSES);

/**
 * The decisions on a payment's detail screen. Who may decide next (senior or not, who decided already) comes from
 * the approval queue, which the API computes, so the screen never re-derives the saga's rules.
 */
export function PaymentDecisionButtons({ paymentId, status }: { paymentId: string; status: string }) {
  const { ability } = useSession();
  const awaiting = AWAITING.has(status);
  const queue = useQuery({
    ...withdrawalQueueQuery({ limit: 1, offset: 0, q: paymentId }),
    enabled: awaiting && ability.can('read', 'Withdrawal'),
  });
  const queued = queue.data?.items.find((item) => item.paymentId === paymentId);
  if (!awaiting || !queued) return null;
  return (
    <Group gap="sm">
      <ApproveWithdrawalButton target={queued} requestedBy={queued.requestedBy} />
      <RejectWithdrawalButton target={queued} requestedBy={queued.requestedBy} />
    </Group>
  );
}
