import { Box, Group, SegmentedControl } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listPayments, type PaymentKind } from '../payments/payments-api';
import { PaymentsTable } from '../payments/PaymentsTable';
import { TablePager } from '../ui/TablePager';

/** The player's deposits and withdrawals, paged and ordered on the server. */
export function PlayerPaymentsTable({ playerId }: { playerId: string }) {
  const [kind, setKind] = useState<PaymentKind | 'ALL'>('ALL');
  const [order, setOrder] = useState<'newest' | 'oldest'>('newest');
  const [page, setPage] = useState({ limit: 25, offset: 0 });
  const filter = { playerId, kind: kind === 'ALL' ? undefined : kind, order, ...page };
  const payments = useQuery({
    queryKey: ['payments', filter],
    queryFn: ({ signal }) => listPayments(filter, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Group px="md" pb="sm">
        <SegmentedControl
          size="xs"
          aria-label="Kind"
          value={kind}
          data={[
            { value: 'ALL', label: 'All' },
            { value: 'DEPOSIT', label: 'Deposits' },
            { value: 'WITHDRAWAL', label: 'Withdrawals' },
          ]}
          onChange={(value) => {
            setKind(value as PaymentKind | 'ALL');
            setPage((current) => ({ ...current, offset: 0 }));
          }}
        />
      </Group>
      <PaymentsTable
        items={payments.data?.items ?? []}
        loading={payments.isPending}
        error={payments.error}
        order={order}
        onToggleOrder={() => setOrder((current) => (current === 'newest' ? 'oldest' : 'newest'))}
        hidePlayer
      />
      <Box px="md" pb="md">
        <TablePager total={payments.data?.total ?? 0} limit={page.limit} offset={page.offset} onChange={setPage} />
      </Box>
    </>
  );
}
