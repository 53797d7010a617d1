import { Anchor, Badge, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { AssigneeFilter, type AssigneeScope } from '../../ui/queue/AssigneeFilter';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoader } from '../../ui/PageLoader';
import { SlaCountdown } from '../../ui/SlaCountdown';
import { CASE_STATUS_LABEL, listAmlCases, SEVERITY_COLOR, type CaseQueueQuery } from './cases-api';

const PAGE = 50;

/** The AML cases to work, the nearest SLA first; "mine" and "unassigned" narrow it to what the officer picks up. */
export function CaseQueuePage() {
  const [assignee, setAssignee] = useState<AssigneeScope>('all');
  const [severity, setSeverity] = useState<string | null>(null);
  const [sort, setSort] = useState<NonNullable<CaseQueueQuery['sort']>>('slaDueAt');
  const query: CaseQueueQuery = {
    assignee,
    sort,
    order: sort === 'severity' ? 'desc' : 'asc',
    limit: PAGE,
    offset: 0,
    ...(severity ? { severity } : {}),
  };
  const cases = useQuery({ queryKey: ['aml-cases', query], queryFn: ({ signal }) => listAmlCases(query, signal) });
  const items = cases.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="AML cases"
        description="A player's alerts while their case is open. Work the nearest deadline first; an overdue case goes to senior compliance."
      />
      <Group mb="md" gap="md">
        <AssigneeFilter value={assignee} onChange={setAssignee} />
        <Select
          aria-label="Severity"
          placeholder="Any severity"
          clearable
          value={severity}
          onChange={setSeverity}
          data={['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']}
        />
        <Select
          aria-label="Sort by"
          value={sort}
          onChange={(v) => setSort((v as typeof sort) ?? 'slaDueAt')}
          data={[
            { value: 'slaDueAt', label: 'Deadline first' },
            { value: 'severity', label: 'Most serious first' },
            { value: 'openedAt', label: 'Oldest first' },
          ]}
        />
      </Group>
      <ErrorAlert error={cases.error} title="The AML cases could not be loaded" />
      {cases.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text c="dimmed">No open AML case matches.</Text>
      ) : (
        <Paper p={0}>
          <Table aria-label="Open AML cases" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Case</Table.Th>
                <Table.Th>Player</Table.Th>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Assignee</Table.Th>
                <Table.Th>Alerts</Table.Th>
                <Table.Th>Deadline</Table.Th>
                <Table.Th>Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.caseId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/aml/cases/${encodeURIComponent(c.caseId)}`}>
                      {c.caseId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/players/${encodeURIComponent(c.playerId)}`}>
                      {c.playerName ?? c.playerId}
                    </Anchor>
                    {c.holdActive && (
                      <Badge ml="xs" color="grape" variant="light">
                        Payouts held
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={SEVERITY_COLOR[c.severity]}>{c.severity}</Badge>
                  </Table.Td>
                  <Table.Td>{CASE_STATUS_LABEL[c.status]}</Table.Td>
                  <Table.Td>{c.assignee ?? <Text c="dimmed">Unassigned</Text>}</Table.Td>
                  <Table.Td>{c.alertCount}</Table.Td>
                  <Table.Td>
                    <SlaCountdown dueAt={c.slaDueAt} escalated={c.escalatedAt !== null} />
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={c.openedAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
