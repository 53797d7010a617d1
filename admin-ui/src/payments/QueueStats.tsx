import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { WithdrawalQueueSummary } from './payments-api';

/** The queue at a glance: how much waits, how much needs two officers, how much is past its SLA. */
export function QueueStats({ summary }: { summary: WithdrawalQueueSummary | undefined }) {
  const stats = [
    { label: 'Awaiting a decision', value: summary?.awaiting ?? 0, color: undefined },
    { label: 'Awaiting second approval', value: summary?.awaitingSecondApproval ?? 0, color: undefined },
    { label: 'Four-eyes', value: summary?.fourEyes ?? 0, color: undefined },
    { label: 'Past SLA', value: summary?.pastSla ?? 0, color: 'red' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="md">
      {stats.map((stat) => (
        <Paper key={stat.label} p="md">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {stat.label}
          </Text>
          <Text
            fz={26}
            fw={700}
            c={stat.value > 0 ? stat.color : undefined}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {stat.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
