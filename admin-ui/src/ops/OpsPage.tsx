import { Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useSession } from '../admin/session-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { PageLoader } from '../ui/PageLoader';
import { Section } from '../ui/Section';
import { ProbeTimeline } from './ProbeTimeline';
import { RunProbeButton } from './RunProbeButton';
import { StackHealthPanel } from './StackHealthPanel';
import { useStackProbe } from './use-stack-probe';

// The charts library is loaded with the SLO section only, not with every screen of the back office.
const SloSection = lazy(() => import('./SloSection').then((module) => ({ default: module.SloSection })));

/**
 * Operations: the health of each engine, the service levels (SLOs) as live charts, and a probe that sends one
 * synthetic transaction through all of them.
 */
export function OpsPage() {
  const { session, ability } = useSession();
  const { run, starting, startError, start } = useStackProbe(session.staff.username);
  const busy = starting || (run !== undefined && !run.settled);
  return (
    <>
      <PageHeader
        title="Operations"
        description="The engines behind the back office, the service levels they keep, and an end-to-end probe through them."
      />
      <Stack gap="md">
        <StackHealthPanel />
        {ability.can('read', 'ServiceLevels') && (
          <Suspense fallback={<PageLoader />}>
            <SloSection />
          </Suspense>
        )}
        <Section
          title="Stack probe"
          description="Starts a Temporal workflow that writes to Postgres and its outbox, then waits for the event to come back through Kafka."
          actions={<RunProbeButton busy={busy} onRun={start} />}
        >
          {startError && <ErrorAlert error={startError} title="The probe did not start" />}
          {run ? (
            <ProbeTimeline started={run.started} view={run.view} error={run.error} />
          ) : (
            <Text c="dimmed" size="sm" ta="center" py="lg">
              No probe run yet in this session.
            </Text>
          )}
        </Section>
      </Stack>
    </>
  );
}
