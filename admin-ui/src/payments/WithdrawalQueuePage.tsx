import { Button, Group, Paper, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DateTime } from '../ui/DateTime';
import { FilterTextInput } from '../ui/FilterTextInput';
import { NavIcon } from '../ui/NavIcon';
import { PageHeader } from '../ui/PageHeader';
import { TablePager } from '../ui/TablePager';
import { TableState } from '../ui/TableState';
import { useUrlParams } from '../ui/use-url-params';
import { AssigneeFilter, assigneeScopeOf } from '../ui/queue/AssigneeFilter';
import { QueueStats } from './QueueStats';
import { withdrawalQueueColumns } from './withdrawal-queue-columns';
import { withdrawalQueueQuery } from './withdrawal-queries';
import { WithdrawalQueueRow } from './WithdrawalQueueRow';

const KEYS = ['q', 'assignee', 'sort', 'tag'] as const;

const SORTS = [
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'createdAt:desc', label: 'Newest first' },
  { value: 'amount:desc', label: 'Largest amount first' },
  { value: 'amount', label: 'Smallest amount first' },
] as const;

/**
 * The withdrawal approval queue: every withdrawal awaiting a first or second approval, oldest first (the order
 * the SLA is measured in), with its risk context and the decisions this officer may take. The API pages and
 * searches the queue; the cards above the table summarise all of it.
 */
export function WithdrawalQueuePage() {
  const { values, limit, offset, set } = useUrlParams(KEYS, { limit: 25 });
  const needle = values.q.trim();
  const assignee = assigneeScopeOf(values.assignee);
  const [sort, order] = (values.sort || 'createdAt').split(':') as ['createdAt' | 'amount', 'desc' | undefined];
  const tag = values.tag.trim().toLowerCase().replace(/\s+/g, '-');
  const queue = useQuery({
    ...withdrawalQueueQuery({
      limit,
      offset,
      q: needle || undefined,
      assignee,
      sort,
      order: order ?? 'asc',
      playerTag: tag || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const page = queue.data?.items ?? [];

  return (
    <>
      <PageHeader
        title="Withdrawal queue"
        description="Withdrawals awaiting a compliance decision, oldest first. Claim one to work it; four-eyes amounts need two officers, one of them senior."
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
        <AssigneeFilter value={assignee} onChange={(scope) => set({ assignee: scope === 'all' ? '' : scope })} />
        <FilterTextInput
          aria-label="Player tag"
          placeholder="Player tag, such as high-roller"
          w={240}
          value={values.tag}
          onCommit={(value) => set({ tag: value })}
        />
        <Select
          aria-label="Sort"
          data={SORTS.map((s) => ({ ...s }))}
          value={values.sort || 'createdAt'}
          onChange={(value) => set({ sort: value === 'createdAt' || !value ? '' : value })}
          allowDeselect={false}
          w={220}
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
                  needle || tag || assignee !== 'all'
                    ? 'No queued withdrawal matches.'
                    : 'The queue is clear: no withdrawal awaits a decision.'
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
