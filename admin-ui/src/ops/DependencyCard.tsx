import { Badge, Group, Paper, Text } from '@mantine/core';
import type { Dependency, DependencyHealth } from './ops-api';
import { formatMs } from '../format';

const DEPENDENCY_NAMES: Record<Dependency, string> = {
  postgres: 'PostgreSQL',
  temporal: 'Temporal',
  kafka: 'Kafka',
};

/** One engine behind the back office: up or down, its latency and what it reported about itself. */
export function DependencyCard({ dependency, health }: { dependency: Dependency; health?: DependencyHealth }) {
  const color = health?.status === 'up' ? 'teal' : health?.status === 'down' ? 'red' : 'gray';
  return (
    <Paper
      p="md"
      data-testid={`health-${dependency}`}
      data-status={health?.status ?? 'unknown'}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group justify="space-between" mb={6}>
        <Text fw={600}>{DEPENDENCY_NAMES[dependency]}</Text>
        <Badge color={color} data-testid={`health-${dependency}-status`} style={{ textTransform: 'none' }}>
          {health?.status ?? '…'}
        </Badge>
      </Group>
      <Text size="sm">
        <Text span c="dimmed">
          Latency{' '}
        </Text>
        <Text span fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {health ? formatMs(health.latencyMs) : '—'}
        </Text>
      </Text>
      <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
        {health?.detail ?? (health ? 'No detail reported' : 'Waiting for the first check')}
      </Text>
    </Paper>
  );
}
