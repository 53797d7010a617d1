import { Paper, SimpleGrid, Text } from '@mantine/core';
import { WITHDRAWAL_QUEUE_MAX, type QueuedWithdrawal } from '../api-client';
import { useNow } from '../ui/use-now';

/** The queue at a glance: how much waits, how much needs two officers, how much is past its SLA. */
export function QueueStats({ items }: { items: QueuedWithdrawal[] }) {
  const now = useNow(30_000);
  const stats = [
    {
      label: 'Awaiting a decision',
      value: items.length,
      color: undefined,
      capped: items.length >= WITHDRAWAL_QUEUE_MAX,
    },
    {
      label: 'Awaiting second approval',
      value: items.filter((w) => w.status === 'AWAITING_SECOND_APPROVAL').length,
      color: undefined,
    },
    { label: 'Four-eyes', value: items.filter((w) => w.fourEyes).length, color: undefined },
    {
      label: 'Past SLA',
      value: items.filter((w) => new Date(w.slaDueAt).getTime() <= now).length,
      color: 'red.8',
    },
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
            {'capped' in stat && stat.capped ? '+' : ''}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
