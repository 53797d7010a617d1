import { Anchor, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoader } from '../../ui/PageLoader';
import { SortableTh } from '../../ui/SortableTh';
import { TablePager } from '../../ui/TablePager';
import { listAmlAlerts, listAmlRules, type AlertQuery } from './monitoring-api';
import { SeverityBadge } from './SeverityBadge';

type Sort = NonNullable<AlertQuery['sort']>;

/** The alerts the monitoring rules raised: filters, sorting and paging on the server. */
export function AlertListPage() {
  const [query, setQuery] = useState<AlertQuery>({ sort: 'raisedAt', order: 'desc', limit: 50, offset: 0 });
  const alerts = useQuery({
    queryKey: ['aml-alerts', query],
    queryFn: ({ signal }) => listAmlAlerts(query, signal),
  });
  const rules = useQuery({ queryKey: ['aml-rules'], queryFn: ({ signal }) => listAmlRules(signal) });
  const set = (patch: Partial<AlertQuery>) => setQuery((q) => ({ ...q, offset: 0, ...patch }));
  const sortBy = (sort: Sort) => set({ sort, order: query.sort === sort && query.order === 'desc' ? 'asc' : 'desc' });
  const dir = (sort: Sort) => (query.sort === sort ? query.order : undefined);
  const items = alerts.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="AML alerts"
        description="What the monitoring rules raised. Each alert is filed into the player's open case; open one to see what the rule read."
      />
      <Group mb="md" gap="sm">
        <Select
          label="Severity"
          clearable
          data={['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']}
          value={query.severity ?? null}
          onChange={(v) => set({ severity: (v ?? undefined) as AlertQuery['severity'] })}
        />
        <Select
          label="Rule"
          clearable
          searchable
          data={(rules.data?.items ?? []).map((r) => ({ value: r.ruleId, label: r.name }))}
          value={query.ruleId ?? null}
          onChange={(v) => set({ ruleId: v ?? undefined })}
        />
        <Select
          label="In a case"
          clearable
          data={[
            { value: 'true', label: 'Filed in a case' },
            { value: 'false', label: 'Not filed yet' },
          ]}
          value={query.filed ?? null}
          onChange={(v) => set({ filed: (v ?? undefined) as AlertQuery['filed'] })}
        />
        <Select
          label="Outcome"
          clearable
          data={[
            { value: 'NONE', label: 'Case still open' },
            { value: 'TRUE_POSITIVE', label: 'Confirmed (true positive)' },
            { value: 'FALSE_POSITIVE', label: 'Dismissed (false positive)' },
          ]}
          value={query.disposition ?? null}
          onChange={(v) => set({ disposition: (v ?? undefined) as AlertQuery['disposition'] })}
        />
        <Select
          label="Case assignee"
          data={[
            { value: 'all', label: 'Everyone' },
            { value: 'mine', label: 'My cases' },
            { value: 'unassigned', label: 'Unassigned' },
          ]}
          value={query.assignee ?? 'all'}
          onChange={(v) => set({ assignee: (v ?? 'all') as AlertQuery['assignee'] })}
        />
      </Group>
      <ErrorAlert error={alerts.error} title="The alerts could not be loaded" />
      {alerts.isPending ? (
        <PageLoader />
      ) : (
        <Paper p={0}>
          <Table aria-label="AML alerts" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rule</Table.Th>
                <SortableTh direction={dir('severity')} onToggle={() => sortBy('severity')}>
                  Severity
                </SortableTh>
                <SortableTh direction={dir('score')} onToggle={() => sortBy('score')}>
                  Score
                </SortableTh>
                <Table.Th>Player</Table.Th>
                <SortableTh direction={dir('occurredAt')} onToggle={() => sortBy('occurredAt')}>
                  Happened
                </SortableTh>
                <SortableTh direction={dir('raisedAt')} onToggle={() => sortBy('raisedAt')}>
                  Raised
                </SortableTh>
                <Table.Th>Case</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed">No alert matches these filters.</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {items.map((a) => (
                <Table.Tr key={a.alertId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/aml/alerts/${a.alertId}`}>
                      {a.ruleName}
                    </Anchor>{' '}
                    <Text span c="dimmed" size="xs">
                      version {a.ruleVersion}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SeverityBadge severity={a.severity} />
                  </Table.Td>
                  <Table.Td>{a.score}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/players/${a.playerId}`}>
                      {a.playerId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{new Date(a.occurredAt).toLocaleString()}</Table.Td>
                  <Table.Td>{new Date(a.raisedAt).toLocaleString()}</Table.Td>
                  <Table.Td>
                    {a.caseId ? (
                      <Anchor component={Link} to={`/aml/cases/${a.caseId}`}>
                        {a.caseAssignee ? `Case (${a.caseAssignee})` : 'Case (unassigned)'}
                      </Anchor>
                    ) : (
                      'Not filed yet'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <TablePager
            total={alerts.data?.total ?? 0}
            limit={query.limit ?? 50}
            offset={query.offset ?? 0}
            onChange={(page) => setQuery((q) => ({ ...q, ...page }))}
          />
        </Paper>
      )}
    </>
  );
}
