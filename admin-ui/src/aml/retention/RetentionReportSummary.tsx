import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateTime } from '../../ui/DateTime';
import type { RetentionReport } from './retention-api';

/** What has become purgeable now: records per kind, the players they belong to, and what is still kept. */
export function RetentionReportSummary({ report }: { report: RetentionReport }) {
  const total = report.tables.reduce((sum, t) => sum + t.records, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} mb="lg">
      <Paper p="md" aria-label="Purgeable now">
        <Stack gap={4}>
          <Text fw={600}>Purgeable now</Text>
          <Text size="sm">
            {total.toLocaleString()} records of {report.players.toLocaleString()}{' '}
            {report.players === 1 ? 'player' : 'players'}
          </Text>
          {report.tables.map((t) => (
            <Group key={t.table} justify="space-between">
              <Text size="sm" c="dimmed">
                {t.label}
              </Text>
              <Text size="sm">{t.records.toLocaleString()}</Text>
            </Group>
          ))}
        </Stack>
      </Paper>
      <Paper p="md" aria-label="Still kept">
        <Stack gap={4}>
          <Text fw={600}>Still kept</Text>
          <Text size="sm">
            {report.playersRetained.toLocaleString()} closed {report.playersRetained === 1 ? 'account' : 'accounts'}{' '}
            within the retention period
          </Text>
          <Text size="sm" c="dimmed">
            Next records become purgeable: <DateTime value={report.nextPurgeableAt} />
          </Text>
        </Stack>
      </Paper>
      <Paper p="md" aria-label="The rule">
        <Stack gap={4}>
          <Text fw={600}>The rule</Text>
          <Text size="sm" c="dimmed">
            AML records are kept for the jurisdiction&apos;s retention period (five years in the UK) after the account
            closes. Records of open accounts, or of a player with an open case, are never purged.
          </Text>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
