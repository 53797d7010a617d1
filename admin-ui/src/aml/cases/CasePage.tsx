import { Anchor, Badge, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PlayerRiskScore } from '../monitoring/PlayerRiskScore';
import { DecisionContextPanel } from '../../players/DecisionContextPanel';
import { PlayerNotesPanel } from '../../players/PlayerNotesPanel';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Fact } from '../../ui/Fact';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { SlaCountdown } from '../../ui/SlaCountdown';
import { CaseActions } from './CaseActions';
import { CaseNotes } from './CaseNotes';
import { CASE_STATUS_LABEL, getAmlCase, OUTCOME_LABEL, SEVERITY_COLOR } from './cases-api';
import { SarPanel } from './SarPanel';

/** Timeline steps in the officers' words. */
const STEP_LABEL: Record<string, string> = {
  OPENED: 'Case opened',
  ALERT_ADDED: 'Alert joined the case',
  SEVERITY_RAISED: 'Severity raised',
  HOLD_PLACED: 'Payouts held',
  CLAIMED: 'Taken',
  ASSIGNED: 'Assigned',
  INVESTIGATING: 'Investigation started',
  ESCALATED: 'Escalated to senior compliance',
  SAR_DRAFTED: 'SAR drafted',
  SAR_APPROVED: 'SAR approved by the MLRO',
  SAR_REJECTED: 'SAR sent back by the MLRO',
  CLOSED: 'Case closed',
};

/** One AML case with everything for the decision on one screen. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const found = useQuery({ queryKey: ['aml-case', caseId], queryFn: ({ signal }) => getAmlCase(caseId, signal) });
  if (found.isPending) return <PageLoader />;
  if (!found.data) return <ErrorAlert error={found.error} title="The case could not be loaded" />;
  const c = found.data;
  const timeline = [
    ...c.timeline.map((t) => ({ at: t.at, what: STEP_LABEL[t.type] ?? t.type, who: t.actor, detail: t.detail })),
  ];
  return (
    <>
      <PageHeader
        title={`AML case ${c.caseId}`}
        badge={<Badge color={SEVERITY_COLOR[c.severity]}>{c.severity}</Badge>}
        description={`${CASE_STATUS_LABEL[c.status]}${c.outcome ? `: ${OUTCOME_LABEL[c.outcome]}` : ''}`}
        actions={<CaseActions found={c} />}
      />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Section title="Case">
              <Group gap="xl">
                <Fact label="Player">
                  <Anchor component={Link} to={`/players/${encodeURIComponent(c.playerId)}`}>
                    {c.playerName ?? c.playerId}
                  </Anchor>
                </Fact>
                <Fact label="Jurisdiction">{c.jurisdiction}</Fact>
                <Fact label="Assignee">{c.assignee ?? 'Unassigned'}</Fact>
                <Fact label="Deadline">
                  {c.status === 'CLOSED' ? '—' : <SlaCountdown dueAt={c.slaDueAt} escalated={c.escalatedAt !== null} />}
                </Fact>
                <Fact label="Payouts">
                  {c.hold && !c.hold.releasedAt ? <Badge color="grape">Held</Badge> : 'Not held'}
                </Fact>
              </Group>
              {c.closeReason && (
                <Text mt="sm">
                  Closed by {c.closedBy}: {c.closeReason}
                </Text>
              )}
            </Section>
            <Section title="Alerts" flush>
              <Table aria-label="Alerts of this case">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Alert</Table.Th>
                    <Table.Th>Rule (version)</Table.Th>
                    <Table.Th>Severity</Table.Th>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Finding</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.alerts.map((a) => (
                    <Table.Tr key={a.alertId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/aml/alerts/${encodeURIComponent(a.alertId)}`}>
                          {a.alertId}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/aml/rules/${encodeURIComponent(a.ruleId)}`}>
                          {a.ruleName}
                        </Anchor>{' '}
                        (v{a.ruleVersion})
                      </Table.Td>
                      <Table.Td>
                        <Badge color={SEVERITY_COLOR[a.severity]}>{a.severity}</Badge>
                      </Table.Td>
                      <Table.Td>
                        <DateTime value={a.occurredAt} />
                      </Table.Td>
                      <Table.Td>
                        {a.disposition === 'TRUE_POSITIVE'
                          ? 'Suspicious'
                          : a.disposition === 'FALSE_POSITIVE'
                            ? 'Explained'
                            : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
            <Section title="Timeline" flush>
              <Table aria-label="Case timeline">
                <Table.Tbody>
                  {timeline.map((t, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>
                        <DateTime value={t.at} />
                      </Table.Td>
                      <Table.Td>{t.what}</Table.Td>
                      <Table.Td>{t.who}</Table.Td>
                      <Table.Td>{typeof t.detail.reason === 'string' ? t.detail.reason : ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
            <SarPanel found={c} />
            <CaseNotes found={c} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <PlayerRiskScore playerId={c.playerId} />
            <DecisionContextPanel playerId={c.playerId} />
            <PlayerNotesPanel playerId={c.playerId} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
