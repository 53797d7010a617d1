import { Anchor, Badge, Breadcrumbs, Grid, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { StaffName } from '../StaffName';
import { useSession } from '../../admin/session-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Fact } from '../../ui/Fact';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { SlaCountdown } from '../../ui/SlaCountdown';
import { RgHarmBlock } from '../player/RgHarmBlock';
import { RgRestrictionsBlock } from '../player/RgRestrictionsBlock';
import { getRgIntervention, rgKeys } from '../rg-api';
import { INTERVENTION_LEVEL_LABEL, LEVEL_COLOR, OUTCOME_LABEL } from '../rg-labels';
import { InterventionActions } from './InterventionActions';
import { InterventionTimeline } from './InterventionTimeline';

/**
 * One intervention, with what the officer needs to decide on it: the level and its deadline, the timeline, the
 * player's harm score and markers, and the restrictions in force; the officer's actions at the top.
 */
export function InterventionPage() {
  const { playerId = '', n: nParam = '' } = useParams();
  const n = Number(nParam);
  const { session } = useSession();
  const intervention = useQuery({
    queryKey: rgKeys.intervention(playerId, n),
    queryFn: ({ signal }) => getRgIntervention(playerId, n, signal),
  });
  const breadcrumbs = (
    <Breadcrumbs mb="xs" separator="/">
      <Anchor component={Link} to="/rg/interventions" size="sm">
        RG interventions
      </Anchor>
      <Text size="sm">Intervention {n}</Text>
    </Breadcrumbs>
  );
  const data = intervention.data;
  if (!data) {
    return (
      <>
        {breadcrumbs}
        {intervention.isPending ? (
          <PageLoader />
        ) : (
          <ErrorAlert error={intervention.error} title="Intervention not available" />
        )}
      </>
    );
  }
  return (
    <>
      {breadcrumbs}
      <PageHeader
        title={`Intervention ${data.n}`}
        badge={
          <Badge color={LEVEL_COLOR[data.level] ?? 'gray'}>{INTERVENTION_LEVEL_LABEL[data.level] ?? data.level}</Badge>
        }
        description={
          <>
            Player{' '}
            <Anchor component={Link} to={`/players/${encodeURIComponent(data.playerId)}`} ff="monospace">
              {data.playerId}
            </Anchor>
          </>
        }
        actions={<InterventionActions found={data} />}
      />
      <Stack gap="md">
        <Section title="Summary">
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <Fact label="Status">
              {data.status === 'OPEN'
                ? 'Open'
                : `Resolved${data.outcome ? `: ${OUTCOME_LABEL[data.outcome as keyof typeof OUTCOME_LABEL] ?? data.outcome}` : ''}`}
            </Fact>
            <Fact label="Harm score">{data.score}</Fact>
            <Fact label="Assignee">
              {data.assignee === null ? (
                'Nobody'
              ) : data.assignee === session.staff.staffId ? (
                'You'
              ) : (
                <StaffName id={data.assignee} />
              )}
            </Fact>
            <Fact label="Deadline">
              {data.status === 'OPEN' && data.slaDueAt ? (
                <SlaCountdown
                  dueAt={data.slaDueAt}
                  escalated={data.escalatedToSenior}
                  escalatedTo="a senior RG officer"
                />
              ) : (
                '—'
              )}
            </Fact>
            <Fact label="Opened">
              <DateTime value={data.openedAt} />
            </Fact>
          </SimpleGrid>
        </Section>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Section title="Timeline">
              <InterventionTimeline intervention={data} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Section title="Markers of harm">
              <RgHarmBlock playerId={data.playerId} />
            </Section>
          </Grid.Col>
        </Grid>
        {/* Full width: the restrictions table has the most columns, and its reasons must read without wrapping. */}
        <Section title="Restrictions">
          <RgRestrictionsBlock playerId={data.playerId} />
        </Section>
      </Stack>
    </>
  );
}
