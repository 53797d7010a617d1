import { Badge, SegmentedControl, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Section } from '../ui/Section';
import { TablePager } from '../ui/TablePager';
import { TableState } from '../ui/TableState';
import { CHANGE_COLORS, CHANGE_LABELS } from './screening-labels';
import { listScreeningListChanges, type ListChange } from './screening-lists-api';

type ChangeFilter = ListChange['change'] | 'ALL';

/** What one import added, removed and changed: each entry with its names, dates of birth and countries. */
export function ListChangesTable({ versionId }: { versionId: string }) {
  const [filter, setFilter] = useState<ChangeFilter>('ALL');
  const [page, setPage] = useState({ limit: 25, offset: 0 });
  const changes = useQuery({
    queryKey: ['screening-list-changes', versionId, filter, page],
    queryFn: ({ signal }) =>
      listScreeningListChanges(versionId, { ...page, ...(filter === 'ALL' ? {} : { change: filter }) }, signal),
    placeholderData: keepPreviousData,
  });
  const items = changes.data?.items ?? [];
  return (
    <Section
      title="What this import changed"
      description="Added and changed entries are what re-screening checks every player against."
      flush
      actions={
        <SegmentedControl
          size="xs"
          aria-label="Show changes"
          value={filter}
          onChange={(value) => {
            setFilter(value as ChangeFilter);
            setPage((p) => ({ ...p, offset: 0 }));
          }}
          data={[
            { value: 'ALL', label: 'All' },
            { value: 'ADDED', label: 'Added' },
            { value: 'CHANGED', label: 'Changed' },
            { value: 'REMOVED', label: 'Removed' },
          ]}
        />
      }
    >
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Change</Table.Th>
            <Table.Th>Entry</Table.Th>
            <Table.Th>Names</Table.Th>
            <Table.Th>Born</Table.Th>
            <Table.Th>Countries</Table.Th>
            <Table.Th>Programmes or position</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableState
            columns={6}
            loading={changes.isPending}
            error={changes.error}
            empty={items.length === 0}
            emptyText="This import changed nothing here."
          />
          {items.map(({ entryId, change, entry }) => (
            <Table.Tr key={entryId}>
              <Table.Td>
                <Badge color={CHANGE_COLORS[change]} variant="light">
                  {CHANGE_LABELS[change]}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace">{entryId}</Table.Td>
              <Table.Td>
                {entry.names.map((name) => (
                  <Text key={`${name.kind}:${name.name}`} size="sm" c={name.kind === 'PRIMARY' ? undefined : 'dimmed'}>
                    {name.name}
                    {name.kind === 'PRIMARY' ? '' : ` (${name.kind.replace('_', ' ').toLowerCase()})`}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{entry.datesOfBirth.join(', ') || '—'}</Table.Td>
              <Table.Td>{[...new Set([...entry.countries, ...entry.nationalities])].join(', ') || '—'}</Table.Td>
              <Table.Td>{entry.position ?? (entry.programmes.join(', ') || '—')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <div style={{ padding: '0 var(--mantine-spacing-md) var(--mantine-spacing-md)' }}>
        <TablePager total={changes.data?.total ?? 0} limit={page.limit} offset={page.offset} onChange={setPage} />
      </div>
    </Section>
  );
}
