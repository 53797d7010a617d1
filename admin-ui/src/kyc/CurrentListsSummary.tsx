import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateTime } from '../ui/DateTime';
import { SOURCE_LABELS } from './screening-labels';
import type { ListVersion } from './screening-lists-api';

/** One card per list: what players are screened against now. */
export function CurrentListsSummary({ versions }: { versions: readonly ListVersion[] }) {
  if (versions.length === 0) return <Text c="dimmed">No list has been imported yet.</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} mb="lg">
      {versions.map((version) => (
        <Paper key={version.versionId} p="md" aria-label={SOURCE_LABELS[version.source]}>
          <Stack gap={4}>
            <Group justify="space-between">
              <Text fw={600}>{SOURCE_LABELS[version.source]}</Text>
              <Badge variant="light" color={version.listKind === 'PEP' ? 'grape' : 'red'}>
                {version.listKind === 'PEP' ? 'PEP' : 'Sanctions'}
              </Badge>
            </Group>
            <Text size="sm">
              {version.entryCount.toLocaleString()} entries, {version.nameCount.toLocaleString()} names
            </Text>
            <Text size="sm" c="dimmed">
              Published {version.sourceDate ?? 'date not given'} · imported <DateTime value={version.importedAt} />
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
