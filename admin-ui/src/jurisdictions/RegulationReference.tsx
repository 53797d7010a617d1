import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { RegulationReference as Reference } from './jurisdictions-api';

/** Where a rule comes from: the provision, a link to its text, and what compliance has still to confirm. */
export function RegulationReference({ reference }: { reference: Reference }) {
  return (
    <Stack gap={4}>
      <Text size="sm">{reference.source}</Text>
      {reference.url && (
        <Anchor href={reference.url} target="_blank" rel="noreferrer" size="xs">
          Read the regulator&apos;s text
        </Anchor>
      )}
      {reference.note && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Badge size="xs" variant="light" color="orange" style={{ flexShrink: 0 }}>
            Note
          </Badge>
          <Text size="xs" c="dimmed">
            {reference.note}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
