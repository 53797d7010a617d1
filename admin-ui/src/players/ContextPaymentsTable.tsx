import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PaymentStatusBadge } from '../payments/PaymentStatusBadge';
import { DateTime } from '../ui/DateTime';
import { Money } from '../ui/Money';
import type { DecisionContext } from './context-api';

/** The player's latest deposits and withdrawals, each with the card or account it came from or went to. */
export function ContextPaymentsTable({ payments }: { payments: DecisionContext['payments']['latest'] }) {
  if (payments.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No deposits or withdrawals yet.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Payment</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Card or account</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.map((p) => (
            <Table.Tr key={p.paymentId}>
              <Table.Td>
                <DateTime value={p.createdAt} size="sm" />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/payments/${p.paymentId}`} size="sm">
                  {p.kind === 'DEPOSIT' ? 'Deposit' : 'Withdrawal'}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">
                <Money
                  amountMinor={p.kind === 'DEPOSIT' ? p.amountMinor : -p.amountMinor}
                  currency={p.currency}
                  signed
                />
              </Table.Td>
              <Table.Td>
                {p.instrument ? (
                  `${p.instrument.label}${p.psp ? ` (${p.psp})` : ''}`
                ) : (
                  <Text span c="dimmed" inherit>
                    not known yet
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <PaymentStatusBadge status={p.status} />
                {p.failureReason && (
                  <Text span size="xs" c="dimmed" display="block">
                    {p.failureReason}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
