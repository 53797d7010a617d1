import { Badge, Box, Group, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getPlayerLedger } from './players-api';
import { DateTime } from '../ui/DateTime';
import { Money } from '../ui/Money';
import { TablePager } from '../ui/TablePager';
import { TableState } from '../ui/TableState';

/** The player's ledger history, newest first, paged on the server; each row shows how it moved their accounts. */
export function PlayerLedgerTable({ playerId, currency }: { playerId: string; currency: string }) {
  const [page, setPage] = useState({ limit: 25, offset: 0 });
  const ledger = useQuery({
    queryKey: ['player-ledger', playerId, page],
    queryFn: ({ signal }) => getPlayerLedger(playerId, page, signal),
    placeholderData: keepPreviousData,
  });
  const items = ledger.data?.items ?? [];
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover aria-label="Ledger history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Posted</Table.Th>
              <Table.Th>Transaction</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Player accounts</Table.Th>
              <Table.Th ta="right">Net</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableState
              columns={5}
              loading={ledger.isPending}
              error={ledger.error}
              empty={items.length === 0}
              emptyText="No ledger transactions."
            />
            {items.map((entry) => (
              <Table.Tr key={entry.transactionId}>
                <Table.Td>
                  <DateTime value={entry.createdAt} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {entry.transactionId}
                  </Text>
                </Table.Td>
                <Table.Td>{entry.kind.replaceAll('_', ' ')}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {entry.postings.map((posting, index) => (
                      <Badge key={`${posting.accountKind}-${index}`} size="sm" variant="outline" color="gray">
                        {posting.accountKind.replace('PLAYER_', '').replaceAll('_', ' ').toLowerCase()}{' '}
                        <Money amountMinor={posting.amountMinor} currency={currency} signed />
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Money amountMinor={entry.amountMinor} currency={currency} signed fw={600} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Box px="md" pb="md">
        <TablePager total={ledger.data?.total ?? 0} limit={page.limit} offset={page.offset} onChange={setPage} />
      </Box>
    </>
  );
}
