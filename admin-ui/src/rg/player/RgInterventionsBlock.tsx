import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageLoader } from '../../ui/PageLoader';
import { InterventionTimeline } from '../interventions/InterventionTimeline';
import { listPlayerInterventions, rgKeys } from '../rg-api';
import { INTERVENTION_LEVEL_LABEL, LEVEL_COLOR, OUTCOME_LABEL } from '../rg-labels';

/** The player's interventions, newest first, each with its timeline and a link to the officer's page. */
export function RgInterventionsBlock({ playerId }: { playerId: string }) {
  const interventions = useQuery({
    queryKey: rgKeys.part(playerId, 'interventions'),
    queryFn: ({ signal }) => listPlayerInterventions(playerId, signal),
  });
  if (interventions.isPending) return <PageLoader />;
  if (interventions.error) {
    return <ErrorAlert error={interventions.error} title="The interventions could not be loaded" />;
  }
  const items = [...interventions.data].reverse();
  if (items.length === 0) return <Text c="dimmed">No intervention.</Text>;
  return (
    <Stack gap="sm">
      {items.map((i) => (
        <Paper key={i.workflowId} withBorder p="sm">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Anchor component={Link} to={`/rg/interventions/${encodeURIComponent(playerId)}/${i.n}`} fw={600}>
                Intervention {i.n}
              </Anchor>
              <Badge color={LEVEL_COLOR[i.level] ?? 'gray'}>{INTERVENTION_LEVEL_LABEL[i.level] ?? i.level}</Badge>
              <Badge variant="light" color={i.status === 'OPEN' ? 'blue' : 'gray'}>
                {i.status === 'OPEN'
                  ? 'Open'
                  : `Resolved${i.outcome ? `: ${OUTCOME_LABEL[i.outcome as keyof typeof OUTCOME_LABEL] ?? i.outcome}` : ''}`}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              Opened <DateTime value={i.openedAt} /> · score {i.score}
            </Text>
          </Group>
          <InterventionTimeline intervention={i} />
        </Paper>
      ))}
    </Stack>
  );
}
