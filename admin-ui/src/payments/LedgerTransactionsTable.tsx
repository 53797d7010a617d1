import { Table, Text } from '@mantine/core';
import type { PaymentLedgerTransaction } from './payments-api';
import { DateTime } from '../ui/DateTime';
import { TableState } from '../ui/TableState';

/** The ledger transactions that moved this payment's money: reserve, then post or void, or the deposit credit. */
export function LedgerTransactionsTable({ transactions }: { transactions: PaymentLedgerTransaction[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Ledger transactions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Transaction</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Idempotency key</Table.Th>
            <Table.Th>Posted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={4}
            loading={false}
            error={null}
            empty={transactions.length === 0}
            emptyText="No ledger transaction yet."
          />
          {transactions.map((tx) => (
            <Table.Tr key={tx.transactionId}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {tx.transactionId}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{tx.kind.replaceAll('_', ' ')}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {tx.idempotencyKey}
                </Text>
              </Table.Td>
              <Table.Td>
                <DateTime value={tx.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
