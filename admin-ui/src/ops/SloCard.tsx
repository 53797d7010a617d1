import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { SloIndicator } from './ops-api';
import { SloChart } from './SloChart';
import { formatSloValue, SLO_STATE_COLORS, SLO_STATE_LABELS } from './slo-format';

const SOURCE_LABELS: Record<SloIndicator['source'], string> = {
  postgres: 'from Postgres',
  'api-process': 'sampled by this API replica',
  kafka: 'from Kafka',
};

/** One SLO: its state, current value against its target, secondary facts, caveats, and its chart. */
export function SloCard({ indicator }: { indicator: SloIndicator }) {
  const { current, target } = indicator;
  const color = SLO_STATE_COLORS[current.state];
  return (
    <Paper
      p="md"
      withBorder
      data-testid={`slo-${indicator.id}`}
      data-state={current.state}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <div>
          <Text fw={600}>{indicator.name}</Text>
          <Text size="xs" c="dimmed">
            {indicator.description}
          </Text>
        </div>
        <Badge color={color} variant="light" style={{ flexShrink: 0 }} data-testid={`slo-${indicator.id}-state`}>
          {SLO_STATE_LABELS[current.state]}
        </Badge>
      </Group>
      <Group gap="lg" align="baseline" mb="xs">
        <div>
          <Text
            size="xl"
            fw={700}
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid={`slo-${indicator.id}-value`}
          >
            {formatSloValue(current.value, indicator.unit)}
          </Text>
          <Text size="xs" c="dimmed">
            {current.label}
            {current.count !== null && indicator.unit === 'seconds'
              ? `, ${current.count.toLocaleString()} measured`
              : ''}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {target.text}
          </Text>
          <Text size="xs" c="dimmed">
            target, {SOURCE_LABELS[indicator.source]}
          </Text>
        </div>
        {indicator.details.map((detail) => (
          <div key={detail.label}>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatSloValue(detail.value, detail.unit)}
            </Text>
            <Text size="xs" c="dimmed">
              {detail.label}
            </Text>
          </div>
        ))}
      </Group>
      <Stack gap={4}>
        <SloChart indicator={indicator} />
        {indicator.note && (
          <Text size="xs" c="dimmed">
            {indicator.note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
