import { Badge } from '@mantine/core';

const STATUS_COLORS: Record<string, string> = {
  PAID: 'teal',
  CREDITED: 'teal',
  APPROVED: 'teal',
  REJECTED: 'red',
  DECLINED: 'red',
  REFUSED: 'red',
  FAILED: 'red',
  CANCELLED: 'gray',
  REFUNDED: 'gray',
  NEEDS_ATTENTION: 'orange',
  AWAITING_APPROVAL: 'yellow',
  AWAITING_SECOND_APPROVAL: 'yellow',
  AML_HOLD: 'grape',
};
/** Statuses whose words are not their code's: a payout an AML case holds waits, it is not refused. */
const STATUS_LABELS: Record<string, string> = { AML_HOLD: 'Held by AML case' };

/** A payment's status as the saga names it (UPPER_SNAKE, as in Temporal Web's BusinessStatus), coloured by outcome. */
export function PaymentStatusBadge({
  status,
  size = 'sm',
  testId,
}: {
  status: string;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}) {
  return (
    <Badge
      color={STATUS_COLORS[status] ?? 'blue'}
      variant={status === 'NEEDS_ATTENTION' ? 'filled' : 'light'}
      size={size}
      data-status={status}
      data-testid={testId}
    >
      {STATUS_LABELS[status] ?? status.replaceAll('_', ' ')}
    </Badge>
  );
}
