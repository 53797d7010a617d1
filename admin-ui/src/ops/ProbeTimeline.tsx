import { Alert, Badge, Code, Group, Loader, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import type { ProbeView, StartedProbe } from './ops-api';
import { elapsedMs, formatDuration, formatMs } from '../format';
import { DateTime } from '../ui/DateTime';
import { Fact } from '../ui/Fact';
import { NavIcon } from '../ui/NavIcon';
import { TemporalLink } from '../ui/TemporalLink';

type StepState = 'done' | 'active' | 'failed' | 'pending';

interface Step {
  label: string;
  description: string;
  at?: string;
  state: StepState;
}

const STEP_STATE_LABELS: Record<StepState, string> = {
  done: 'done',
  active: 'in progress',
  failed: 'failed',
  pending: 'not reached',
};

const STEP_COLORS: Record<StepState, string> = { done: 'teal', active: 'yellow', failed: 'red', pending: 'gray' };

const PROBE_STATUS_COLORS: Record<string, string> = {
  COMPLETED: 'teal',
  EVENT_NOT_DELIVERED: 'red',
  RECORDING: 'yellow',
  AWAITING_EVENT: 'yellow',
};

/** Turns the probe's timestamps into three steps; the first one without a time is where the probe is, or stopped. */
function stepsOf(view: ProbeView | undefined): Step[] {
  const closed = view !== undefined && view.workflowStatus !== 'RUNNING';
  const steps: Omit<Step, 'state'>[] = [
    {
      label: 'Recorded in Postgres + outbox',
      description: 'The probe row and its event, written in one transaction',
      at: view?.recordedAt,
    },
    {
      label: 'Event back from Kafka',
      description: 'Relayed from the outbox to Kafka, consumed, and signalled to the workflow',
      at: view?.eventSeenAt,
    },
    { label: 'Completed', description: 'The workflow recorded its result', at: view?.completedAt },
  ];
  const current = steps.findIndex((step) => !step.at);
  return steps.map((step, index) => {
    if (step.at) return { ...step, state: 'done' };
    if (index !== current) return { ...step, state: 'pending' };
    const failed = closed || view?.status === 'EVENT_NOT_DELIVERED';
    return { ...step, state: failed ? 'failed' : 'active' };
  });
}

/** The journey of one stack probe through the engines, with the time of each step and the event round trip. */
export function ProbeTimeline({ started, view, error }: { started: StartedProbe; view?: ProbeView; error?: string }) {
  const steps = stepsOf(view);
  const lastDone = steps.map((s) => s.state).lastIndexOf('done');
  return (
    <Stack gap="md">
      <Group
        justify="space-between"
        align="flex-start"
        pb="md"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl" style={{ flex: 1 }}>
          <Fact label="Status">
            {view ? (
              <Badge
                color={PROBE_STATUS_COLORS[view.status] ?? 'gray'}
                data-testid="probe-status"
                style={{ textTransform: 'none' }}
              >
                {view.status}
              </Badge>
            ) : (
              <Text span c="dimmed" size="sm">
                Starting…
              </Text>
            )}
          </Fact>
          <Fact label="Workflow">
            <Group gap={6}>
              <Code>{started.workflowId}</Code>
              {view && (
                <Badge
                  size="xs"
                  color="gray"
                  variant="outline"
                  data-testid="probe-workflow-status"
                  style={{ textTransform: 'none' }}
                >
                  {view.workflowStatus}
                </Badge>
              )}
            </Group>
          </Fact>
          <Fact label="Event round trip">
            {view?.result ? (
              <Text fw={700} fz="lg" span data-testid="probe-round-trip" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMs(view.result.eventRoundTripMs)}
              </Text>
            ) : (
              <Text span c="dimmed">
                —
              </Text>
            )}
          </Fact>
        </SimpleGrid>
        <TemporalLink href={started.temporalWebUrl} />
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Timeline active={lastDone} bulletSize={22} lineWidth={2} aria-label="Probe steps">
        {steps.map((step, index) => {
          const previousAt = index === 0 ? undefined : steps[index - 1]?.at;
          return (
            <Timeline.Item
              key={step.label}
              color={STEP_COLORS[step.state]}
              bullet={
                step.state === 'active' ? (
                  <Loader size={12} color="yellow" />
                ) : step.state === 'done' ? (
                  <NavIcon name="check" size={14} stroke={2.5} />
                ) : undefined
              }
              title={
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600} size="sm" c={step.state === 'pending' ? 'dimmed' : undefined}>
                    {step.label}
                    <span
                      style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}
                    >
                      , {STEP_STATE_LABELS[step.state]}
                    </span>
                  </Text>
                  <Text size="xs" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {step.at ? (
                      <>
                        <DateTime value={step.at} format="time-ms" />
                        {previousAt && (
                          <Text span c="dimmed" size="xs">
                            {' '}
                            +{formatDuration(elapsedMs(previousAt, step.at))}
                          </Text>
                        )}
                      </>
                    ) : (
                      <Text span c={step.state === 'failed' ? 'red' : 'dimmed'} size="xs">
                        {step.state === 'failed' ? 'did not happen' : '—'}
                      </Text>
                    )}
                  </Text>
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {step.description}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {view?.status === 'EVENT_NOT_DELIVERED' && (
        <Alert color="red" variant="light" role="alert">
          The event did not come back from Kafka in time: check the outbox relay and the ops probe consumer.
        </Alert>
      )}
    </Stack>
  );
}
