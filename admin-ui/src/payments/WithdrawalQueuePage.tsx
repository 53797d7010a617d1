import { Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DateTime } from '../ui/DateTime';
import { FilterTextInput } from '../ui/FilterTextInput';
import { NavIcon } from '../ui/NavIcon';
import { PageHeader } from '../ui/PageHeader';
import { TablePager } from '../ui/TablePager';
import { TableState } from '../ui/TableState';
import { useUrlParams } from '../ui/use-url-params';
import { QueueStats } from './QueueStats';
import { withdrawalQueueColumns } from './withdrawal-queue-columns';
import { withdrawalQueueQuery } from './withdrawal-queries';
import { WithdrawalQueueRow } from './WithdrawalQueueRow';

const KEYS = ['q'] as const;

/**
 * The withdrawal approval queue: every withdrawal awaiting a first or second approval, oldest first (the order
 * the SLA is measured in), with its risk context and the decisions this officer may take. The API pages and
 * searches the queue; the cards above the table summarise all of it.
 */
export function WithdrawalQueuePage() {
  const { values, limit, offset, set } = useUrlParams(KEYS, { limit: 25 });
  const needle = values.q.trim();
  const queue = useQuery({
    ...withdrawalQueueQuery({ limit, offset, q: needle || undefined }),
    placeholderData: keepPreviousData,
  });
  const page = queue.data?.items ?? [];

  return (
    <>
      <PageHeader
        title="Withdrawal queue"
        description="Withdrawals awaiting a compliance decision, oldest first. Four-eyes amounts need two officers, one of them senior."
        actions={
          <Group gap="sm">
            {queue.dataUpdatedAt > 0 && (
              <Text size="xs" c="dimmed">
                Updated <DateTime value={new Date(queue.dataUpdatedAt)} />
              </Text>
            )}
            <Button
              variant="default"
              size="sm"
              leftSection={<NavIcon name="refresh" size={14} />}
              loading={queue.isFetching}
              onClick={() => void queue.refetch()}
            >
              Refresh
            </Button>
          </Group>
        }
      />
      <QueueStats summary={queue.data?.summary} />
      <Group mb="sm">
        <FilterTextInput
          aria-label="Find a withdrawal or player"
          placeholder="Find a withdrawal or player id"
          w={340}
          leftSection={<NavIcon name="search" size={14} />}
          value={values.q}
          onCommit={(q) => set({ q })}
        />
      </Group>
      <Paper p={0}>
        <Table.ScrollContainer minWidth={1000}>
          <Table highlightOnHover stickyHeader aria-label="Withdrawal queue">
            <Table.Thead>
              <Table.Tr>
                {withdrawalQueueColumns.map((column) => (
                  <Table.Th key={column.key} ta={column.align}>
                    {column.hiddenLabel ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TableState
                columns={withdrawalQueueColumns.length}
                loading={queue.isPending}
                error={queue.error}
                empty={page.length === 0}
                emptyText={
                  needle ? 'No queued withdrawal matches.' : 'The queue is clear: no withdrawal awaits a decision.'
                }
              />
              {page.map((withdrawal) => (
                <WithdrawalQueueRow key={withdrawal.paymentId} withdrawal={withdrawal} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <TablePager total={queue.data?.total ?? 0} limit={limit} offset={offset} onChange={set} />
    </>
  );
}
