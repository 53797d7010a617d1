import { Badge, Table, Text } from '@mantine/core';
import type { Payment } from './payments-api';
import { DateTime } from '../ui/DateTime';
import { methodLabel } from '../ui/format-labels';
import { Money } from '../ui/Money';
import { ShortId } from '../ui/ShortId';
import { SortableTh } from '../ui/SortableTh';
import { TableState } from '../ui/TableState';
import { PaymentInstrumentLabel } from './PaymentInstrumentLabel';
import { PaymentStatusBadge } from './PaymentStatusBadge';

/** Deposits and withdrawals, one per row, ordered by creation time on the server. */
export function PaymentsTable({
  items,
  loading,
  error,
  order,
  onToggleOrder,
  hidePlayer = false,
}: {
  items: Payment[];
  loading: boolean;
  error: unknown;
  order: 'newest' | 'oldest';
  onToggleOrder: () => void;
  hidePlayer?: boolean;
}) {
  const columns = hidePlayer ? 8 : 9;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover stickyHeader aria-label="Payments" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <SortableTh direction={order === 'oldest' ? 'asc' : 'desc'} onToggle={onToggleOrder}>
              Created
            </SortableTh>
            <Table.Th>Payment</Table.Th>
            <Table.Th>Kind</Table.Th>
            {!hidePlayer && <Table.Th>Player</Table.Th>}
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Method</Table.Th>
            <Table.Th>Paid from / to</Table.Th>
            <Table.Th>PSP</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState columns={columns} loading={loading} error={error} empty={items.length === 0} />
          {items.map((payment) => (
            <Table.Tr key={payment.paymentId} data-testid={`payment-row-${payment.paymentId}`}>
              <Table.Td>
                <DateTime value={payment.createdAt} />
              </Table.Td>
              <Table.Td>
                <ShortId id={payment.paymentId} to={`/payments/${payment.paymentId}`} />
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="outline" color={payment.kind === 'DEPOSIT' ? 'blue' : 'grape'}>
                  {payment.kind === 'DEPOSIT' ? 'Deposit' : 'Withdrawal'}
                </Badge>
              </Table.Td>
              {!hidePlayer && (
                <Table.Td>
                  <ShortId id={payment.playerId} to={`/players/${payment.playerId}`} />
                </Table.Td>
              )}
              <Table.Td ta="right">
                <Money amountMinor={payment.amountMinor} currency={payment.currency} fw={600} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {methodLabel(payment.method)}{' '}
                  <Text span c="dimmed" size="xs">
                    {payment.country}
                  </Text>
                </Text>
              </Table.Td>
              <Table.Td>
                <PaymentInstrumentLabel
                  instrument={payment.instrument}
                  showDepositUse={payment.kind === 'WITHDRAWAL'}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={payment.psp ? undefined : 'dimmed'}>
                  {payment.psp ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <PaymentStatusBadge status={payment.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
