import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { StaffName } from '../StaffName';
import { useSession } from '../../admin/session-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AssigneeFilter, assigneeScopeOf } from '../../ui/queue/AssigneeFilter';
import { QueueAssignee } from '../../ui/queue/QueueAssignee';
import { SlaCountdown } from '../../ui/SlaCountdown';
import { SortableTh } from '../../ui/SortableTh';
import { TablePager } from '../../ui/TablePager';
import { TableState } from '../../ui/TableState';
import { useUrlParams } from '../../ui/use-url-params';
import { interventionActions, listRgInterventions, rgKeys, type RgInterventionQuery } from '../rg-api';
import { INTERVENTION_LEVEL_LABEL, LEVEL_COLOR } from '../rg-labels';

type SortKey = NonNullable<RgInterventionQuery['sort']>;
const KEYS = ['assignee', 'sort', 'order'] as const;
const SORTS: readonly SortKey[] = ['slaDueAt', 'score', 'level', 'openedAt'];
/** The first click on a column orders it the way an officer reads it: the worst first, the nearest deadline first. */
const FIRST_ORDER: Record<SortKey, 'asc' | 'desc'> = { slaDueAt: 'asc', score: 'desc', level: 'desc', openedAt: 'asc' };

/** The open interventions for RG officers to work, the nearest SLA first; sorted and paged on the server. */
export function InterventionQueuePage() {
  const { ability, session } = useSession();
  const queryClient = useQueryClient();
  const { values, limit, offset, set } = useUrlParams(KEYS, { limit: 50 });
  const sort: SortKey = SORTS.includes(values.sort as SortKey) ? (values.sort as SortKey) : 'slaDueAt';
  const order = values.order === 'asc' || values.order === 'desc' ? values.order : FIRST_ORDER[sort];
  const query: RgInterventionQuery = { assignee: assigneeScopeOf(values.assignee), sort, order, limit, offset };
  const interventions = useQuery({
    queryKey: [...rgKeys.interventions, query],
    queryFn: ({ signal }) => listRgInterventions(query, signal),
    placeholderData: keepPreviousData,
  });
  const claim = useMutation({
    mutationFn: ({ playerId, n }: { playerId: string; n: number }) => interventionActions.claim(playerId, n),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rgKeys.interventions }),
  });
  const items = interventions.data?.items ?? [];
  const toggle = (key: SortKey) =>
    set({ sort: key, order: sort === key ? (order === 'asc' ? 'desc' : 'asc') : FIRST_ORDER[key] });
  const dir = (key: SortKey) => (sort === key ? order : undefined);
  const mayWork = ability.can('update', 'RgIntervention');
  return (
    <>
      <PageHeader
        title="RG interventions"
        description="Players whose markers of harm crossed a threshold. Work the nearest deadline first; restrictions not reviewed in time go to a senior officer."
      />
      <Group mb="md">
        <AssigneeFilter
          value={query.assignee ?? 'all'}
          onChange={(v) => set({ assignee: v === 'all' ? undefined : v })}
        />
      </Group>
      <ErrorAlert error={claim.error} title="The intervention could not be claimed" />
      <Paper p={0}>
        <Table aria-label="Open RG interventions" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Intervention</Table.Th>
              <Table.Th>Player</Table.Th>
              <SortableTh direction={dir('level')} onToggle={() => toggle('level')}>
                Level
              </SortableTh>
              <SortableTh direction={dir('score')} onToggle={() => toggle('score')}>
                Harm score
              </SortableTh>
              <Table.Th>Assignee</Table.Th>
              <SortableTh direction={dir('slaDueAt')} onToggle={() => toggle('slaDueAt')}>
                Deadline
              </SortableTh>
              <SortableTh direction={dir('openedAt')} onToggle={() => toggle('openedAt')}>
                Opened
              </SortableTh>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableState
              columns={7}
              loading={interventions.isPending}
              error={interventions.error}
              empty={items.length === 0}
              emptyText="No open intervention matches."
            />
            {items.map((i) => (
              <Table.Tr key={i.workflowId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/rg/interventions/${encodeURIComponent(i.playerId)}/${i.n}`}>
                    Intervention {i.n}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/players/${encodeURIComponent(i.playerId)}`} ff="monospace" size="sm">
                    {i.playerId}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge color={LEVEL_COLOR[i.level] ?? 'gray'}>{INTERVENTION_LEVEL_LABEL[i.level] ?? i.level}</Badge>
                </Table.Td>
                <Table.Td>{i.score}</Table.Td>
                <Table.Td>
                  {i.assignee && i.assignee !== session.staff.staffId ? (
                    <StaffName id={i.assignee} />
                  ) : (
                    <QueueAssignee
                      assignee={i.assignee}
                      assigneeName={null}
                      myStaffId={session.staff.staffId}
                      onClaim={mayWork ? () => claim.mutate({ playerId: i.playerId, n: i.n }) : undefined}
                      claiming={claim.isPending && claim.variables?.playerId === i.playerId}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {i.slaDueAt ? (
                    <SlaCountdown
                      dueAt={i.slaDueAt}
                      escalated={i.escalatedToSenior}
                      escalatedTo="a senior RG officer"
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      No deadline
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <DateTime value={i.openedAt} format="short" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <TablePager total={interventions.data?.total ?? items.length} limit={limit} offset={offset} onChange={set} />
    </>
  );
}
