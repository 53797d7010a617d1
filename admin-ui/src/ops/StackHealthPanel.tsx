import { Badge, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DEPENDENCIES, getHealth } from './ops-api';
import { DateTime } from '../ui/DateTime';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Section } from '../ui/Section';
import { DependencyCard } from './DependencyCard';

const REFRESH_MS = 5_000;

/** One card per engine behind the back office, from `GET /health`, refreshed every 5 s. */
export function StackHealthPanel() {
  // TanStack Query does not start an interval refetch while the previous check is still in flight.
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: REFRESH_MS,
    retry: false,
  });
  const report = health.data;
  return (
    <Section
      title="Stack health"
      description={
        health.dataUpdatedAt ? (
          <>
            Checked at <DateTime value={new Date(health.dataUpdatedAt)} format="time-ms" />, every {REFRESH_MS / 1000} s
          </>
        ) : (
          'Checking…'
        )
      }
      actions={
        report && (
          <Badge color={report.status === 'ok' ? 'teal' : 'red'} size="lg" data-testid="health-overall">
            {report.status === 'ok' ? 'All systems up' : 'Degraded'}
          </Badge>
        )
      }
    >
      <ErrorAlert error={health.error} title="Health check failed" />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {DEPENDENCIES.map((dependency) => (
          <DependencyCard key={dependency} dependency={dependency} health={report?.checks[dependency]} />
        ))}
      </SimpleGrid>
    </Section>
  );
}
